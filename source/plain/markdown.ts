import { renderMarkdown } from '../render/markdown.js';
import type { Theme } from '../render/theme.js';

/**
 * Markdown laid out for the plain mode, with no blank lines at the ends. Headings come without their
 * `#` marks (the renderer never draws them), so nothing is read aloud as "number number number".
 */
export function plainLines(markdown: string, width: number, theme: Theme): string[] {
  const lines = [...renderMarkdown(markdown, width, theme).lines];
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
  return lines;
}
