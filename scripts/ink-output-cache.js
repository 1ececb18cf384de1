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
import { readFile } from 'node:fs/promises';

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

export const inkOutputCache = {
  name: 'ink-output-cache',
  setup(build) {
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]renderer\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(ANCHOR) || !source.includes('const output = new Output({'))
        throw new Error(
          `${args.path}: the line the output-cache patch follows has changed; see scripts/ink-output-cache.js`,
        );
      const patched = source.replace(ANCHOR, `        reuseLastFrame(node, output.caches);\n${ANCHOR}`);
      return { contents: patched + HELPER, loader: 'js' };
    });
  },
};
