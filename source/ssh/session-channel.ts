/**
 * What a session refuses and with which line, and its channel as the session sees it: watched for
 * errors, still open or not, closed with a message and an exit status.
 */
import type { ServerChannel, Session } from 'ssh2';
import { errorText, type Logger } from './log.js';
import { guardWindow } from './window-guard.js';

/** Why a request is refused, with the line the client sees. */
export const REFUSALS = {
  exec: 'this server only serves the briefing reader; connect without a command',
  'no-pty': 'this server needs a terminal; connect with plain ssh (not -T, a command or a pipe)',
  'second-session': 'one session per connection; open a new connection for another',
  'max-sessions': 'the server is full; try again later',
  'shutting-down': 'server shutting down',
} as const;

export type Refusal = keyof typeof REFUSALS;

/** What a shell request needs to be granted, as plain answers. */
export interface ShellAdmission {
  readonly hasPty: boolean;
  readonly shuttingDown: boolean;
  /** Takes one of the server's session places; false when all are taken (called only when the rest holds). */
  readonly reserve: () => boolean;
}

/** Why a shell is refused, or undefined when it may start (a session place is then taken). */
export function refuseShell(admission: ShellAdmission): Refusal | undefined {
  if (!admission.hasPty) return 'no-pty';
  if (admission.shuttingDown) return 'shutting-down';
  if (!admission.reserve()) return 'max-sessions';
  return undefined;
}

/** The parts of a channel the session writes to and closes. */
export type ClosableChannel = Pick<
  ServerChannel,
  'writable' | 'outgoing' | 'stderr' | 'exit' | 'end' | 'resume'
>;

/** Whether the channel can still take data (ssh2 keeps writing to a closed one otherwise). */
export function isOpen(channel: Pick<ServerChannel, 'writable' | 'outgoing'>): boolean {
  const outgoing = channel.outgoing as { state?: string } | undefined;
  return channel.writable && outgoing?.state === 'open';
}

/**
 * Ends the channel: `message` on its stderr as one `briefing:` line (on a fresh line after an app,
 * whose frame may have left the cursor at its end), the exit status, the end; then input nobody will
 * read is let go at once (up to ssh2's 2 MiB window and as much again buffered, after a paste) rather
 * than when the client finally disconnects.
 */
export function closeChannel(
  channel: ClosableChannel,
  status: number,
  message: string | undefined,
  afterApp: boolean,
): void {
  if (isOpen(channel)) {
    if (message !== undefined) channel.stderr.write(`${afterApp ? '\r\n' : ''}briefing: ${message}\r\n`);
    channel.exit(status);
    channel.end();
  }
  channel.resume();
}

/** X11 and agent forwarding, signals and subsystems (sftp) are refused; the refusals are logged. */
export function refuseForwarding(session: Session, log: Logger, conn: string): void {
  session.on('x11', (_accept, reject) => {
    log.event('refused', { conn, what: 'x11-forwarding' });
    reject?.();
  });
  session.on('auth-agent', (_accept, reject) => {
    log.event('refused', { conn, what: 'agent-forwarding' });
    reject?.();
  });
  session.on('signal', (_accept, reject) => reject?.());
  session.on('subsystem', (_accept, reject, info) => {
    log.event('refused', { conn, what: 'subsystem', name: info.name });
    reject?.();
  });
}

/**
 * An `error` listener on the channel and its stderr (an unhandled one would end the server), and the
 * guard against a client that sends past the SSH window; either calls `end` with a reason.
 */
export function watchChannel(
  ch: ServerChannel,
  log: Logger,
  conn: string,
  end: (reason: string, message?: string) => void,
): ServerChannel {
  const onError = (error: Error): void => {
    log.event('channel-error', { conn, error: errorText(error) });
    end('channel-error');
  };
  ch.on('error', onError);
  ch.stderr.on('error', onError);
  guardWindow(ch, () => {
    log.event('limit', { conn, what: 'input-window' });
    end('input-window', 'the client sent input past the SSH window; closed (use a standard SSH client)');
  });
  return ch;
}
