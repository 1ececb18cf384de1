/**
 * Temporary directories for tests, removed when the test that made them ends (or, made outside a
 * test, when the test file's process exits), so a run leaves nothing behind in the system's tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

const leftOver = new Set<string>();
let hooked = false;

function removeLater(dir: string): void {
  leftOver.add(dir);
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const path of leftOver) rmSync(path, { recursive: true, force: true });
  });
}

/** A fresh directory under the system's tmp, named `<prefix>-XXXXXX`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  try {
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  } catch {
    // Not inside a test (a describe block, a beforeAll): the directory may outlive one test.
    removeLater(dir);
  }
  return dir;
}
