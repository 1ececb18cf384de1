/**
 * The one check a web link passes before it leaves the reader (handed to the system's opener, or
 * copied to the clipboard): an absolute `http`, `https` or `mailto` address with no control character,
 * space or quote in it, and of a sane length. The links read from Markdown are already cleaned
 * (render/links.ts); this check is where they go out, so nothing else can slip through.
 */

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);
/** Longer addresses are refused rather than handed on (browsers accept about this much). */
export const WEB_URL_MAX = 4096;

/** The address, when it is safe to open or copy; undefined otherwise. */
export function safeWebUrl(url: string): string | undefined {
  if (url.length === 0 || url.length > WEB_URL_MAX) return undefined;
  // No control or format characters (C0, DEL, C1, bidi overrides), no whitespace, no quotes or
  // backslashes: an opener gets one argument, and the address is shown as it is.
  if (/[\p{Cc}\p{Cf}\s"'`\\]/u.test(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!ALLOWED.has(parsed.protocol)) return undefined;
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') return undefined;
  // An argument starting with `-` could read as an option to the opener; a URL with a scheme never does.
  return url;
}
