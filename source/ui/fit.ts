import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';

/**
 * Fits styled text into exactly `width` columns: cut with an ellipsis when too long, padded with spaces
 * when short. Every row of the frame goes through this, so no row can wrap and push the frame taller
 * than the terminal.
 */
export function fitWidth(text: string, width: number, ellipsis = '…'): string {
  if (width <= 0) return '';
  let cut = text;
  if (stringWidth(text) > width) {
    cut = cliTruncate(text, width, { truncationCharacter: ellipsis });
    // cli-truncate keeps a wide character that straddles the last column, one column too many: cut one earlier.
    if (stringWidth(cut) > width) cut = cliTruncate(text, width - 1, { truncationCharacter: ellipsis });
  }
  const pad = width - stringWidth(cut);
  return pad > 0 ? cut + ' '.repeat(pad) : cut;
}
