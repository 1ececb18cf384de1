/**
 * The server's event log: one line per event, as `time event key=value …` or as one JSON object.
 * Every string value is stripped of control characters and escape sequences here, once, so text a
 * client sent (user names, TERM, commands, client versions) can never reach the operator's
 * terminal or split a line.
 */
import { sanitizeText } from '../domain/sanitize.js';

/** `text` for people, `json` (one object per line) for machines. */
export type LogFormat = 'text' | 'json';

/** Values of one event; `undefined` fields are left out. */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

/** Where events go. */
export interface Logger {
  /** Writes one line: the event name, then its fields in the order given. */
  event(name: string, fields?: LogFields): void;
}

/** Longest string value kept in a log line; a client can send up to 256 KiB in one request. */
export const MAX_LOG_VALUE = 200;

/**
 * A logger that hands each finished line (with its `\n`) to `write`.
 *
 * @param now the clock, for stable times in tests.
 */
export function createLogger(
  write: (line: string) => void,
  format: LogFormat,
  now: () => Date = () => new Date(),
): Logger {
  return {
    event(name, fields = {}) {
      const time = now().toISOString();
      const entries = Object.entries(fields).filter(
        (entry): entry is [string, string | number | boolean] => entry[1] !== undefined,
      );
      const clean = entries.map(
        ([key, value]) => [key, typeof value === 'string' ? logSafe(value) : value] as const,
      );
      if (format === 'json') {
        write(`${JSON.stringify({ time, event: name, ...Object.fromEntries(clean) })}\n`);
        return;
      }
      const pairs = clean.map(([key, value]) => `${key}=${textValue(value)}`);
      write(`${[time, name, ...pairs].join(' ')}\n`);
    },
  };
}

/**
 * Makes text from a client safe for one log line: escape sequences and control characters
 * (newline and tab included) removed, cut to {@link MAX_LOG_VALUE} characters.
 */
export function logSafe(value: string): string {
  const flat = sanitizeText(value).replace(/[\n\t]+/g, ' ');
  return flat.length > MAX_LOG_VALUE ? `${flat.slice(0, MAX_LOG_VALUE - 1)}…` : flat;
}

function textValue(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return value === '' || /[\s"=\\]/.test(value) ? JSON.stringify(value) : value;
}

/** An error's message on one line, for a log field. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** A short word from the client (TERM, COLORTERM, user name) with only the characters allowed. */
export function clientWord(value: unknown, max: number, disallowed: RegExp): string {
  return typeof value === 'string' ? value.replace(disallowed, '').slice(0, max) : '';
}
