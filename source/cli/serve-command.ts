/**
 * The `serve` subcommand's definition. Importing it is cheap: ssh2 and the server load only when
 * `serve` runs.
 */
import { availableParallelism } from 'node:os';
import { type Command, InvalidArgumentError, Option } from 'commander';
import {
  DEFAULT_LIMITS,
  DEFAULT_LISTEN,
  DEFAULT_PORT,
  describeDuration,
  type Parsed,
  parseCount,
  parseDuration,
  parseLogFormat,
  parsePort,
  parseRate,
  type ServeFlags,
} from '../ssh/options.js';
import type { CreateStartSession } from '../ssh/session-app.js';

/** The line after a usage error of `serve`, from commander or from the flags' combination. */
export const SERVE_USAGE_HINT = '(run `briefing serve --help` for usage)';

/** What the CLI supplies to `serve`. */
export interface ServeCommandDeps {
  /** The briefings served when no DIR is given (the bundled ones). */
  readonly defaultPath: string;
  readonly setExit: (code: number) => void;
  /** Loads the reader (lazily: Ink is heavy) and returns its per-library session starter. */
  readonly createStartSession: (settings: { readonly resume: boolean }) => Promise<CreateStartSession>;
}

/** Adds `briefing serve [DIR]` to `program`. */
export function addServeCommand(program: Command, deps: ServeCommandDeps): Command {
  const limits = DEFAULT_LIMITS;
  return program
    .command('serve')
    .showHelpAfterError(SERVE_USAGE_HINT)
    .description('serve the briefings over SSH: `ssh -p 2222 host` opens the reader (see docs/ssh.md)')
    .argument('[dir]', 'a directory of briefings, or one file (default: the bundled briefings)')
    .addOption(new Option('--port <port>', 'TCP port').argParser(flag(parsePort)).default(DEFAULT_PORT))
    .addOption(
      new Option('--listen <address>', 'address to listen on; 0.0.0.0 (or ::) for every interface').default(
        DEFAULT_LISTEN,
      ),
    )
    .option(
      '--host-key <path>',
      'host private key; created (ed25519, mode 0600) when missing (default: in the data directory)',
    )
    .addOption(
      new Option(
        '--authorized-keys <path>',
        'allow only the public keys in this file (OpenSSH format)',
      ).conflicts('open'),
    )
    .addOption(new Option('--open', 'allow anyone, with no password or key'))
    .addOption(count('--max-sessions <n>', 'concurrent reader sessions', limits.maxSessions))
    .addOption(count('--max-connections <n>', 'concurrent connections', limits.maxConnections))
    .addOption(
      count(
        '--max-connections-per-ip <n>',
        'concurrent connections from one address',
        limits.maxConnectionsPerIp,
      ),
    )
    .addOption(
      count(
        '--max-new-connections-per-minute <n>',
        'new connections from one address per minute',
        limits.maxNewConnectionsPerMinute,
      ),
    )
    .addOption(
      duration(
        '--pre-auth-timeout <duration>',
        'time to log in (and then to start a session)',
        limits.preAuthTimeoutMs,
      ),
    )
    .addOption(
      duration(
        '--idle-timeout <duration>',
        'close a session after this long without input; 0: never',
        limits.idleTimeoutMs,
      ),
    )
    .addOption(
      duration('--max-session-length <duration>', 'longest session; 0: no limit', limits.maxSessionLengthMs),
    )
    .addOption(
      new Option('--max-input-rate <bytes>', 'input bytes per second per session; more is slowed down')
        .argParser(flag(parseRate))
        .default(limits.maxInputBytesPerSecond),
    )
    .option('--no-resume', 'start each session at the top instead of where its reader left off')
    .addOption(
      new Option('--workers <n>', 'processes that serve sessions, one per core by default (see docs/ssh.md)')
        .argParser(flag(parseCount))
        .default(availableParallelism(), 'the number of cores'),
    )
    .addOption(
      new Option('--log-format <format>', 'one line per event: text or json')
        .argParser(flag(parseLogFormat))
        .default('text'),
    )
    .action(
      async (
        dir: string | undefined,
        flags: ServeFlags & { readonly workers: number; readonly resume?: boolean },
        command: Command,
      ) => {
        const path = dir ?? deps.defaultPath;
        // The reader's own --no-resume has the same name, and commander gives it whichever comes.
        const resume = flags.resume !== false && command.parent?.opts().resume !== false;
        const options = { flags, createStartSession: () => deps.createStartSession({ resume }) };
        const cluster = await import('./serve-cluster.js');
        // More workers than session places would leave a worker with none.
        const workers = Math.min(flags.workers, flags.maxSessions);
        if (cluster.isServeWorker()) deps.setExit(await cluster.runWorker(path, options));
        else if (workers > 1) deps.setExit(await cluster.runPrimary(flags, workers));
        else deps.setExit(await (await import('./run-serve.js')).runServe(path, options));
      },
    );
}

function count(flags: string, description: string, value: number): Option {
  return new Option(flags, description).argParser(flag(parseCount)).default(value);
}

function duration(flags: string, description: string, ms: number): Option {
  return new Option(flags, `${description} (e.g. 90s, 10m, 2h)`)
    .argParser(flag(parseDuration))
    .default(ms, describeDuration(ms));
}

/** Adapts a pure parser to commander, whose parsers throw. */
function flag<T>(parse: (text: string) => Parsed<T>): (text: string) => T {
  return (text) => {
    const result = parse(text);
    if (!result.ok) throw new InvalidArgumentError(`${result.message}.`);
    return result.value;
  };
}
