/**
 * Holding a client to the SSH window. ssh2 1.17 accepts channel data past the window it
 * advertised: it drops a packet only when the window is exactly 0, so one oversized packet makes
 * it negative and from then on every byte is buffered (https://github.com/mscdex/ssh2/issues/1505).
 * A client that ignores flow control could then make the server hold any amount of input
 * (10 MB pasted that way were all buffered, measured by test/ssh/abuse.test.ts). No well-behaved
 * client ever sends past the window, so this drops such data and reports the client once.
 */
import type { ServerChannel } from 'ssh2';

/**
 * Wraps `channel.push` (which ssh2 calls with each data packet, after taking it off the window):
 * data that took the window below 0 is dropped instead of buffered, and `onOverflow` is called the
 * first time. The end of input (`push(null)`) always passes.
 */
export function guardWindow(channel: ServerChannel, onOverflow: () => void): void {
  const incoming = channel.incoming as { window?: number } | undefined;
  const push = channel.push.bind(channel);
  let reported = false;
  channel.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (chunk !== null && typeof incoming?.window === 'number' && incoming.window < 0) {
      if (!reported) {
        reported = true;
        onOverflow();
      }
      return false;
    }
    return push(chunk, encoding);
  };
}
