/**
 * Moving the client's bytes from the channel into the app's stdin, at most a given rate on
 * average and no faster than the app reads them. Reading is paused rather than data dropped: SSH's
 * own flow control then slows the client, and no escape sequence is cut in two.
 */
import type { Readable } from 'node:stream';
import { InputThrottle } from './limits.js';

/** Settings of {@link pumpInput}. */
export interface InputPumpOptions {
  readonly bytesPerSecond: number;
  /** Hands a chunk to the app; returns false when the app's buffer is full (wait for `drain`). */
  readonly deliver: (chunk: Buffer) => boolean;
  /** Emits `drain` when the app has read its buffer. */
  readonly drainSource: NodeJS.EventEmitter;
  /** Each chunk, before delivery (the idle timer). */
  readonly onInput: () => void;
  /** The first time the rate limit slows the client. */
  readonly onThrottled: () => void;
  /** The client closed its input. */
  readonly onEnd: () => void;
}

type Hold = 'rate' | 'app';

/** Starts pumping; returns the function that stops it (listeners off, timer cleared). */
export function pumpInput(channel: Readable, options: InputPumpOptions): () => void {
  const throttle = new InputThrottle(options.bytesPerSecond);
  const holds = new Set<Hold>();
  let stopped = false;
  let throttled = false;
  let rateTimer: NodeJS.Timeout | undefined;

  const hold = (why: Hold): void => {
    holds.add(why);
    channel.pause();
  };
  const release = (why: Hold): void => {
    holds.delete(why);
    if (holds.size === 0 && !stopped) channel.resume();
  };
  const onDrain = (): void => release('app');

  const onData = (chunk: Buffer): void => {
    options.onInput();
    if (!options.deliver(chunk) && !holds.has('app')) {
      hold('app');
      options.drainSource.once('drain', onDrain);
    }
    const wait = throttle.take(chunk.length);
    if (wait > 0 && !holds.has('rate')) {
      if (!throttled) options.onThrottled();
      throttled = true;
      hold('rate');
      rateTimer = setTimeout(() => release('rate'), wait);
      rateTimer.unref();
    }
  };

  channel.on('data', onData);
  channel.on('end', options.onEnd);
  return () => {
    stopped = true;
    clearTimeout(rateTimer);
    channel.off('data', onData);
    channel.off('end', options.onEnd);
    options.drainSource.off('drain', onDrain);
  };
}
