/**
 * The article derivation, run in a worker thread by ./derive-in-worker.ts: while it reads and derives
 * an article here, the main thread loads the reader (Ink and React take about as long), so opening
 * an article costs little more than opening a briefing. Built as its own entry (scripts/build.js).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleFormat } from '../domain/article/index.js';

interface Job {
  readonly text: string;
  readonly format: ArticleFormat;
  readonly file: string;
  readonly id: string;
}

const job = workerData as Job;
const { articleFromText } = await import('../domain/article/index.js');
const source = { file: job.file, id: job.id, text: job.format === 'text' ? job.text : undefined };
const result = await articleFromText(job.text, job.format, source);
parentPort?.postMessage(
  result.ok ? { ok: true, parts: result.parts } : { ok: false, problems: result.problems },
);
