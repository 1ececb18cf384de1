import { open, rename, unlink } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { briefingFile } from '../domain/article/briefing-file.js';
import { ExitCode } from '../domain/exit-codes.js';
import { splitFrontMatter } from '../domain/front-matter.js';
import { parseBriefing } from '../domain/parse.js';
import { loadAnyFile } from '../io/load-article.js';
import { readBriefingText } from '../io/load-file.js';
import { problemLines, writeAll } from './report.js';

/** `briefing import ARTICLE [-o FILE]`: an article's derived briefing, written as a briefing file. */
export function addImportCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('import')
    .showHelpAfterError('(run `briefing import --help` for usage)')
    .description(
      'derive a briefing from an article (.txt, .html, or Markdown) and write it as a briefing file',
    )
    .argument('<article>', 'the article: plain text, a saved web page, or Markdown without front matter')
    .option('-o, --output <file>', 'write the briefing to this new file (default: standard output)')
    .action(async (article: string, options: { output?: string }) => {
      setExit(await runImport(article, options.output));
    });
}

const line = (file: string, message: string, hint: string) => `${file}: ${message}; ${hint}\n`;

async function runImport(article: string, output: string | undefined): Promise<number> {
  const read = await readBriefingText(article);
  if (
    read.ok &&
    !/\.(?:txt|text|html?|xhtml)$/i.test(article) &&
    splitFrontMatter(read.text).kind !== 'none'
  ) {
    await writeAll(
      process.stderr,
      line(
        article,
        'already a briefing (it has front matter)',
        'import reads articles: plain text, HTML or Markdown without front matter',
      ),
    );
    return ExitCode.usage;
  }
  const loaded = await loadAnyFile(article, { derive: true });
  if (!loaded.ok) {
    await writeAll(process.stderr, problemLines(loaded.problems));
    return loaded.failure ? ExitCode.unreadable : ExitCode.invalid;
  }
  const text = briefingFile(loaded.briefing, basename(article));
  // What import writes must load as it was derived; a file that does not is a bug, never the user's.
  const check = parseBriefing(text, { file: output ?? 'import', id: loaded.briefing.id });
  if (!check.ok) {
    await writeAll(
      process.stderr,
      `briefing: internal error: the imported briefing does not load (${check.problems[0]?.message ?? 'unknown'}); please report it\n`,
    );
    return ExitCode.internal;
  }
  if (output === undefined) {
    await writeAll(process.stdout, text);
    return ExitCode.ok;
  }
  return writeNew(output, text);
}

/** Writes a file that must not exist yet (an editor's curated briefing is never overwritten), atomically. */
async function writeNew(file: string, text: string): Promise<number> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const handle = await open(file, 'wx');
    await handle.close();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const [message, hint] =
      code === 'EEXIST'
        ? ['already exists', 'choose another name, or remove it first']
        : [`cannot be written (${code ?? 'error'})`, 'check the directory and its permissions'];
    await writeAll(process.stderr, line(file, message, hint));
    return code === 'EEXIST' ? ExitCode.usage : ExitCode.unreadable;
  }
  try {
    const handle = await open(temporary, 'w', 0o644);
    await handle.writeFile(text);
    await handle.close();
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    await unlink(file).catch(() => {});
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    await writeAll(
      process.stderr,
      line(file, `cannot be written (${code})`, 'check the directory and its permissions'),
    );
    return ExitCode.unreadable;
  }
  await writeAll(process.stderr, `${file}: written; check it with \`briefing check ${file}\`\n`);
  return ExitCode.ok;
}
