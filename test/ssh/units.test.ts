import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { ChannelOutput, toCrlf } from '../../source/ssh/channel-streams.js';
import { pumpInput } from '../../source/ssh/input-pump.js';
import { ConnectionLimiter, clampWindow, InputThrottle, sourceKey } from '../../source/ssh/limits.js';
import { createLogger, logSafe } from '../../source/ssh/log.js';
import {
  DEFAULT_LIMITS,
  parseCount,
  parseDuration,
  parseLogFormat,
  parsePort,
  parseRate,
  resolveServeOptions,
  type ServeFlags,
} from '../../source/ssh/options.js';

const crlf = (text: string, afterCR = false): string => toCrlf(Buffer.from(text), afterCR).bytes.toString();

describe('toCrlf', () => {
  test('turns every lone \\n into \\r\\n and leaves \\r\\n alone', () => {
    expect(crlf('a\nb\r\nc\n\n')).toBe('a\r\nb\r\nc\r\n\r\n');
    expect(crlf('no newline')).toBe('no newline');
    expect(crlf('é\n€\n')).toBe('é\r\n€\r\n');
  });

  test('a \\r\\n split across two writes is not doubled', () => {
    const first = toCrlf(Buffer.from('line\r'), false);
    expect(first.endsWithCR).toBe(true);
    expect(crlf('\nnext', first.endsWithCR)).toBe('\nnext');
    expect(crlf('\nnext', false)).toBe('\r\nnext');
  });

  test('ChannelOutput converts across writes, reports its size and emits resize', async () => {
    const sent: string[] = [];
    const out = new ChannelOutput(
      (bytes, done) => {
        sent.push(bytes.toString());
        done();
      },
      { columns: 80, rows: 24 },
    );
    let resizes = 0;
    out.on('resize', () => {
      resizes += 1;
    });
    out.write('a\r');
    out.write('\nb\n');
    await new Promise<void>((resolve) => out.write('', () => resolve()));
    expect(sent.join('')).toBe('a\r\nb\r\n');
    // Every window-change is told, as a tty's SIGWINCH: the client may have reflowed its screen.
    out.resize({ columns: 80, rows: 24 });
    expect(resizes).toBe(1);
    out.resize({ columns: 100, rows: 30 });
    expect([out.columns, out.rows, resizes, out.isTTY]).toEqual([100, 30, 2, true]);
    expect(out.getWindowSize()).toEqual([100, 30]);
  });

  test('after detach, writes (even one the sink still held) complete and go nowhere', async () => {
    const sent: string[] = [];
    const out = new ChannelOutput((bytes) => sent.push(bytes.toString()), { columns: 80, rows: 24 });
    let firstDone = false;
    out.write('held', () => {
      firstDone = true;
    });
    out.detach();
    await new Promise<void>((resolve) => out.write('dropped', () => resolve()));
    expect(firstDone).toBe(true);
    expect(sent).toEqual(['held']);
  });
});

describe('limits', () => {
  test('clampWindow keeps sizes within 10x5 and 500x200, and replaces nonsense with 80x24', () => {
    expect(clampWindow(120, 40)).toEqual({ columns: 120, rows: 40 });
    expect(clampWindow(5000, 3)).toEqual({ columns: 500, rows: 5 });
    expect(clampWindow(0, Number.NaN)).toEqual({ columns: 80, rows: 24 });
    expect(clampWindow('80', 24.7)).toEqual({ columns: 80, rows: 24 });
  });

  test('sourceKey groups an IPv6 /64 and unwraps IPv4-mapped addresses', () => {
    expect(sourceKey('192.0.2.1')).toBe('192.0.2.1');
    expect(sourceKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(sourceKey('2001:db8:1:2::1')).toBe(sourceKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff'));
    expect(sourceKey('2001:db8:1:2::1')).not.toBe(sourceKey('2001:db8:1:3::1'));
    expect(sourceKey('::1')).toBe('0:0:0:0::/64');
  });

  test('ConnectionLimiter counts per source, in total and per minute, and forgets idle sources', () => {
    let now = 0;
    const limiter = new ConnectionLimiter(
      { maxConnections: 3, maxConnectionsPerIp: 2, maxNewConnectionsPerMinute: 3 },
      () => now,
    );
    const a1 = limiter.admit('10.0.0.1');
    const a2 = limiter.admit('10.0.0.1');
    expect(limiter.admit('10.0.0.1')).toEqual({ ok: false, refusal: 'max-connections-per-ip' });
    if (!a1.ok || !a2.ok) throw new Error('admitted');
    a1.release();
    a1.release(); // twice is once
    expect(limiter.active).toBe(1);
    const a3 = limiter.admit('10.0.0.1');
    if (!a3.ok) throw new Error('admitted');
    a3.release();
    expect(limiter.admit('10.0.0.1')).toEqual({ ok: false, refusal: 'max-new-connections-per-minute' });
    const b = limiter.admit('10.0.0.2');
    const c = limiter.admit('10.0.0.3');
    expect(b.ok && c.ok).toBe(true);
    expect(limiter.admit('10.0.0.4')).toEqual({ ok: false, refusal: 'max-connections' });
    now = 61_000;
    a2.release();
    if (b.ok) b.release();
    if (c.ok) c.release();
    limiter.prune();
    expect(limiter.active).toBe(0);
    expect(limiter.admit('10.0.0.1').ok).toBe(true);
  });

  test('InputThrottle allows one second of burst, then asks to wait in proportion', () => {
    let now = 0;
    const throttle = new InputThrottle(1000, () => now);
    expect(throttle.take(1000)).toBe(0);
    expect(throttle.take(500)).toBe(500);
    now = 500;
    expect(throttle.take(0)).toBe(0);
    now = 10_000;
    expect(throttle.take(1000)).toBe(0);
  });
});

describe('pumpInput', () => {
  test('pauses the channel while the app is full and resumes on drain; stop removes every listener', async () => {
    const channel = new PassThrough();
    const app = new EventEmitter();
    const got: string[] = [];
    let full = true;
    const stop = pumpInput(channel, {
      bytesPerSecond: 1_000_000,
      drainSource: app,
      deliver: (chunk) => {
        got.push(chunk.toString());
        return !full;
      },
      onInput: () => undefined,
      onThrottled: () => undefined,
      onEnd: () => undefined,
    });
    channel.write('a');
    await new Promise((resolve) => setImmediate(resolve));
    expect(channel.isPaused()).toBe(true);
    channel.write('b');
    await new Promise((resolve) => setImmediate(resolve));
    expect(got).toEqual(['a']);
    full = false;
    app.emit('drain');
    await new Promise((resolve) => setImmediate(resolve));
    expect(got).toEqual(['a', 'b']);
    stop();
    expect(channel.listenerCount('data') + channel.listenerCount('end') + app.listenerCount('drain')).toBe(0);
  });
});

describe('options', () => {
  const flags: ServeFlags = {
    port: 2222,
    listen: '127.0.0.1',
    maxSessions: 64,
    maxConnections: 128,
    maxConnectionsPerIp: 10,
    maxNewConnectionsPerMinute: 30,
    preAuthTimeout: 20_000,
    idleTimeout: 600_000,
    maxSessionLength: 7_200_000,
    maxInputRate: 8192,
    logFormat: 'text',
  };

  test('exactly one of --authorized-keys and --open', () => {
    const neither = resolveServeOptions(flags);
    expect(neither.ok).toBe(false);
    if (!neither.ok) expect(neither.message).toMatch(/--authorized-keys FILE .* or --open/);
    const both = resolveServeOptions({ ...flags, open: true, authorizedKeys: 'k' });
    expect(both.ok).toBe(false);
    const open = resolveServeOptions({ ...flags, open: true });
    expect(open.ok && open.value.auth).toEqual({ kind: 'open' });
    const keys = resolveServeOptions({ ...flags, authorizedKeys: '/etc/keys' });
    expect(keys.ok && keys.value.auth).toEqual({ kind: 'keys', file: '/etc/keys' });
    expect(keys.ok && keys.value.limits).toEqual(DEFAULT_LIMITS);
  });

  test('flag values', () => {
    expect(parsePort('0')).toEqual({ ok: true, value: 0 });
    expect(parsePort('65536').ok).toBe(false);
    expect(parsePort('22x').ok).toBe(false);
    expect(parseCount('0').ok).toBe(false);
    expect(parseCount('64')).toEqual({ ok: true, value: 64 });
    expect(parseDuration('20s')).toEqual({ ok: true, value: 20_000 });
    expect(parseDuration('20')).toEqual({ ok: true, value: 20_000 });
    expect(parseDuration('10m')).toEqual({ ok: true, value: 600_000 });
    expect(parseDuration('1.5h')).toEqual({ ok: true, value: 5_400_000 });
    expect(parseDuration('250ms')).toEqual({ ok: true, value: 250 });
    expect(parseDuration('0')).toEqual({ ok: true, value: 0 });
    expect(parseDuration('30d').ok).toBe(false);
    expect(parseDuration('soon').ok).toBe(false);
    expect(parseRate('8k')).toEqual({ ok: true, value: 8192 });
    expect(parseRate('10').ok).toBe(false);
    expect(parseLogFormat('json')).toEqual({ ok: true, value: 'json' });
    expect(parseLogFormat('xml').ok).toBe(false);
  });
});

describe('log', () => {
  const at = (): Date => new Date('2026-02-04T10:00:00.000Z');

  test('text: one line, time, event, key=value, quoted when needed', () => {
    const lines: string[] = [];
    createLogger((line) => lines.push(line), 'text', at).event('auth', {
      conn: 'c1',
      user: 'a b',
      ok: true,
      gone: undefined,
    });
    expect(lines).toEqual(['2026-02-04T10:00:00.000Z auth conn=c1 user="a b" ok=true\n']);
  });

  test('json: one object a line', () => {
    const lines: string[] = [];
    createLogger((line) => lines.push(line), 'json', at).event('connection', { conn: 'c1', port: 22 });
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      time: '2026-02-04T10:00:00.000Z',
      event: 'connection',
      conn: 'c1',
      port: 22,
    });
  });

  test('client text loses escape sequences, control characters and newlines, and is cut short', () => {
    const lines: string[] = [];
    createLogger((line) => lines.push(line), 'text', at).event('auth', {
      user: 'eve\u001b]0;x\u0007\r\nroot\u0000',
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe('2026-02-04T10:00:00.000Z auth user="eve root"\n');
    expect(logSafe('x'.repeat(1000))).toHaveLength(200);
  });
});
