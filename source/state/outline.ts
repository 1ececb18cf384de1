/**
 * The sections as a tree: every heading level is a node (docs/format.md, "The outline"), nested by
 * `Section.parent`. Built once per briefing: each node's level, children and path, for the sections list
 * (indent, collapse), the footer (`API › Client › Client events`) and a node's "Contents".
 */

import { lookupOf } from '../domain/lookup.js';
import type { Briefing, Section } from '../domain/types.js';

/** One node of the outline. */
export interface OutlineNode {
  readonly section: Section;
  /** Row in the sections list (`briefing.sections`). */
  readonly index: number;
  /** How many ancestors it has: 0 at the top level. */
  readonly level: number;
  /** The rows of its children, in order. */
  readonly children: readonly number[];
  /** The row of its parent, or -1 at the top level. */
  readonly parent: number;
}

const outlines = new WeakMap<Briefing, readonly OutlineNode[]>();

/** The outline of a briefing, node by node in document order (the sections list's order). */
export function outlineOf(briefing: Briefing): readonly OutlineNode[] {
  const cached = outlines.get(briefing);
  if (cached !== undefined) return cached;
  const { sections } = lookupOf(briefing);
  const parents = briefing.sections.map((section) =>
    section.parent === undefined ? -1 : sections.indexOf(section.parent),
  );
  const children = briefing.sections.map((): number[] => []);
  const levels: number[] = [];
  parents.forEach((parent, index) => {
    // A parent comes before its children; anything else (a hand-built briefing) is read as top level.
    const valid = parent >= 0 && parent < index;
    levels.push(valid ? (levels[parent] ?? 0) + 1 : 0);
    if (valid) children[parent]?.push(index);
    else parents[index] = -1;
  });
  const nodes = briefing.sections.map((section, index) => ({
    section,
    index,
    level: levels[index] ?? 0,
    children: children[index] ?? [],
    parent: parents[index] ?? -1,
  }));
  outlines.set(briefing, nodes);
  return nodes;
}

/** The node of a section, or undefined when the briefing has no such section. */
export function outlineNode(briefing: Briefing, sectionId: string): OutlineNode | undefined {
  const index = lookupOf(briefing).sections.indexOf(sectionId);
  return index < 0 ? undefined : outlineOf(briefing)[index];
}

/** A section's children, in order. */
export function childSections(briefing: Briefing, sectionId: string): Section[] {
  const nodes = outlineOf(briefing);
  return (outlineNode(briefing, sectionId)?.children ?? []).flatMap((row) => {
    const child = nodes[row];
    return child === undefined ? [] : [child.section];
  });
}

/** The titles from the top level down to the section itself: `['API', 'Client', 'Client events']`. */
export function sectionPath(briefing: Briefing, sectionId: string): string[] {
  const nodes = outlineOf(briefing);
  const path: string[] = [];
  let node = outlineNode(briefing, sectionId);
  // Bounded by the number of sections: parents always come first, so the walk only goes up.
  for (let steps = 0; node !== undefined && steps <= nodes.length; steps++) {
    path.unshift(node.section.title || 'Opening');
    node = node.parent < 0 ? undefined : nodes[node.parent];
  }
  return path;
}
