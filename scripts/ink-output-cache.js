// An esbuild plugin that lets Ink reuse, frame to frame, what it measured in the last frame.
//
// Ink 6.8 builds a new `Output` for every render (build/renderer.js), and each `Output` owns a new
// `OutputCaches` (ANSI tokenizing and string widths of each line drawn), so every line on screen is
// tokenized and measured again every frame: about half of the reader's CPU per key (profiles in
// docs/performance.md). Here each root node keeps its last frame's caches, and the new frame's
// caches fall back to them: a line drawn in the last frame costs a map lookup. The cached values are
// only read by `Output.get()`, never changed, so sharing them is safe.
//
// Memory stays bounded by two frames' lines, and belongs to one Ink instance (one SSH session): it
// is freed with it. The previous frame's maps lose their fallback before they become the fallback,
// so the frames never form a chain.
//
// The patch inserts one line into build/renderer.js. If Ink's file no longer has the line it is
// anchored to (a new Ink), the build fails here rather than silently shipping without it.
import { sourcePatch } from './source-patch.js';

const ANCHOR = `        renderNodeToOutput(node, output, {
            skipStaticElements: true,
        });`;

const HELPER = `
function reuseLastFrame(node, caches) {
    const last = node.lastFrameCaches;
    node.lastFrameCaches = caches;
    if (last === undefined) return;
    const pairs = [[caches.widths, last.widths], [caches.blockWidths, last.blockWidths], [caches.styledChars, last.styledChars]];
    for (const [map, lastMap] of pairs) {
        delete lastMap.get;
        const own = map.get;
        map.get = (key) => {
            let value = own.call(map, key);
            if (value === undefined) {
                value = lastMap.get(key);
                if (value !== undefined) map.set(key, value);
            }
            return value;
        };
    }
}
`;

export const inkOutputCache = sourcePatch('output-cache', 'scripts/ink-output-cache.js', [
  {
    file: /[\\/]ink[\\/]build[\\/]renderer\.js$/,
    edits: [
      // Not changed, only required: the caches reused are the ones this line creates.
      ['const output = new Output({', 'const output = new Output({'],
      [ANCHOR, `        reuseLastFrame(node, output.caches);\n${ANCHOR}`],
    ],
    append: HELPER,
  },
]);
