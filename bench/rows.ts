/**
 * The issues' figures, each beside its target and its peer, from what the benchmark measured.
 * Targets are the issues' (issue 5, "Targets"; issue 16 for start-up on Node 24, CPU per key, every
 * action's p95 and 300 SSH sessions), never loosened here: where two say different things, the
 * stricter holds.
 */
import type { ArticleOpen } from './article-open.js';
import type { LessResult } from './less-peer.js';
import { ACTIONS, type Action, type SessionResult } from './local-reader.js';
import type { SshResult } from './ssh-server.js';
import { median, percentile } from './stats.js';
import { meets, type Row, ratioOf } from './table.js';

/** Start-up on one node, every sample, ms. */
export interface ColdStarts {
  /** `process.version` of that node. */
  readonly node: string;
  readonly bare: number[];
  /** The small and the large briefing opened again (caches in place). */
  readonly small: number[];
  readonly large: number[];
  /** The small briefing on a first run: no code cache, no parsed briefing. */
  readonly firstRun: number[];
}

/** Everything the rows are made from. */
export interface Measurements {
  /** Start-up on the node running the benchmark. */
  readonly cold: ColdStarts;
  /** Start-up on each node (this one first, then `--node`'s). */
  readonly starts: readonly ColdStarts[];
  readonly small: SessionResult;
  readonly large: SessionResult;
  readonly less: LessResult;
  /** `serve` with a worker per core, and with `--workers 1` (when there is more than one core). */
  readonly ssh: SshResult;
  readonly sshOne?: SshResult;
  /** Opening the seed article against the curated briefing (bench/article-open.ts). */
  readonly article?: ArticleOpen;
}

/** The start-up target on a node: ≤ 2× bare node on Node 20, ≤ 1.5× from Node 24. */
export function startTarget(version: string): number {
  const major = Number(/^v(\d+)/.exec(version)?.[1] ?? 0);
  return major >= 24 ? 1.5 : 2;
}

const LABELS: Record<Action, string> = {
  move: 'move selection',
  scroll: 'scroll one line',
  page: 'page down',
  open: 'open a section',
  search: 'search (Enter)',
};

const MB = 1e6;
const values = <T>(list: readonly T[], pick: (item: T) => number): number[] => list.map(pick);
const num = (value: number | undefined): number => value ?? Number.NaN;

/** less's reply to the key that matches `action`, if there is one. */
function lessFor(less: LessResult, action: Action): LessResult['line'] | undefined {
  if (action === 'scroll') return less.line;
  if (action === 'page') return less.page;
  if (action === 'search') return less.search;
  return undefined;
}

function latencyRows(m: Measurements): Row[] {
  const rows: Row[] = [];
  for (const action of ACTIONS) {
    const samples = m.small.samples[action];
    const peer = lessFor(m.less, action);
    const first = values(samples, (s) => s.firstByteMs);
    const last = values(samples, (s) => s.lastByteMs);
    const lessFirst = peer
      ? percentile(
          values(peer, (s) => s.firstByteMs),
          50,
        )
      : Number.NaN;
    const lessLast = peer
      ? percentile(
          values(peer, (s) => s.lastByteMs),
          50,
        )
      : Number.NaN;
    const p50 = percentile(first, 50);
    const p95 = percentile(first, 95);
    rows.push({
      group: 'keys, small briefing',
      figure: `${LABELS[action]}: key → first byte p50`,
      value: p50,
      unit: 'ms',
      also: { label: 'p95', value: p95 },
      target: 'p50 ≤ 8 ms, p95 ≤ 16 ms',
      ...(peer ? { peer: { label: 'less', value: lessFirst }, ratio: ratioOf(p50, lessFirst) } : {}),
      met: meets(p50, (v) => v <= 8) === null ? null : p50 <= 8 && p95 <= 16,
    });
    const lastP50 = percentile(last, 50);
    rows.push({
      group: 'keys, small briefing',
      figure: `${LABELS[action]}: key → frame complete p50`,
      value: lastP50,
      unit: 'ms',
      also: { label: 'p95', value: percentile(last, 95) },
      target: '—',
      ...(peer ? { peer: { label: 'less', value: lessLast }, ratio: ratioOf(lastP50, lessLast) } : {}),
      met: null,
    });
  }
  return rows;
}

function byteRows(m: Measurements): Row[] {
  const group = 'bytes per key, small briefing';
  const bytes = (action: Action): number => median(values(m.small.samples[action], (s) => s.bytes));
  const text = (action: Action): number => median(values(m.small.samples[action], (s) => s.changedTextBytes));
  const less = (list: LessResult['line']): number => median(values(list, (s) => s.bytes));
  const row = (action: Action, rest: Omit<Row, 'group' | 'figure' | 'value' | 'unit'>): Row => ({
    group,
    figure: `${LABELS[action]}: bytes (median)`,
    value: bytes(action),
    unit: 'B',
    ...rest,
  });
  const changed = (action: Action) => ({ label: 'changed text', value: text(action) });
  const scrollRatio = ratioOf(bytes('scroll'), less(m.less.line));
  const pageRatio = ratioOf(bytes('page'), text('page'));
  return [
    row('move', {
      target: '≤ 200 B',
      peer: changed('move'),
      ratio: ratioOf(bytes('move'), text('move')),
      met: meets(bytes('move'), (v) => v <= 200),
    }),
    row('scroll', {
      target: '≤ 4× less',
      peer: { label: m.less.available ? 'less j' : 'less not installed', value: less(m.less.line) },
      ratio: scrollRatio,
      met: meets(scrollRatio, (r) => r <= 4),
    }),
    row('page', {
      target: "≤ new page's text + 20%",
      peer: { label: "new page's text", value: text('page') },
      ratio: pageRatio,
      met: meets(pageRatio, (r) => r <= 1.2),
    }),
    row('open', {
      target: '—',
      peer: changed('open'),
      ratio: ratioOf(bytes('open'), text('open')),
      met: null,
    }),
    row('search', {
      target: '—',
      peer: { label: 'less /word⏎', value: less(m.less.search) },
      ratio: ratioOf(bytes('search'), less(m.less.search)),
      met: null,
    }),
  ];
}

/** Process CPU time per key over the whole scripted session. */
function cpuRows(m: Measurements): Row[] {
  return [
    {
      group: 'CPU per key',
      figure: `small briefing, over ${m.small.keysSent} keys`,
      value: num(m.small.cpuMsPerKey),
      unit: 'ms',
      target: '≤ 2 ms',
      met: meets(num(m.small.cpuMsPerKey), (v) => v <= 2),
    },
    {
      group: 'CPU per key',
      figure: `large briefing, over ${m.large.keysSent} keys`,
      value: num(m.large.cpuMsPerKey),
      unit: 'ms',
      target: '—',
      peer: { label: 'small', value: num(m.small.cpuMsPerKey) },
      ratio: ratioOf(num(m.large.cpuMsPerKey), num(m.small.cpuMsPerKey)),
      met: null,
    },
  ];
}

function memoryRows(session: SessionResult, group: string): Row[] {
  return [
    {
      group,
      figure: 'resident memory after opening',
      value: num(session.rssAfterOpen),
      unit: 'MB',
      target: '≤ 80 MB',
      met: meets(num(session.rssAfterOpen), (v) => v <= 80 * MB),
    },
    {
      group,
      figure: `resident memory after ${session.keysSent} keys`,
      value: num(session.rssAfterKeys),
      unit: 'MB',
      target: '≤ 80 MB',
      met: meets(num(session.rssAfterKeys), (v) => v <= 80 * MB),
    },
  ];
}

function largeRows(m: Measurements): Row[] {
  const group = 'large briefing';
  const rows: Row[] = [];
  for (const action of ACTIONS) {
    const p50 = (session: SessionResult): number =>
      percentile(
        values(session.samples[action], (s) => s.firstByteMs),
        50,
      );
    const keyRatio = ratioOf(p50(m.large), p50(m.small));
    rows.push({
      group,
      figure: `${LABELS[action]}: key → first byte p50`,
      value: p50(m.large),
      unit: 'ms',
      target: '≤ 1.2× small',
      peer: { label: 'small', value: p50(m.small) },
      ratio: keyRatio,
      met: meets(keyRatio, (r) => r <= 1.2),
    });
  }
  return [...rows, ...memoryRows(m.large, group)];
}

function sshRows(m: Measurements, ssh: SshResult): Row[] {
  const group = `SSH on loopback, --workers ${ssh.workers}`;
  const connect = median(ssh.connectMs);
  const localFirst = median(m.cold.small);
  const perSession =
    ssh.rssAllSessions === undefined || ssh.rssOneSession === undefined || ssh.sessions < 2
      ? Number.NaN
      : (ssh.rssAllSessions - ssh.rssOneSession) / (ssh.sessions - 1);
  const perSessionFromIdle =
    ssh.rssAllSessions === undefined || ssh.rssIdle === undefined || ssh.sessions < 1
      ? Number.NaN
      : (ssh.rssAllSessions - ssh.rssIdle) / ssh.sessions;
  const p95 = percentile(ssh.keyLatencyMs, 95);
  return [
    {
      group,
      figure: `connect to first frame, median of ${ssh.connectMs.length}`,
      value: connect,
      unit: 'ms',
      also: { label: 'p95', value: percentile(ssh.connectMs, 95) },
      target: '—',
      peer: { label: 'local first frame', value: localFirst },
      ratio: ratioOf(connect, localFirst),
      met: null,
    },
    {
      group,
      figure: `${ssh.sessions} sessions, a key a second each: key → frame p95`,
      value: p95,
      unit: 'ms',
      also: { label: 'p50', value: percentile(ssh.keyLatencyMs, 50) },
      target: 'p95 ≤ 50 ms',
      met: ssh.sessions < 300 && Number.isFinite(p95) ? false : meets(p95, (v) => v <= 50),
    },
    {
      group,
      figure: 'server CPU per key (every process)',
      value: num(ssh.serverCpuMsPerKey),
      unit: 'ms',
      target: '—',
      peer: { label: 'the clients', value: num(ssh.clientCpuMsPerKey) },
      met: null,
    },
    {
      group,
      figure: `server memory per session, (RSS with ${ssh.sessions} − idle) / ${ssh.sessions}`,
      value: perSessionFromIdle,
      unit: 'MB',
      target: '—',
      peer: { label: 'idle server', value: num(ssh.rssIdle) },
      met: null,
    },
    {
      group,
      figure: 'server memory per extra session',
      value: perSession,
      unit: 'MB',
      target: '≤ 4 MB',
      peer: { label: 'server with 1 session', value: num(ssh.rssOneSession) },
      met: meets(perSession, (v) => v <= 4 * MB),
    },
  ];
}

/** Every row of the report, in the order the issue lists the figures. */
export function buildRows(m: Measurements): Row[] {
  const startRows = m.starts.flatMap((cold): Row[] => {
    const node = median(cold.bare);
    const small = median(cold.small);
    const first = median(cold.firstRun);
    const limit = startTarget(cold.node);
    const group = `start, node ${cold.node}`;
    return [
      {
        group,
        figure: `first frame (re-open), median of ${cold.small.length}`,
        value: small,
        unit: 'ms',
        target: `≤ ${limit}× bare node`,
        peer: { label: 'bare node', value: node },
        ratio: ratioOf(small, node),
        met: meets(ratioOf(small, node), (r) => r <= limit),
      },
      {
        group,
        figure: `first frame, first run (no cache), median of ${cold.firstRun.length}`,
        value: first,
        unit: 'ms',
        target: '—',
        peer: { label: 'bare node', value: node },
        ratio: ratioOf(first, node),
        met: null,
      },
      {
        group,
        figure: `large first frame (re-open), median of ${cold.large.length}`,
        value: median(cold.large),
        unit: 'ms',
        target: '≤ 1.5× small',
        peer: { label: 'small', value: small },
        ratio: ratioOf(median(cold.large), small),
        met: meets(ratioOf(median(cold.large), small), (r) => r <= 1.5),
      },
    ];
  });
  return [
    ...startRows,
    ...latencyRows(m),
    ...cpuRows(m),
    ...byteRows(m),
    ...memoryRows(m.small, 'memory, small briefing'),
    ...largeRows(m),
    ...sshRows(m, m.ssh),
    ...(m.sshOne === undefined ? [] : sshRows(m, m.sshOne)),
    ...articleRows(m.article),
  ];
}

/** The article's first frame, cold and re-opened, beside the curated briefing's: the target is 1.5×. */
export function articleRows(article: ArticleOpen | undefined): Row[] {
  if (article === undefined) return [];
  const curated = median(article.curated);
  return (
    [
      ['article first frame, first open', article.cold],
      ['article first frame, re-open (cached)', article.warm],
      ['article panels on screen, first open', article.panels],
    ] as const
  ).map(([figure, samples]) => {
    const informative = figure.startsWith('article panels');
    const value = median(samples);
    const ratio = ratioOf(value, curated);
    return {
      group: 'article',
      figure: `${figure}, median of ${samples.length}`,
      value,
      unit: 'ms',
      // The target is the first frame's; how long the panels take is reported beside it.
      target: informative ? '—' : '≤ 1.5× curated briefing',
      peer: { label: 'curated briefing', value: curated },
      ratio,
      met: informative ? null : meets(ratio, (r) => r <= 1.5),
    } satisfies Row;
  });
}
