import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';

/** Fitted rows kept per generation: a frame's rows are mostly the last frame's (see {@link fitWidth}). */
const FIT_CACHE_SIZE = 2000;
let fitted = new Map<string, string>();
let previous = new Map<string, string>();

/**
 * Fits styled text into exactly `width` columns: cut with an ellipsis when too long, padded with spaces
 * when short. Every row of the frame goes through this, so no row can wrap and push the frame taller
 * than the terminal. Each frame fits mostly the rows of the last one again, and measuring them was
 * a tenth of the CPU of a key (docs/performance.md): results are kept, two generations of
 * FIT_CACHE_SIZE, a row used in the last generation carried over on use.
 */
export function fitWidth(text: string, width: number, ellipsis = '…'): string {
  if (width <= 0) return '';
  const key = `${width}\u0000${ellipsis}\u0000${text}`;
  let cut = fitted.get(key);
  if (cut !== undefined) return cut;
  cut = previous.get(key) ?? fitOnce(text, width, ellipsis);
  if (fitted.size >= FIT_CACHE_SIZE) {
    previous = fitted;
    fitted = new Map();
  }
  fitted.set(key, cut);
  return cut;
}

function fitOnce(text: string, width: number, ellipsis: string): string {
  let cut = text;
  if (stringWidth(text) > width) {
    cut = cliTruncate(text, width, { truncationCharacter: ellipsis });
    // cli-truncate keeps a wide character that straddles the last column, one column too many: cut one earlier.
    if (stringWidth(cut) > width) cut = cliTruncate(text, width - 1, { truncationCharacter: ellipsis });
  }
  const pad = width - stringWidth(cut);
  return pad > 0 ? cut + ' '.repeat(pad) : cut;
}
