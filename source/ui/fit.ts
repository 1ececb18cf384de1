import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';

/**
 * Fits styled text into exactly `width` columns: cut with an ellipsis when too long, padded with spaces
 * when short. Every row of the frame goes through this, so no row can wrap and push the frame taller
 * than the terminal.
 */
export function fitWidth(text: string, width: number, ellipsis = '…'): string {
  if (width <= 0) return '';
  const cut = stringWidth(text) > width ? cliTruncate(text, width, { truncationCharacter: ellipsis }) : text;
  const pad = width - stringWidth(cut);
  return pad > 0 ? cut + ' '.repeat(pad) : cut;
}
