// Preloaded into a `briefing serve` child (`node --expose-gc --import ./heap-probe.js`) by the SSH
// abuse tests. On the IPC channel it answers `{type: 'heap', id}` with the memory in use after a
// full collection, so a test measures the server alone (not the test runner, its clients or the
// buffers it pastes from), and `{type: 'lag', id}` with the longest the event loop was blocked
// since the last `lag` question. Plain JavaScript: node loads it before any TypeScript tooling.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();

const collect = () =>
  new Promise((resolve) => {
    // Twice, a turn apart: what the first collection frees can release more (weak maps, finalizers).
    globalThis.gc?.();
    setImmediate(() => {
      globalThis.gc?.();
      setImmediate(resolve);
    });
  });

const answers = {
  heap: async () => {
    await collect();
    const usage = process.memoryUsage();
    return {
      collected: typeof globalThis.gc === 'function',
      heapUsed: usage.heapUsed,
      external: usage.external,
      rss: usage.rss,
    };
  },
  lag: async () => {
    // The histogram is in nanoseconds and counts the sampling interval itself.
    const maxMs = Math.max(0, delay.max / 1e6 - 10);
    delay.reset();
    return { maxMs };
  },
};

if (typeof process.send === 'function') {
  process.on('message', (message) => {
    const answer = answers[message?.type];
    if (answer === undefined) return;
    void answer().then((fields) => process.send?.({ type: message.type, id: message.id, ...fields }));
  });
  // The channel must not keep the server alive: it exits on SIGTERM as it would without the probe.
  process.channel?.unref();
}
