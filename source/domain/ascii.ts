/**
 * A briefing in ASCII, for `--ascii` and for terminals whose locale is not UTF-8: every text a person
 * reads is transliterated (`’` to `'`, `“”` to `"`, `—` to `-`, `…` to `...`, `Київ` to `Kiiv`) before
 * it is laid out, so widths, wrapping, search and mentions all work on what is shown. Ids and the file
 * path stay as they are: they are keys (reading places, `ssh id@host`, links between items), not text.
 * A heading's GitHub anchor is transliterated like the links in the text that point at it.
 */
import type { Briefing } from './types.js';

/** Unicode text to ASCII; any-ascii in the program, passed in so the core stays free of I/O and loading. */
export type Transliterate = (text: string) => string;

export function asciiBriefing(briefing: Briefing, transliterate: Transliterate): Briefing {
  const t = transliterate;
  const { meta } = briefing;
  return {
    ...briefing,
    meta: {
      ...meta,
      title: t(meta.title),
      dateline: t(meta.dateline),
      summary: t(meta.summary),
      sources: meta.sources.map(t),
    },
    sections: briefing.sections.map((section) => ({
      ...section,
      title: t(section.title),
      markdown: t(section.markdown),
      // Links to a heading are transliterated with the text that holds them, so its anchor is too.
      ...(section.anchor === undefined ? {} : { anchor: t(section.anchor) }),
    })),
    players: briefing.players.map((player) => ({
      ...player,
      name: t(player.name),
      aliases: player.aliases.map(t),
      role: t(player.role),
      side: t(player.side),
      description: t(player.description),
    })),
    issues: briefing.issues.map((issue) => ({
      ...issue,
      title: t(issue.title),
      summary: t(issue.summary),
      positions: issue.positions.map(({ party, position }) => ({ party: t(party), position: t(position) })),
    })),
    timeline: briefing.timeline.map((entry) => ({ ...entry, when: t(entry.when), what: t(entry.what) })),
    figures: briefing.figures.map((figure) => ({
      ...figure,
      value: t(figure.value),
      label: t(figure.label),
      context: t(figure.context),
    })),
  };
}
