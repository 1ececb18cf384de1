/**
 * The links written in a section's Markdown, as the reader follows them: an in-document anchor resolved
 * to its section, a relative link to a file as the library names files, a web address. Their text is the
 * text the renderer shows (render/links.ts), so each can be placed in the rendered lines.
 */

import { resolveAnchor } from '../domain/anchors.js';
import { lookupOf } from '../domain/lookup.js';
import type { Briefing } from '../domain/types.js';
import { type LinkDestination, markdownLinks } from '../render/links.js';
import type { LinkTarget, ReaderLink } from './composer.js';

/** The stream (locate.ts) of a section's own links: placed apart from its names, which come in offset order. */
const LINKS_STREAM = 'links';

/** The folder part of a path (`docs/a.md` → `docs/`), empty for a bare file name. */
function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash + 1);
}

/** A path with `.` and `..` steps worked out (`docs/../README.md` → `README.md`); a leading `..` stays. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else if (part !== '..' || !absolute) parts.push(part);
  }
  return (absolute ? '/' : '') + parts.join('/');
}

/** Where a link of a section of `briefing` leads. */
export function linkTarget(briefing: Briefing, destination: LinkDestination): LinkTarget | undefined {
  switch (destination.kind) {
    case 'anchor':
      return {
        kind: 'anchor',
        fragment: destination.fragment,
        sectionId: resolveAnchor(briefing, destination.fragment),
      };
    case 'file': {
      const path = destination.path.startsWith('/')
        ? destination.path
        : folderOf(briefing.file) + destination.path;
      return { kind: 'file', path: normalizePath(path), fragment: destination.fragment };
    }
    case 'url':
      return { kind: 'url', url: destination.url };
    case 'none':
      return undefined;
  }
}

/** What a link leads to, in words, for hints. */
function targetLabel(briefing: Briefing, target: LinkTarget, text: string): string {
  switch (target.kind) {
    case 'anchor':
      return target.sectionId === undefined
        ? `#${target.fragment}`
        : (lookupOf(briefing).sections.get(target.sectionId)?.title ?? target.sectionId);
    case 'file':
      return target.path;
    case 'url':
      return target.url;
    default:
      return text;
  }
}

/** The links written in a section's Markdown (in-document, to other files, to the web), in reading order. */
export function textLinks(briefing: Briefing, markdown: string): ReaderLink[] {
  return markdownLinks(markdown).flatMap((link) => {
    const target = linkTarget(briefing, link.destination);
    if (target === undefined) return [];
    return [
      { text: link.text, target, label: targetLabel(briefing, target, link.text), stream: LINKS_STREAM },
    ];
  });
}
