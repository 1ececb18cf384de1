import { Chalk } from 'chalk';
import type { Briefing, Derived } from '../domain/types.js';
import { tokenize } from '../render/ansi.js';
import { renderMarkdown } from '../render/markdown.js';
import type { Theme } from '../render/theme.js';
import { newCarry, wrapPieces } from '../render/wrap.js';

/**
 * `--print`: the whole briefing as linear text, for pipes, scripts and screen readers. Everything a
 * reader can reach through the panels is here, in panel order, with cross-references spelled out.
 */
export function printBriefing(briefing: Briefing, derived: Derived, width: number, theme: Theme): string {
  const style = new Chalk({ level: theme.colorLevel });
  const bullet = theme.ascii ? '-' : '•';
  const dash = theme.ascii ? '-' : '—';
  const out: string[] = [];
  const sectionTitle = new Map(briefing.sections.map((s) => [s.id, s.title]));
  const playerName = new Map(briefing.players.map((p) => [p.id, p.name]));

  /**
   * Adds `text` (styled or not) wrapped to the width: the first row indented by `indent`, the rows
   * after it by `indent + hang` (under the text after a bullet or a number). A word longer than a row
   * is cut between characters. Each row opens and closes its own styling.
   */
  const wrapped = (text: string, indent = 0, hang = 0) => {
    const lead = indent < width ? indent : 0;
    const rest = ' '.repeat(lead + hang < width ? lead + hang : 0);
    for (const part of text.split('\n')) {
      const hanging = { prefixEnd: lead, decoration: lead, styled: rest, plain: rest };
      for (const row of wrapPieces(tokenize(' '.repeat(lead) + part), width, hanging, newCarry())) {
        out.push(row.styled);
      }
    }
  };
  const heading = (text: string) => {
    out.push('');
    wrapped(style.bold.underline(text.toUpperCase()));
    out.push('');
  };

  const { meta } = briefing;
  wrapped(style.bold(meta.title));
  const facts = [
    meta.dateline,
    meta.date,
    meta.importance === 'normal' ? '' : `${meta.importance} importance`,
  ];
  const factLine = facts.filter(Boolean).join(theme.ascii ? ' - ' : ' · ');
  if (factLine) wrapped(factLine);
  if (meta.summary) {
    out.push('');
    wrapped(meta.summary);
  }
  if (meta.sources.length > 0) {
    out.push('');
    for (const source of meta.sources) wrapped(`Source: ${source}`);
  }

  heading('Sections');
  const numbers = outlineNumbers(briefing);
  briefing.sections.forEach((section, index) => {
    if (index > 0) out.push('');
    const outline = numbers[index] ?? `${index + 1}`;
    const number = outline.includes('.') ? `${outline} ` : `${outline}. `;
    wrapped(style.bold(`${number}${section.title}`), 0, number.length);
    out.push(...renderMarkdown(section.markdown, width, theme).lines);
  });

  if (briefing.players.length > 0) {
    heading('Key players');
    for (const player of briefing.players) {
      const tags = [player.role, player.side ? `[${player.side}]` : ''].filter(Boolean).join(' ');
      wrapped(tags ? `${style.bold(player.name)} ${dash} ${tags}` : style.bold(player.name), 0, 2);
      if (player.aliases.length > 0) wrapped(`Also: ${player.aliases.join(', ')}`, 2);
      if (player.description) wrapped(player.description, 2);
      const mentions = derived.mentions.get(player.id) ?? [];
      if (mentions.length > 0) {
        out.push('  Mentioned in:');
        for (const mention of mentions) {
          wrapped(
            `${bullet} ${sectionTitle.get(mention.sectionId) ?? mention.sectionId}: ${mention.sentence}`,
            4,
            2,
          );
        }
      }
      out.push('');
    }
    out.pop();
  }

  if (briefing.issues.length > 0) {
    heading('Open issues');
    for (const issue of briefing.issues) {
      wrapped(`${style.bold(issue.title)} [${issue.status}]`);
      if (issue.summary) wrapped(issue.summary, 2);
      for (const { party, position } of issue.positions) wrapped(`${bullet} ${party}: ${position}`, 2, 2);
      const sections = issue.sections.map((id) => sectionTitle.get(id) ?? id);
      if (sections.length > 0) wrapped(`Sections: ${sections.join('; ')}`, 2);
      const players = issue.players.map((id) => playerName.get(id) ?? id);
      if (players.length > 0) wrapped(`Players: ${players.join(', ')}`, 2);
      out.push('');
    }
    out.pop();
  }

  if (briefing.timeline.length > 0) {
    heading('Timeline');
    for (const entry of briefing.timeline) {
      const where = entry.section ? ` (${sectionTitle.get(entry.section) ?? entry.section})` : '';
      wrapped(`${bullet} ${entry.when} ${dash} ${entry.what}${where}`, 0, 2);
    }
  }

  if (briefing.figures.length > 0) {
    heading('Figures');
    for (const figure of briefing.figures) {
      const where = figure.section ? ` (${sectionTitle.get(figure.section) ?? figure.section})` : '';
      const context = figure.context ? `: ${figure.context}` : '';
      wrapped(`${bullet} ${figure.value} ${dash} ${figure.label}${context}${where}`, 0, 2);
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * Each section's number in the outline: `3` at the top level, `3.2` for the second section nested in the
 * third, so a printed README keeps its tree (a section's parent always comes before it).
 */
function outlineNumbers(briefing: Briefing): string[] {
  const numberOf = new Map<string, string>();
  const childrenOf = new Map<string | undefined, number>();
  return briefing.sections.map((section) => {
    const parent = section.parent !== undefined && numberOf.has(section.parent) ? section.parent : undefined;
    const count = (childrenOf.get(parent) ?? 0) + 1;
    childrenOf.set(parent, count);
    const number = parent === undefined ? `${count}` : `${numberOf.get(parent)}.${count}`;
    numberOf.set(section.id, number);
    return number;
  });
}
