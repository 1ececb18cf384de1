import type { Theme } from '../render/theme.js';
import type { TerminalInfo } from './detect.js';

/**
 * How to draw for a terminal, from what was detected about it: its colour level, ASCII decoration
 * when it cannot show Unicode, and OSC 8 links where it shows them. The local reader, every SSH
 * session and `--print` all take their theme from here.
 *
 * @param options.hyperlinks overrides the detection: `--print` writes links out as text, since its
 *   output may be kept in a file or passed to a program that shows the sequences raw.
 */
export function themeFor(
  terminal: Pick<TerminalInfo, 'colorLevel' | 'unicode' | 'hyperlinks'>,
  options: { readonly hyperlinks?: boolean } = {},
): Theme {
  return {
    colorLevel: terminal.colorLevel,
    ascii: !terminal.unicode,
    hyperlinks: options.hyperlinks ?? terminal.hyperlinks,
  };
}
