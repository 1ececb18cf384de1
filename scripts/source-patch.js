// An esbuild plugin that edits a dependency's file as it is bundled: each edit replaces exact text,
// and when a file no longer holds the text an edit follows (a new version of the package), the build
// fails here rather than silently shipping without the patch.
import { readFile } from 'node:fs/promises';

/**
 * `patches`: for each file (matched by `file`), the `[from, to]` edits made in order and the text
 * `append`ed after them. `script` is named in the error, for whoever updates the patch.
 */
export function sourcePatch(name, script, patches) {
  return {
    name,
    setup(build) {
      for (const { file, edits, append = '' } of patches) {
        build.onLoad({ filter: file }, async (args) => {
          let source = await readFile(args.path, 'utf8');
          for (const [from, to] of edits) {
            if (!source.includes(from))
              throw new Error(`${args.path}: the text the ${name} patch follows has changed; see ${script}`);
            source = source.replace(from, to);
          }
          return { contents: source + append, loader: 'js' };
        });
      }
    },
  };
}
