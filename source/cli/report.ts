import { formatProblem } from '../domain/problems.js';
import { sanitizeText } from '../domain/sanitize.js';
import type { Problem } from '../domain/types.js';

/** One line per problem. Paths come from the user's shell, so they are sanitised like content. */
export function problemLines(problems: readonly Problem[]): string {
  return problems
    .map(
      (problem) => `${formatProblem({ ...problem, file: sanitizeText(problem.file) }).replace(/\n/g, ' ')}\n`,
    )
    .join('');
}

/**
 * Writes everything at once and waits for it to be flushed, so a pipe closed early (`| head`) ends
 * the write quietly instead of throwing EPIPE, and nothing is half-written when we exit.
 */
export function writeAll(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (text.length === 0) return resolve();
    const done = () => {
      stream.off('error', done);
      resolve();
    };
    stream.once('error', done);
    stream.write(text, () => done());
  });
}
