import { gateAscii, loadTransliterate, type Transliterate } from '../terminal/ascii-output.js';
import { detectTerminal } from '../terminal/detect.js';

/**
 * Decides ASCII for this run: asked for (`--ascii`), or the locale is not UTF-8 (then the terminal
 * cannot show anything else, so the rule is the same). When chosen, every byte written to stdout and
 * stderr from here on is below 0x80, and the transliteration is returned for the briefings' text.
 */
export async function chooseAscii(asked: boolean): Promise<Transliterate | undefined> {
  if (detectTerminal(process.env, process.stdout, { ascii: asked }).unicode) return undefined;
  const transliterate = await loadTransliterate();
  gateAscii(process.stdout, transliterate);
  gateAscii(process.stderr, transliterate);
  return transliterate;
}
