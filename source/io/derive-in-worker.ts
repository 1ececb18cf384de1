import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleParts } from '../domain/article/assemble.js';
import type { Problem } from '../domain/types.js';
import type { ArticleFormat } from './load-article.js';

export type Derived = { ok: true; parts: ArticleParts } | { ok: false; problems: readonly Problem[] };

/**
 * Reads and derives an article, in a worker thread (./derive-worker.ts) when asked and the built
 * worker is there, so the main thread is free to load the reader meanwhile; in this thread otherwise
 * (printing, running from source, or when a worker cannot start).
 */
export async function deriveArticleParts(
  text: string,
  format: ArticleFormat,
  source: { readonly file: string; readonly id: string },
  useWorker: boolean,
): Promise<Derived> {
  const worker = new URL('./derive-worker.js', import.meta.url);
  if (useWorker && worker.protocol === 'file:' && existsSync(fileURLToPath(worker))) {
    try {
      return await inWorker(worker, { text, format, file: source.file, id: source.id });
    } catch {
      // Fall through: the same work, on this thread.
    }
  }
  const { articleFromText } = await import('../domain/article/index.js');
  const result = await articleFromText(text, format, {
    ...source,
    text: format === 'text' ? text : undefined,
  });
  return result.ok ? { ok: true, parts: result.parts } : { ok: false, problems: result.problems };
}

function inWorker(url: URL, job: object): Promise<Derived> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: job });
    worker.once('message', (message: Derived) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`derivation worker exited with ${code}`)));
  });
}
