import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { ExitCode } from '../domain/exit-codes.js';
import { loadHtmlParser } from '../render/html-events.js';
import { tolerateClosedOutput } from './closed-output.js';
import { addImportCommand } from './import-command.js';
import { parseMeasure, parseWidth, type ReadOptions } from './options.js';
import { runCheck } from './run-check.js';
import { runRead } from './run-read.js';
import { addServeCommand } from './serve-command.js';

declare const BRIEFING_VERSION: string | undefined;

/** The bundled briefings: `content/` beside `dist/`, which holds this module once bundled. */
const bundledContent = fileURLToPath(new URL('../content', import.meta.url));

/** The line after a usage error: where the usage of this command is. */
function usageHint(command: string): string {
  return `(run \`${command} --help\` for usage)`;
}

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('briefing')
    // Set before the subcommands are added: each copies these settings from its parent when made.
    .exitOverride()
    .showHelpAfterError(usageHint('briefing'))
    .helpCommand('help [command]', 'show the usage of briefing, or of one command')
    .description(
      'Read a news briefing in the terminal: sections, key players, open issues, timeline, figures.',
    )
    .version(typeof BRIEFING_VERSION === 'string' ? BRIEFING_VERSION : '0.0.0-dev', '-v, --version')
    .argument('[path]', 'a briefing file, or a directory of them (default: the bundled briefings)')
    .option('-p, --print', 'print the whole briefing as text instead of opening the reader')
    .addOption(
      new Option(
        '-j, --json',
        'print the briefing and what is derived from it as JSON (see docs/format.md)',
      ).conflicts('print'),
    )
    .option(
      '-w, --width <columns>',
      'wrap printed text to this width (default: the terminal, or 80)',
      parseWidth,
    )
    .option(
      '--measure <columns>',
      "the reader's reading width: its text is never wider (default: 80)",
      parseMeasure,
    )
    .addOption(
      new Option(
        '--color <when>',
        'use colour: auto, always or never (NO_COLOR and FORCE_COLOR are honoured)',
      )
        .choices(['auto', 'always', 'never'])
        .default('auto'),
    )
    .option('--ascii', 'draw with ASCII only (chosen by itself when the locale is not UTF-8)')
    .option('--plain', 'linear reading mode for screen readers: no boxes, no full-screen')
    .option('--no-resume', 'start at the top instead of where you left off')
    .option('--mark-read', 'count everything in the briefing as read (no new or updated marks)')
    .option('--since-last', 'with --print: print only what changed since you last read')
    .option(
      '--derive',
      'derive players, issues, timeline and figures for Markdown that does not read as an article',
    )
    .action(async (path: string | undefined, options: ReadOptions) => {
      if (options.sinceLast === true && options.print === true) {
        const { runChanges } = await import('./run-changes.js');
        setExit(await runChanges(path ?? bundledContent));
        return;
      }
      setExit(await runRead(path ?? bundledContent, options));
    });

  program
    .command('check')
    .showHelpAfterError(usageHint('briefing check'))
    .description('check briefing files and report every problem; exit 1 if any')
    .argument('<files...>', 'briefing files or directories')
    .action(async (files: string[]) => {
      setExit(await runCheck(files));
    });

  program
    .command('changes')
    .showHelpAfterError(usageHint('briefing changes'))
    .description(
      'print what changed in a briefing since you last read it (new and updated items, new sentences)',
    )
    .argument('[path]', 'a briefing file, or a directory of them (default: the bundled briefings)')
    .action(async (path: string | undefined) => {
      const { runChanges } = await import('./run-changes.js');
      setExit(await runChanges(path ?? bundledContent));
    });

  addImportCommand(program, setExit);

  addServeCommand(program, {
    defaultPath: bundledContent,
    setExit,
    // Ink and the reader load only when a server actually starts; so does the HTML parser, which a
    // library reloaded later may need at any time.
    createStartSession: async ({ resume }) => {
      await loadHtmlParser();
      const [{ sshReaderFactory }, { openFileStore }, { stateDir }] = await Promise.all([
        import('../terminal/ssh-reader.js'),
        import('../io/store-files.js'),
        import('../io/store-migrate.js'),
      ]);
      return sshReaderFactory({ store: openFileStore(stateDir().dir), resume });
    },
  });

  return program;
}

/** Runs the CLI and returns the exit code; `bin/briefing.js` sets it on the process. */
export async function main(argv: readonly string[]): Promise<number> {
  tolerateClosedOutput(process);
  let exitCode: number = ExitCode.ok;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    throw error;
  }
  return exitCode;
}
