/**
 * Slugs for section ids: stable (same headings, same ids) and unique within a briefing.
 */

const ASCII = /^[\x20-\x7e]*$/;
const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_NUMBER = /[^\p{L}\p{N}]+/gu;
/** The same, for lowercased printable ASCII (which has no marks): a cheaper pattern than the Unicode one. */
const NOT_ASCII_LETTER_OR_NUMBER = /[^a-z0-9]+/g;
const EDGE_HYPHENS = /^-|-$/g;

/**
 * The slug of a heading: lowercase, accents removed (NFKD without combining marks), every run
 * of characters other than Unicode letters and numbers turned into one `-`, no `-` at either end.
 * `fallback` (default `section`) when nothing is left.
 */
export function slugify(text: string, fallback = 'section'): string {
  const lower = text.toLowerCase();
  // NFKD and the marks change nothing in ASCII, and most headings are ASCII.
  const slug = (
    ASCII.test(lower)
      ? lower.replace(NOT_ASCII_LETTER_OR_NUMBER, '-')
      : lower.normalize('NFKD').replace(COMBINING_MARKS, '').replace(NOT_LETTER_OR_NUMBER, '-')
  )
    // Runs are already single hyphens, so one at each end is all there can be.
    .replace(EDGE_HYPHENS, '');
  return slug === '' ? fallback : slug;
}

/**
 * Returns a function that hands out unique ids: the base itself the first time, then `base-2`,
 * `base-3`, ..., skipping ids already taken (a heading literally titled "Notes 2" takes `notes-2`
 * and the second "Notes" gets `notes-3`). Each base remembers where its counter stopped, so
 * 100,000 identical headings cost linear time, not quadratic.
 */
export function createIdAllocator(): (base: string) => string {
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  return (base) => {
    if (!used.has(base)) {
      used.add(base);
      return base;
    }
    let n = nextSuffix.get(base) ?? 2;
    while (used.has(`${base}-${n}`)) n++;
    nextSuffix.set(base, n + 1);
    const id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
