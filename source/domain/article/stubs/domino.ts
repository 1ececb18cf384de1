/**
 * Stands in for turndown's HTML parser (@mixmark-io/domino, ~230 KB bundled) in the build: the article
 * reader hands turndown linkedom nodes, never HTML strings, so the parser is never called.
 */
export function createDocument(): never {
  throw new Error('turndown is given DOM nodes by the article reader, never HTML strings');
}
