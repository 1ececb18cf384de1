/**
 * Exit codes, documented in docs/cli.md (and the SSH session's status in docs/ssh.md). Scripts depend
 * on them: never renumber. In the lowest layer so that the command line, the local terminal and the
 * SSH server all take them from here.
 */
export const ExitCode = {
  ok: 0,
  /** The briefing has problems (or `check` found some). */
  invalid: 1,
  /** Bad arguments or flags. */
  usage: 2,
  /** The input could not be read as text: missing, not a file, empty directory, too large, binary, not UTF-8. */
  unreadable: 3,
  /** `serve` could not listen (the port is taken, or the address is not this machine's). */
  cannotListen: 4,
  /** An unexpected internal error (a bug): the message says where to report it. */
  internal: 70,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
