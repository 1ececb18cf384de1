import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../source/domain/article/html.js';
import { markdownToPlain } from '../../source/domain/article/markdown-plain.js';
import { isHeadingLike, readPlainText } from '../../source/domain/article/plain-text.js';
import { splitSentences } from '../../source/domain/article/sentences.js';

const seed = readFileSync(join(import.meta.dirname, '../../../shared/seed/000_8f453393c0e5582e.txt'), 'utf8');

describe('plain text', () => {
  it('reads the seed: a lead and six sections from its heading lines', () => {
    const doc = readPlainText(seed);
    expect(doc.shape).toBe('headed');
    expect(doc.title).toBeUndefined();
    expect(doc.sections.map((s) => s.title)).toEqual([
      '',
      'Escalating Strikes Shadow Diplomacy',
      'Key Players Convene in UAE',
      'Deep Divisions Remain',
      'Western Allies Consider New Pacts',
      'Ukraine’s Plea for Lasting Peace',
      'An Uncertain Path Forward',
    ]);
    expect(doc.sections[1]?.text.split('\n\n')).toHaveLength(2);
    expect(doc.sections[0]?.text).toMatch(/^Talks began in Abu Dhabi\./);
  });

  it('reads the same article laid out with blank lines and hard-wrapped paragraphs', () => {
    const wrapped = seed
      .split('\n')
      .map((line) => (isHeadingLike(line) ? line : line.replace(/(.{60,72}?) /g, '$1\n')))
      .join('\n\n');
    const a = readPlainText(seed);
    const b = readPlainText(wrapped);
    expect(b.sections.map((s) => s.title)).toEqual(a.sections.map((s) => s.title));
    expect(b.sections.map((s) => s.text)).toEqual(a.sections.map((s) => s.text));
  });

  it('takes a headline at the top as the title, and reads text without headings as one section', () => {
    const doc = readPlainText(
      'Port Workers Walk Out\n\nDock workers struck on Monday, the union said.\n\nThe port authority said talks would resume.\n',
    );
    expect(doc.title).toBe('Port Workers Walk Out');
    expect(doc.shape).toBe('wire');
    expect(doc.sections).toHaveLength(1);
    expect(doc.sections[0]?.text).toBe(
      'Dock workers struck on Monday, the union said.\n\nThe port authority said talks would resume.',
    );
  });

  it('escapes what Markdown would read as markup, and keeps the text as written', () => {
    const doc = readPlainText('A *star* and <b>bold</b> and # not a heading.\n- not a list either.\n');
    expect(doc.sections[0]?.text).toContain('A *star* and <b>bold</b>');
    expect(doc.sections[0]?.markdown).toContain('A \\*star\\* and \\<b>bold\\</b>');
    expect(doc.sections[0]?.markdown).toContain('\\- not a list either.');
  });

  it('is not fooled by a short closing line or a byline', () => {
    expect(isHeadingLike('By Jane Doe')).toBe(false);
    expect(isHeadingLike('He said it would.')).toBe(false);
    expect(isHeadingLike('What Comes Next?')).toBe(true);
    expect(isHeadingLike('Is this over?')).toBe(false);
  });
});

describe('sentences', () => {
  it('does not end a sentence at an abbreviation, an initial or a dotted acronym', () => {
    const text = 'Gen. Mark Milley met John F. Kennedy Jr. in the U.S. capital on Feb. 3. The talks ended.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Gen. Mark Milley met John F. Kennedy Jr. in the U.S. capital on Feb. 3.',
      'The talks ended.',
    ]);
  });

  it('ends at a closing quote, and keeps offsets into the text', () => {
    const text = 'He said: “We will win.” She disagreed.\n\nNew paragraph here.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual([
      'He said: “We will win.”',
      'She disagreed.',
      'New paragraph here.',
    ]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(spans.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });
});

describe('markdown to plain text', () => {
  it('keeps the words of links and emphasis, marks code spans and drops code blocks', () => {
    const plain = markdownToPlain(
      'Use **the** [`parse()`](https://x) call.\n\n```js\nconst Secret = 1;\n```\n\n- An item.',
    );
    expect(plain.text).toBe('Use the parse() call.\n\nAn item.');
    expect(plain.code.map((c) => plain.text.slice(c.start, c.end))).toEqual(['parse()']);
  });
});

describe('html', () => {
  const page = `<!doctype html><html><head><title>Storm Aftermath: Town Rebuilds | The Daily Ledger</title>
    <style>p{color:red}</style><script>document.write("evil")</script></head><body>
    <header class="site-header"><a href="/">Daily Ledger</a><nav><a href="/world">World</a><a href="/sport">Sport</a></nav></header>
    <div class="ad-slot">Buy now! Great deals on everything</div>
    <main><article><header><h1>Storm Aftermath: Town Rebuilds</h1></header>
    <p>The town of Port Arthur began rebuilding on Monday after Hurricane Dora destroyed 1,200 homes along the coast. Mayor Jane Smith said the recovery would take years, not months.</p>
    <p>Officials estimated the damage at $2.3 billion. <a href="javascript:alert(1)">Click here</a> or <a href="https://example.com/x" onclick="evil()">read the report</a>.</p>
    <img src="x.jpg" alt="Flooded streets in Port Arthur" onerror="evil()">
    <h2>Help Arrives</h2><p>The Federal Emergency Management Agency sent 300 workers to the town this week. "We are here for the long haul," said agency chief Tom Hart on Tuesday.</p>
    <aside>Related: Other storms this season</aside>
    <h2>What Comes Next</h2><p>Residents face a long winter. About 40% of businesses remain closed, according to the chamber of commerce, which counts 800 members.</p>
    <form><input name="email"><button>Subscribe to our newsletter</button></form>
    </article></main><footer>Copyright 2025 Daily Ledger. <a href="/privacy">Privacy</a></footer></body></html>`;

  it('takes the headline, the lead and one section per h2, and drops the page around them', () => {
    const doc = readHtml(page);
    expect(doc.title).toBe('Storm Aftermath: Town Rebuilds');
    expect(doc.sections.map((s) => s.title)).toEqual(['', 'Help Arrives', 'What Comes Next']);
    const all = doc.sections.map((s) => s.markdown).join('\n');
    for (const clutter of [
      'Daily Ledger',
      'World',
      'Buy now',
      'Related',
      'Subscribe',
      'Copyright',
      'evil',
      'javascript',
      'color:red',
    ])
      expect(all).not.toContain(clutter);
    expect(all).toContain('Flooded streets in Port Arthur');
    expect(all).toContain('[read the report](https://example.com/x)');
    expect(all).toContain('Click here');
  });
});
