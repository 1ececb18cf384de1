/**
 * htmlparser2 as the HTML reader (./html-events.ts loads this module on demand): it reads malformed HTML
 * as browsers roughly do, closes what is left open, and decodes every named character reference.
 */

import { decodeHTMLStrict } from 'entities/decode';
import { Parser } from 'htmlparser2';
import type { HtmlReader } from './html-events.js';

export const parseHtml: HtmlReader = (html, handler) => {
  const parser = new Parser(
    {
      onopentag: (name, attributes) => handler.open(name, attributes),
      onclosetag: (name) => handler.close(name),
      ontext: (data) => handler.text(data),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(html);
};

/** A named character reference (`ensp` for `&ensp;`), or undefined when HTML has no such name. */
export function decodeNamed(name: string): string | undefined {
  const reference = `&${name};`;
  const decoded = decodeHTMLStrict(reference);
  return decoded === reference ? undefined : decoded;
}
