/**
 * Opening a web link with the system's opener (`xdg-open` on Linux and the BSDs, `open` on macOS):
 * run detached, never through a shell, with the address as its one argument, and only after the
 * address passes `safeWebUrl`. Over SSH nothing is ever run (the reader copies instead).
 */

import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { safeWebUrl } from '../domain/web-url.js';

/** The opener's command on a platform, or undefined where there is none the reader knows. */
export function openerFor(platform: NodeJS.Platform): string | undefined {
  if (platform === 'darwin') return 'open';
  if (platform === 'win32') return undefined;
  return 'xdg-open';
}

/** The path of a command found on `PATH`, or undefined. */
function onPath(command: string, path: string | undefined): string | undefined {
  for (const dir of (path ?? '').split(delimiter)) {
    if (dir === '') continue;
    const file = join(dir, command);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // Not here: try the next folder.
    }
  }
  return undefined;
}

/**
 * Opens `url` in the user's browser (or mail program). Returns a one-line message when it cannot,
 * saying why and what to do; undefined once the opener is started.
 */
export function openWebUrl(
  url: string,
  options: { readonly platform?: NodeJS.Platform; readonly path?: string | undefined } = {},
): string | undefined {
  const safe = safeWebUrl(url);
  if (safe === undefined) return 'Not opened: only http, https and mailto links are opened.';
  const command = openerFor(options.platform ?? process.platform);
  const file = command === undefined ? undefined : onPath(command, options.path ?? process.env.PATH);
  if (command === undefined || file === undefined)
    return `No ${command ?? 'opener'} on this system: copy the link instead: ${safe}`;
  try {
    const child = spawn(file, [safe], { detached: true, stdio: 'ignore', shell: false });
    // A failure after the start (the opener crashing) must not take the reader down.
    child.on('error', () => {});
    child.unref();
  } catch {
    return `Could not run ${command}: copy the link instead: ${safe}`;
  }
  return undefined;
}
