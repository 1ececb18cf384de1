/**
 * Building escape payloads into briefings: a YAML quoting that escapes every control, bidi and
 * invisible character, and a briefing template that puts one payload in every field the reader shows.
 */

/** YAML double-quoted form of `raw`: every control, bidi and invisible character as a `\u` escape. */
export function yamlQuote(raw: string): string {
  let out = '"';
  for (const ch of raw) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x2000 && code <= 0x206f) ||
      code === 0xfeff
    )
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** A briefing with `p` in every field, between the words `before` and `after` where it shows as text. */
export function everyField(p: string, title = 'Hostile'): string {
  const q = (text: string) => yamlQuote(text);
  return `---
title: ${q(`${title} before${p}after`)}
dateline: ${q(`Dateline${p}`)}
date: 2026-02-04
importance: top
summary: ${q(`Summary before${p}after.`)}
sources:
  - ${q(`Source before${p}after`)}
players:
  - id: alice
    name: ${q(`Alice${p}Free`)}
    aliases: [${q(`Free${p}`)}]
    role: ${q(`Role before${p}after`)}
    side: ${q(`Side${p}`)}
    description: ${q(`Description before${p}after.`)}
issues:
  - id: talks
    title: ${q(`Issue before${p}after`)}
    status: open
    summary: ${q(`Issue summary before${p}after.`)}
    positions:
      ${q(`Party${p}`)}: ${q(`Position before${p}after.`)}
    sections: [first]
    players: [alice]
timeline:
  - when: 2026-02-04
    what: ${q(`Timeline before${p}after`)}
    section: first
  - when: ${q(`Label${p}`)}
    what: ${q(`Second before${p}after`)}
figures:
  - value: ${q(`71${p}`)}
    label: ${q(`Label before${p}after`)}
    context: ${q(`Context before${p}after.`)}
    section: first
---
Lead before${p}after, by Alice${p}Free.

## First

Paragraph before${p}after with Alice${p}Free in it.

- item before${p}after
  - nested before${p}after

> quote before${p}after

\`code before${p}after\` and **bold before${p}after** and [link before${p}after](https://example.com/before${p}after) and ![image before${p}after](https://example.com/i${p}.png)

| head before${p}after | b |
| --- | --- |
| cell before${p}after | c |

\`\`\`
block before${p}after
\`\`\`

<span>html before${p}after</span>

## Heading before${p}after

Closing words before${p}after.
`;
}
