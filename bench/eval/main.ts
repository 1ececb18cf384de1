/**
 * `npm run eval [DIR]`: derives a briefing from every article in DIR (default bench/eval/articles)
 * that has a gold file beside it (NAME.gold.yaml for NAME.txt or NAME.html), and prints per-field
 * precision and recall per article and in total. A benchmark, not a test: it reports, and exits 0
 * unless the directory cannot be read. bench/eval/run.js bundles this file (Node 20 cannot run
 * TypeScript). The scoring rules are in test/harness/gold-score.ts and docs/import.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { articleFromText } from '../../source/domain/article/index.js';
import { type Ratio, readGold, type Score, scoreBriefing } from '../../test/harness/gold-score.js';

const pct = (r: Ratio) => (r.of === 0 ? '   — ' : `${((100 * r.hit) / r.of).toFixed(0).padStart(4)}%`);
const frac = (r: Ratio) => `${pct(r)} ${`${r.hit}/${r.of}`.padEnd(6)}`;

/** The text an HTML page shows (with images' alt text), which derived sentences must be found in. */
function pageText(html: string): string {
  const { document } = parseHTML(html);
  for (const node of [...document.querySelectorAll('script, style, noscript, template')]) node.remove();
  for (const img of [...document.querySelectorAll('img[alt]')])
    img.replaceWith(` ${img.getAttribute('alt') ?? ''} `);
  for (const block of [
    ...document.querySelectorAll('p, h1, h2, h3, h4, li, div, blockquote, td, figcaption'),
  ])
    block.append(' ');
  return document.body?.textContent ?? '';
}

function add(total: Ratio, r: Ratio): void {
  total.hit += r.hit;
  total.of += r.of;
}

export async function runEval(dir: string, verbose: boolean): Promise<void> {
  const golds = readdirSync(dir)
    .filter((name) => name.endsWith('.gold.yaml'))
    .sort();
  const rows: string[] = [];
  const totals = {
    pp: { hit: 0, of: 0 },
    pr: { hit: 0, of: 0 },
    sides: { hit: 0, of: 0 },
    fp: { hit: 0, of: 0 },
    fr: { hit: 0, of: 0 },
    dp: { hit: 0, of: 0 },
    dr: { hit: 0, of: 0 },
    prov: { hit: 0, of: 0 },
  };
  const head = `${'article'.padEnd(24)} ${'shape'.padEnd(6)} ${'people P'.padEnd(12)} ${'people R'.padEnd(12)} ${'sides'.padEnd(12)} ${'figures P'.padEnd(12)} ${'figures R'.padEnd(12)} ${'dates P'.padEnd(12)} ${'dates R'.padEnd(12)} ${'source'.padEnd(12)} title sections  ms`;
  rows.push(head, '-'.repeat(head.length));
  const notes: string[] = [];
  for (const goldName of golds) {
    const name = goldName.replace(/\.gold\.yaml$/, '');
    const gold = readGold(readFileSync(join(dir, goldName), 'utf8'));
    const file = ['.txt', '.html', '.htm'].map((ext) => join(dir, name + ext)).find((f) => existsSync(f));
    if (file === undefined) {
      notes.push(`${name}: no article beside the gold file`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    const format = /\.html?$/.test(file) ? 'html' : 'text';
    const started = performance.now();
    const result = await articleFromText(text, format, { file, id: basename(name) });
    const ms = performance.now() - started;
    if (!result.ok) {
      notes.push(`${name}: ${result.problems.map((p) => p.message).join('; ')}`);
      continue;
    }
    const score: Score = scoreBriefing(result.briefing, gold, format === 'html' ? pageText(text) : text);
    add(totals.pp, score.people.precision);
    add(totals.pr, score.people.recall);
    add(totals.sides, score.sides);
    add(totals.fp, score.figures.precision);
    add(totals.fr, score.figures.recall);
    add(totals.dp, score.dates.precision);
    add(totals.dr, score.dates.recall);
    add(totals.prov, score.provenance);
    const title = score.title === undefined ? '  —  ' : score.title ? '  ok ' : ' MISS';
    const sections =
      score.sections.gold === undefined
        ? `${score.sections.derived}`.padStart(8)
        : `${score.sections.derived}/${score.sections.gold}`.padStart(8);
    rows.push(
      `${name.padEnd(24)} ${gold.shape.padEnd(6)} ${frac(score.people.precision)} ${frac(score.people.recall)} ${frac(score.sides)} ${frac(score.figures.precision)} ${frac(score.figures.recall)} ${frac(score.dates.precision)} ${frac(score.dates.recall)} ${frac(score.provenance)} ${title} ${sections} ${ms.toFixed(0).padStart(4)}`,
    );
    if (verbose) for (const miss of score.misses) notes.push(`${name}: ${miss}`);
  }
  rows.push('-'.repeat(head.length));
  const t = totals;
  rows.push(
    `${'total'.padEnd(24)} ${''.padEnd(6)} ${frac(t.pp)} ${frac(t.pr)} ${frac(t.sides)} ${frac(t.fp)} ${frac(t.fr)} ${frac(t.dp)} ${frac(t.dr)} ${frac(t.prov)}`,
  );
  process.stdout.write(`${rows.join('\n')}\n`);
  if (notes.length > 0) process.stdout.write(`\n${notes.join('\n')}\n`);
}
