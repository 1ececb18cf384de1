/**
 * ssh2's runtime exports. ssh2 is CommonJS and Node's ESM loader detects only some of its named
 * exports (not `Server` or `utils`), so `import { utils } from 'ssh2'` fails once bundled (ssh2
 * stays external) even though it passes under vitest. Import them from here.
 */
import ssh2 from 'ssh2';

export const { Client, Server, utils } = ssh2;
