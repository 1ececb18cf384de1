/**
 * Stands in for linkedom's style-sheet parser (cssomnom, ~190 KB bundled) in the build: it parses only
 * for `HTMLStyleElement.sheet`, which nothing here reads (the article reader removes style elements).
 */
export function parse(): { cssRules: never[] } {
  return { cssRules: [] };
}
