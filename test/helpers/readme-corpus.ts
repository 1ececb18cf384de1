/**
 * Markdown written elsewhere, as a corpus: the READMEs of the installed dependencies, read from
 * node_modules when a test runs (never copied into the repository), and the checks a screen of one
 * must pass. Both the render-level test (test/render/readme-corpus.test.ts) and the pty test
 * (test/e2e/readme-corpus.test.ts) use it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDefaults, Lexer, type Token } from 'marked';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const README = /^readme\.(md|markdown)$/i;

/** Every README of a package in node_modules (scoped packages included), as paths from the root. */
export function installedReadmes(): string[] {
  const modules = join(root, 'node_modules');
  const files: string[] = [];
  for (const name of readdirSync(modules).sort()) {
    if (name.startsWith('.')) continue;
    const packages = name.startsWith('@')
      ? readdirSync(join(modules, name)).map((n) => `${name}/${n}`)
      : [name];
    for (const pkg of packages.sort()) {
      const dir = join(modules, pkg);
      if (!existsSync(join(dir, 'package.json'))) continue;
      const readme = readdirSync(dir).find((file) => README.test(file));
      if (readme !== undefined) files.push(`node_modules/${pkg}/${readme}`);
    }
  }
  return files;
}

/** The README of one installed package, as a path from the root; throws when it is not installed. */
export function readmeOf(pkg: string): string {
  const dir = join(root, 'node_modules', pkg);
  const readme = readdirSync(dir).find((file) => README.test(file));
  if (readme === undefined) throw new Error(`no README in node_modules/${pkg}`);
  return `node_modules/${pkg}/${readme}`;
}

function collectCode(tokens: readonly Token[], into: string[]): void {
  for (const token of tokens) {
    if (token.type === 'code' || token.type === 'codespan') into.push(token.text);
    const node = token as {
      tokens?: Token[];
      items?: Token[];
      header?: { tokens: Token[] }[];
      rows?: { tokens: Token[] }[][];
    };
    if (node.tokens) collectCode(node.tokens, into);
    if (node.items) collectCode(node.items, into);
    for (const cell of node.header ?? []) collectCode(cell.tokens, into);
    for (const row of node.rows ?? []) for (const cell of row) collectCode(cell.tokens, into);
  }
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A tag or comment as it would show if left raw: `<div`, `</a>`, `<img src=…>`, `<!--`. */
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>])[^>]*>?|<!--/g;
const HEADING_MARK = /^\s*#{1,6}\s/;
/** `](` then a destination: a link left as source (`](#x)`, `](https://…`, `](./a.md)`), not text like `](string, …`. */
const LINK_SOURCE =
  /\]\((?:<|#|https?:|mailto:|\.{0,2}\/|[^\s()]+\.(?:md|markdown|html?|png|svg|gif|jpe?g)\b)/i;

/**
 * The oracle for one document's screens. What looks like a tag, a heading mark or link source on
 * screen is a fault unless the source shows it as text: inside code (a shell comment, `<T>` in a type)
 * or written as text (`&lt;input&gt;`, `\<tag\>`), which the raw source then does not hold as a tag.
 */
export function screenOracle(source: string) {
  const code: string[] = [];
  collectCode(new Lexer(getDefaults()).lex(source), code);
  const codeText = squash(code.join('\n'));
  const inCode = (text: string): boolean => squash(text) !== '' && codeText.includes(squash(text));
  /** The faults of one line of a screen, each described in a few words. */
  return (line: string): string[] => {
    const faults: string[] = [];
    for (const match of line.matchAll(TAG)) {
      const tag = match[0];
      // Text meant as text: in code, or not in the source as a raw tag at all (it was escaped there).
      if (inCode(tag) || !source.includes(tag.slice(0, Math.min(tag.length, 12)))) continue;
      faults.push(`raw tag ${tag}`);
    }
    if (HEADING_MARK.test(line) && !inCode(line)) faults.push('heading mark');
    if (LINK_SOURCE.test(line) && !inCode(line)) faults.push('link source ](');
    return faults;
  };
}
