// An esbuild plugin: Ink 6.8 turns every row of every frame into a string with
// @alcalzone/ansi-tokenize's `styledCharsToString`, which works out the SGR codes from each cell's
// styles to the next with `diffAnsiCodes` (three Sets and three filtered copies a cell), though next
// to each other most cells have the same styles: 1.8 ms of CPU per key on the small briefing, the
// largest single part of a frame (profiled; docs/performance.md). Here two neighbours whose styles
// hold the same codes in the same order skip the diff, whose result is then empty (from every code
// of `from`, `to` holds the end and the start; from every code of `to`, `from` holds the start), and
// so does the closing reset of a cell with no style. The bytes written are the same.
//
// The patch follows exact text; if the package's file changes, the build fails here.
import { sourcePatch } from './source-patch.js';

const EDITS = [
  [
    'ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
    'if (!sameStyles(chars[i - 1].styles, char.styles)) ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
  ],
  [
    'ret += ansiCodesToString(diffAnsiCodes(char.styles, []));',
    'if (char.styles.length > 0) ret += ansiCodesToString(diffAnsiCodes(char.styles, []));',
  ],
];

const HELPER = `
function sameStyles(a, b) {
    if (a === b) return true;
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
        if (a[i].code !== b[i].code || a[i].endCode !== b[i].endCode) return false;
    }
    return true;
}
`;

export const inkRowStyles = sourcePatch('row-styles', 'scripts/ink-row-styles.js', [
  { file: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/, edits: EDITS, append: HELPER },
]);
