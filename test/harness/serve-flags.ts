import { join } from 'node:path';

/**
 * The flags a test's or a benchmark's server starts with: open to anyone, on loopback and a free port
 * (read from the JSON `listening` line), with a host key of its own under `home`.
 */
export const loopbackServeFlags = (home: string): string[] => [
  '--open',
  '--port',
  '0',
  '--listen',
  '127.0.0.1',
  '--host-key',
  join(home, 'host_key'),
  '--log-format',
  'json',
];
