/**
 * The character references marked leaves encoded in text tokens (it keeps them for HTML output), for the
 * plain text the domain reads: a section's search text (./sections.ts) and the text the article engine
 * derives from (./article/markdown-plain.ts). The few names Markdown writers use; numeric references to
 * no character become U+FFFD, as HTML decodes them. (source/render/entities.ts decodes for the screen.)
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (match, dec, hex, name) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? match;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : '\ufffd';
  });
}
