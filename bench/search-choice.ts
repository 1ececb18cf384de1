/**
 * Chooses the search engine by measurement: minisearch, flexsearch and a plain scan over the texts of
 * a large generated briefing (bench/generate-large.ts). For each: index build time, heap growth, query
 * times, and whether it returns every occurrence with its offset. Results go to docs/search.md.
 *
 * Run (Node 20 cannot strip types, so bundle first; --expose-gc makes the heap figures meaningful):
 *   npx esbuild bench/search-choice.ts --bundle --platform=node --format=esm \
 *     --outfile=/tmp/search-choice.mjs && node --expose-gc /tmp/search-choice.mjs
 */

import { readFileSync } from 'node:fs';
import os from 'node:os';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { deriveIndexes } from '../source/domain/derive.js';
import { compileQuery, matchCompiled } from '../source/domain/match.js';
import { createSearchIndex, search } from '../source/domain/search.js';
import type { Briefing, Player } from '../source/domain/types.js';
import {
  generateLargeBriefing,
  generateLargeBriefingModel,
  PHRASE,
  RARE_WORD,
} from '../test/harness/generate-large.js';

/** A field's text as a document for the ranked indexes, with its folded twin for the offset scan. */
interface Doc {
  readonly id: number;
  readonly text: string;
  readonly folded: string;
}

/** What one engine answers for one query: how many occurrences it can place, and how long it took. */
interface Answer {
  readonly occurrences: number;
  readonly documents: number;
}

interface Engine {
  readonly name: string;
  /** Builds the index and returns the query function, whose result is counted after the timing. */
  readonly build: () => (query: string) => () => Answer;
}

const RUNS = 7;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) {
    gc();
    gc();
  }
}

function heapAfterGc(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/**
 * Heap growth from one build, measured in a frame of its own: a value from an earlier build still held
 * by the caller stays live across both readings instead of being freed between them.
 */
function heapGrowth(build: () => unknown): number {
  const before = heapAfterGc();
  let kept: unknown = build();
  const after = heapAfterGc();
  kept = undefined;
  return after - before + (kept === undefined ? 0 : 0);
}

/** Every searchable text, as the production index holds them, numbered for the ranked indexes. */
function documents(briefing: Briefing): Doc[] {
  return createSearchIndex(briefing).fields.map((field, id) => ({
    id,
    text: field.text,
    folded: field.folded,
  }));
}

/** A ranked index only names documents: placing each occurrence still needs a scan of those texts. */
function scanDocuments(docs: readonly Doc[], ids: readonly (number | string)[], query: string): Answer {
  const compiled = compileQuery(query);
  let occurrences = 0;
  let documents = 0;
  for (const id of ids) {
    const doc = docs[Number(id)];
    if (compiled === undefined || doc === undefined) continue;
    const found = matchCompiled(compiled, doc.text, doc.folded).length;
    occurrences += found;
    if (found > 0) documents += 1;
  }
  return { occurrences, documents };
}

function engines(briefing: Briefing, docs: readonly Doc[]): Engine[] {
  return [
    {
      name: 'plain scan (chosen)',
      build: () => {
        const index = createSearchIndex(briefing);
        const all = index.fields.map((_, id) => id);
        const fields = index.fields.map((field, id) => ({ id, text: field.text, folded: field.folded }));
        return (query) => {
          const answer = scanDocuments(fields, all, query);
          return () => answer;
        };
      },
    },
    {
      name: 'plain scan, full `search()` (SearchHit objects and snippets)',
      build: () => {
        const index = createSearchIndex(briefing);
        return (query) => {
          const hits = search(index, query);
          // Counted outside the timing: only the search itself is measured.
          return () => {
            const fields = new Set(hits.map((hit) => `${JSON.stringify(hit.item)}/${hit.field}`));
            return { occurrences: hits.length, documents: fields.size };
          };
        };
      },
    },
    {
      name: 'minisearch 7.2 + scan',
      build: () => {
        const mini = new MiniSearch<Doc>({ fields: ['text'], storeFields: [] });
        mini.addAll(docs);
        return (query) => {
          const ids = mini.search(query, { combineWith: 'AND' }).map((result) => result.id as number);
          const answer = scanDocuments(docs, ids, query);
          return () => answer;
        };
      },
    },
    {
      name: 'flexsearch 0.8 + scan',
      build: () => {
        const flex = new FlexSearch.Index({ tokenize: 'strict' });
        for (const doc of docs) flex.add(doc.id, doc.text);
        return (query) => {
          const answer = scanDocuments(docs, flex.search(query, { limit: docs.length }), query);
          return () => answer;
        };
      },
    },
  ];
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((candidate) => candidate.startsWith('model name'));
    return line?.split(':')[1]?.trim() ?? 'unknown';
  } catch {
    return os.cpus()[0]?.model ?? 'unknown';
  }
}

function queries(players: readonly Player[]): { label: string; query: string }[] {
  const name = players[3]?.name ?? 'Anna Berg';
  return [
    { label: 'common word', query: 'the' },
    { label: 'rare word', query: RARE_WORD },
    { label: 'a name', query: name },
    { label: 'multi-word phrase', query: PHRASE },
    { label: 'part of a word', query: name.split(' ')[1]?.slice(1, 5).toLowerCase() ?? 'erg' },
    { label: 'punctuation', query: '’s' },
    { label: 'one letter', query: 'e' },
  ];
}

const loadAverage = (): string =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');

/** Generation and derive figures: the size of what is searched, and the cost of the mention index. */
function measureSetup(say: (line: string) => void): Briefing {
  const text = time(() => generateLargeBriefing());
  const lineCount = text.value.split('\n').length;
  say(
    `generate text: ${text.ms.toFixed(0)} ms, ${lineCount} lines, ${(text.value.length / 1e6).toFixed(2)} M chars`,
  );
  const model = time(() => generateLargeBriefingModel());
  const briefing = model.value;
  say(
    `generate model: ${model.ms.toFixed(0)} ms, ${briefing.sections.length} sections, ${briefing.players.length} players`,
  );
  const runs = [time(() => deriveIndexes(briefing))];
  for (let run = 1; run < RUNS; run += 1) runs.push(time(() => deriveIndexes(briefing)));
  const first = runs[0];
  if (first === undefined) return briefing;
  const mentions = [...first.value.mentions.values()].flat();
  const middle = median(runs.map((run) => run.ms));
  say(`derive: first ${first.ms.toFixed(0)} ms, median ${middle.toFixed(0)} ms, ${mentions.length} mentions`);
  const sentences = time(() => mentions.reduce((sum, mention) => sum + mention.sentence.length, 0));
  say(`reading every mention's sentence (segments every section): ${sentences.ms.toFixed(0)} ms`);
  return briefing;
}

/** One table row per engine and query. */
function measureEngine(engine: Engine, asked: readonly { label: string; query: string }[]): string[] {
  const heap = heapGrowth(engine.build);
  const builds: number[] = [];
  let run: ((query: string) => () => Answer) | undefined;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const built = time(engine.build);
    run = built.value;
    builds.push(built.ms);
  }
  const rows: string[] = [];
  for (const { label, query } of asked) {
    const times: number[] = [];
    let answer: Answer = { occurrences: 0, documents: 0 };
    for (let attempt = 0; attempt < RUNS && run !== undefined; attempt += 1) {
      const ask = run;
      const measured = time(() => ask(query));
      answer = measured.value();
      times.push(measured.ms);
    }
    const head =
      rows.length === 0 ? [engine.name, median(builds).toFixed(0), (heap / 1e6).toFixed(1)] : ['', '', ''];
    const cells = [...head, `${label} \`${query}\``, times[0]?.toFixed(1), median(times).toFixed(1)];
    rows.push(`| ${[...cells, answer.documents, answer.occurrences].join(' | ')} |`);
  }
  return rows;
}

function main(): void {
  const say = (line: string): void => console.log(line);
  say(`machine: ${os.availableParallelism()} CPUs (${cpuModel()}), Node ${process.version}`);
  say(
    `load average before: ${loadAverage()}; gc exposed: ${(globalThis as { gc?: unknown }).gc !== undefined}`,
  );
  const briefing = measureSetup(say);
  const docs = documents(briefing);
  say(`searchable fields: ${docs.length}`);
  say('');
  say('| engine | build ms | heap MB | query | first ms | median ms | fields hit | occurrences placed |');
  say('|---|---:|---:|---|---:|---:|---:|---:|');
  const asked = queries(briefing.players);
  for (const engine of engines(briefing, docs)) for (const row of measureEngine(engine, asked)) say(row);
  say('');
  say(`load average after: ${loadAverage()}`);
}

main();
