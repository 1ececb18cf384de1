import type { Token, Tokens } from 'marked';
import { stripStyles } from './ansi.js';

/**
 * Renders a (possibly nested) list. Replaces marked-terminal's, which with marked 18 numbers every ordered
 * list from 1, counts nested items into the parent's numbering and turns nested bullets into numbers.
 *
 * Items are laid out as `marker text` with the item's further lines under its text; the layout then wraps
 * each line with a hanging indent under the marker. `depth` is 0 for a top-level list (indented by `tab`).
 */
export function renderList(
  token: Tokens.List,
  parse: (tokens: Token[]) => string,
  bullets: readonly string[],
  depth: number,
  tab: string,
): string {
  const start = typeof token.start === 'number' ? token.start : 1;
  const last = start + token.items.length - 1;
  const numberWidth = String(last).length;
  const bullet = bullets[depth % bullets.length] ?? '*';
  const items = token.items.map((item, k) => {
    const marker = token.ordered ? `${String(start + k).padStart(numberWidth)}. ` : `${bullet} `;
    const hang = ' '.repeat(marker.length);
    const lines: string[] = [];
    for (const line of parse(item.tokens).replace(/\s+$/, '').split('\n')) {
      const blank = stripStyles(line).trim() === '';
      if (blank && (lines.length === 0 || lines[lines.length - 1] === '')) continue;
      lines.push(blank ? '' : lines.length === 0 ? marker + line : hang + line);
    }
    return (lines.length === 0 ? [marker.trimEnd()] : lines).join('\n');
  });
  const body = items.join(token.loose ? '\n\n' : '\n');
  const indent = depth === 0 ? tab : '';
  return `${body.replace(/^(?=.)/gm, indent)}\n\n`;
}
