/**
 * What the library picker shows of each briefing: its title, its file name, how many sections it has,
 * its importance and the first line of its summary (a README's opening paragraph when it has no
 * summary). Pure; each row is worked out once per briefing, when first asked for, so a picker draws the
 * rows in view without reading every file's opening first.
 */

import type { Briefing, Importance } from '../domain/types.js';
import { firstParagraph } from '../render/first-paragraph.js';
import type { LibraryContext } from './context.js';

/** One briefing in the picker. */
export interface PickerEntry {
  readonly title: string;
  /** The file's name without its folders: `README.md`. */
  readonly fileName: string;
  /** The path as the library was given it, to tell apart files of the same name. */
  readonly file: string;
  readonly sections: number;
  readonly importance: Importance;
  /** The first line of the summary, or of the opening paragraph; `''` when there is neither. */
  readonly summary: string;
  readonly date: string | undefined;
  readonly dateline: string;
}

const entries = new WeakMap<Briefing, PickerEntry>();

/** The file name of a path, without its folders. */
export function fileNameOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function summaryOf(briefing: Briefing): string {
  const written = briefing.meta.summary.split('\n').find((line) => line.trim() !== '');
  if (written !== undefined) return written.trim();
  const opening = briefing.sections[0];
  return opening === undefined ? '' : firstParagraph(opening.markdown);
}

/** The picker's row for one briefing. */
export function pickerEntry(briefing: Briefing): PickerEntry {
  let entry = entries.get(briefing);
  if (entry === undefined) {
    const { meta } = briefing;
    entry = {
      title: meta.title,
      fileName: fileNameOf(briefing.file),
      file: briefing.file,
      sections: briefing.sections.length,
      importance: meta.importance,
      summary: summaryOf(briefing),
      date: meta.date,
      dateline: meta.dateline,
    };
    entries.set(briefing, entry);
  }
  return entry;
}

/** The rows `start` to `end` (exclusive) of the picker, in library order. */
export function pickerEntries(ctx: LibraryContext, start = 0, end = ctx.library.length): PickerEntry[] {
  return ctx.library.slice(Math.max(0, start), Math.max(0, end)).map((item) => pickerEntry(item.briefing));
}
