// An esbuild plugin: Ink 6.8 measures each text node's width twice a frame, once through its cached
// `measureText` (for Yoga) and once through `widestLine` in build/render-node-to-output.js, which is
// not cached: every text on screen was split and measured with string-width again on every frame
// (0.85 ms of CPU per key on the small briefing, profiled; docs/performance.md). Here the second
// measurement asks `measureText` too; the width is the same function of the same text.
//
// And `measureText`'s cache (build/measure-text.js) is a module-wide Map that only ever grows: every
// text any session ever showed stayed in it. Here it keeps two generations of at most
// MEASURE_CACHE_SIZE texts each: a text used in the last generation is carried over on use, the
// rest is dropped when the generation turns.
//
// Each patch follows exact text; if Ink's file changes, the build fails here rather than ship without it.
import { sourcePatch } from './source-patch.js';

const MEASURE_CACHE_SIZE = 2000;

const PATCHES = [
  {
    file: /[\\/]ink[\\/]build[\\/]render-node-to-output\.js$/,
    edits: [
      ["import widestLine from 'widest-line';", "import measureText from './measure-text.js';"],
      ['const currentWidth = widestLine(text);', 'const currentWidth = measureText(text).width;'],
    ],
  },
  {
    file: /[\\/]ink[\\/]build[\\/]measure-text\.js$/,
    edits: [
      [
        'const cache = new Map();',
        `let cache = new Map();
let previous = new Map();`,
      ],
      [
        `    const cachedDimensions = cache.get(text);
    if (cachedDimensions) {
        return cachedDimensions;
    }`,
        `    let cachedDimensions = cache.get(text);
    if (cachedDimensions) {
        return cachedDimensions;
    }
    cachedDimensions = previous.get(text);
    if (cachedDimensions) {
        remember(text, cachedDimensions);
        return cachedDimensions;
    }`,
      ],
      ['    cache.set(text, dimensions);', '    remember(text, dimensions);'],
      [
        'export default measureText;',
        `function remember(text, dimensions) {
    if (cache.size >= ${MEASURE_CACHE_SIZE}) {
        previous = cache;
        cache = new Map();
    }
    cache.set(text, dimensions);
}
export default measureText;`,
      ],
    ],
  },
];

export const inkTextWidth = sourcePatch('width', 'scripts/ink-text-width.js', PATCHES);
