import { describe, expect, test } from 'vitest';
import {
  type AdmissionMessage,
  type AdmissionReply,
  PrimaryAdmissions,
  sessionShare,
  workerAdmissions,
} from '../../source/ssh/cluster-admission.js';

const limits = { maxConnections: 5, maxConnectionsPerIp: 3, maxNewConnectionsPerMinute: 4 };

/** Two workers wired to one primary, as over IPC but in one process. */
function cluster() {
  const primary = new PrimaryAdmissions(limits);
  const workers = [1, 2].map((id) => {
    const worker = workerAdmissions((message: AdmissionMessage) => {
      const reply: AdmissionReply | undefined = primary.receive(id, message);
      if (reply !== undefined) queueMicrotask(() => worker.receive(reply));
      return true;
    });
    return worker;
  });
  return { primary, workers };
}

describe('connection limits across workers', () => {
  test('per address: the limit holds over both workers together', async () => {
    const { primary, workers } = cluster();
    const [a, b] = workers;
    if (!a || !b) throw new Error('two workers');
    const results = [await a.admit('10.0.0.1'), await b.admit('10.0.0.1'), await a.admit('10.0.0.1')];
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await b.admit('10.0.0.1')).toEqual({ ok: false, refusal: 'max-connections-per-ip' });
    expect(primary.active).toBe(3);
    // A release in one worker frees a place for the other.
    const first = results[0];
    if (first?.ok) first.release();
    expect(primary.active).toBe(2);
    expect((await b.admit('10.0.0.1')).ok).toBe(true);
  });

  test('the total and the per-minute rate hold over both workers', async () => {
    const { workers } = cluster();
    const [a, b] = workers;
    if (!a || !b) throw new Error('two workers');
    // Four new connections a minute from one address, opened and closed in turn on both workers.
    for (let i = 0; i < 4; i++) {
      const admitted = await (i % 2 ? a : b).admit('10.0.0.9');
      expect(admitted.ok).toBe(true);
      if (admitted.ok) admitted.release();
    }
    expect(await a.admit('10.0.0.9')).toEqual({ ok: false, refusal: 'max-new-connections-per-minute' });
    // Five connections in all: the fifth of other addresses is the last admitted.
    const opened = [];
    for (let i = 0; i < 6; i++) opened.push(await (i % 2 ? a : b).admit(`10.0.1.${i}`));
    expect(opened.map((r) => r.ok)).toEqual([true, true, true, true, true, false]);
    expect(opened.at(-1)).toEqual({ ok: false, refusal: 'max-connections' });
  });

  test('a worker that dies gives back every place it held', async () => {
    const { primary, workers } = cluster();
    const [a] = workers;
    if (!a) throw new Error('a worker');
    await a.admit('10.0.0.1');
    await a.admit('10.0.0.2');
    expect(primary.active).toBe(2);
    primary.workerGone(1);
    expect(primary.active).toBe(0);
  });

  test('a worker cut off from its primary refuses, including questions still open', async () => {
    const worker = workerAdmissions(() => true);
    const open = worker.admit('10.0.0.1');
    worker.close();
    expect(await open).toEqual({ ok: false, refusal: 'max-connections' });
    expect(await worker.admit('10.0.0.1')).toEqual({ ok: false, refusal: 'max-connections' });
    const unsendable = workerAdmissions(() => false);
    expect(await unsendable.admit('10.0.0.1')).toEqual({ ok: false, refusal: 'max-connections' });
  });

  test('session places are shared out so that they add up to the total', () => {
    for (const [total, workers] of [
      [64, 2],
      [7, 3],
      [1, 1],
      [5, 5],
    ] as const) {
      const shares = Array.from({ length: workers }, (_, i) => sessionShare(total, workers, i));
      expect(shares.reduce((sum, n) => sum + n, 0)).toBe(total);
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
    }
  });
});
