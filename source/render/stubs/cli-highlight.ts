/**
 * Stand-in for `cli-highlight`, for the bundler to alias (`alias: {'cli-highlight': ...}` in esbuild).
 * marked-terminal imports cli-highlight, which loads all of highlight.js (~190 languages, a few hundred ms
 * at start-up), but the render layer replaces marked-terminal's code renderer and never highlights: this
 * keeps the import resolvable without loading it.
 */
export function highlight(code: string): string {
  return code;
}
