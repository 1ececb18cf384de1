import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../source/domain/article/index.js';
import { containsUnsafe } from '../../source/domain/sanitize.js';
import type { Briefing } from '../../source/domain/types.js';

const page = (body: string, head = '') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

async function html(text: string) {
  return articleFromText(text, 'html', { file: 'page.html', id: 'page' });
}

/** Every string the reader would show: section titles and text, and every derived field. */
function shown(briefing: Briefing): string[] {
  return [
    briefing.meta.title,
    ...briefing.sections.flatMap((s) => [s.title, s.markdown]),
    ...briefing.players.flatMap((p) => [p.name, ...p.aliases, p.role, p.side, p.description]),
    ...briefing.issues.flatMap((i) => [
      i.title,
      i.summary,
      ...i.positions.flatMap((p) => [p.party, p.position]),
    ]),
    ...briefing.timeline.flatMap((t) => [t.when, t.what]),
    ...briefing.figures.flatMap((f) => [f.value, f.label, f.context]),
    ...(briefing.quotes ?? []).flatMap((q) => [q.text, q.speaker]),
  ];
}

const ARTICLE = `<article><h1>Council Votes on Repairs</h1>
  <p>Mayor Jane Smith said on Monday that 40 families had left the flooded district since March.</p>
  <p>The city council voted to spend $3 million on repairs, the council's chair, Tom Reyes, said.</p>`;

describe('hostile web pages', () => {
  it('scripts, styles, event handlers and javascript: links never reach the briefing', async () => {
    const result = await html(
      page(
        `${ARTICLE}<script>alert("pwned")</script><style>p{color:red}</style>
        <p onclick="steal()" onmouseover="steal()">The vote passed <a href="javascript:steal()">by 7 to 2</a>, and <a href="JaVaScRiPt:steal()">officials</a> cheered <img src=x onerror="steal()" alt="a photo of the council">.</p>
        <iframe src="https://evil.example"></iframe><object data="x.swf"></object><svg><script>steal()</script></svg></article>`,
        '<script>steal()</script><meta http-equiv="refresh" content="0;url=https://evil.example">',
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const all = shown(result.briefing).join('\n');
    for (const bad of [
      'alert',
      'steal',
      'javascript',
      'JaVaScRiPt',
      'onclick',
      'onerror',
      'color:red',
      'evil.example',
      '<script',
      '<iframe',
    ])
      expect(all).not.toContain(bad);
    expect(all).toContain('by 7 to 2');
    expect(all).toContain('a photo of the council');
  });

  it('escape sequences and control characters in the page are removed from everything shown', async () => {
    const result = await html(
      page(`<article><h1>Title\u001b]0;owned\u0007 Here</h1><p>Mayor Jane\u001b[2J Smith said on Monday that 40\u0000 families had left the flooded district since March.</p>
      <p>The city council voted to spend $3 million on repairs, the chair, Tom\u009b31m Reyes, said on Tuesday.</p></article>`),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const text of shown(result.briefing)) expect(containsUnsafe(text), JSON.stringify(text)).toBe(false);
    expect(result.briefing.players.some((p) => p.name === 'Jane Smith')).toBe(true);
  });

  it('refuses a page nested too deeply, in one line, without running out of stack', async () => {
    const deep = page(
      `<article>${'<table><tr><td>'.repeat(5000)}text${'</td></tr></table>'.repeat(5000)}</article>`,
    );
    const result = await html(deep);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(/nests elements over 200 levels deep/);
  });

  it('refuses a page of too many elements or too much text, and reads a long honest one', async () => {
    const many = await html(page(`<article>${'<p>Word.</p>'.repeat(40_000)}</article>`));
    expect(many.ok).toBe(false);
    if (!many.ok) expect(many.problems[0]?.message).toMatch(/40,00\d elements, over the 30,000/);
    const text = await html(
      page(`<article><p>${'A long, long sentence of words. '.repeat(40_000)}</p></article>`),
    );
    expect(text.ok).toBe(false);
    if (!text.ok) expect(text.problems[0]?.message).toMatch(/characters of text, over the 1,000,000/);
    const long = await html(
      page(
        `<article><h1>Long</h1>${'<p>Mayor Jane Smith said 40 families left on Monday.</p>'.repeat(500)}</article>`,
      ),
    );
    expect(long.ok).toBe(true);
  });

  it('a page with no article text says so', async () => {
    const result = await html(page('<nav><a href="/">Home</a></nav><footer>© 2025</footer>'));
    expect(result.ok).toBe(false);
  });
});
