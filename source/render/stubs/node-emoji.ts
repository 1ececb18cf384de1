/**
 * Stand-in for `node-emoji`, for the bundler to alias (`alias: {'node-emoji': ...}` in esbuild).
 * marked-terminal imports it for `:shortcode:` replacement, which the render layer turns off
 * (`emoji: false`), so its emoji table need not load.
 */
export function get(_name: string): string | undefined {
  return undefined;
}
