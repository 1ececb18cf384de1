/** What each command does to the state: one action per command, whatever the context. */

import type { Action } from '../state/actions.js';
import type { CommandId } from './keymap.js';

const ACTIONS: Readonly<Record<CommandId, Action>> = {
  quit: { type: 'quit' },
  help: { type: 'help', open: true },
  'close-help': { type: 'help', open: false },
  down: { type: 'move', by: 1 },
  up: { type: 'move', by: -1 },
  'page-down': { type: 'page', dir: 1 },
  'page-up': { type: 'page', dir: -1 },
  'half-down': { type: 'page', dir: 1, half: true },
  'half-up': { type: 'page', dir: -1, half: true },
  first: { type: 'edge', to: 'start' },
  last: { type: 'edge', to: 'end' },
  open: { type: 'open' },
  back: { type: 'back' },
  'focus-next': { type: 'focus', dir: 1 },
  'focus-prev': { type: 'focus', dir: -1 },
  overview: { type: 'overview' },
  'panel-sections': { type: 'panel', panel: 'sections' },
  'panel-players': { type: 'panel', panel: 'players' },
  'panel-issues': { type: 'panel', panel: 'issues' },
  'panel-timeline': { type: 'panel', panel: 'timeline' },
  'panel-figures': { type: 'panel', panel: 'figures' },
  'node-expand': { type: 'node', dir: 1 },
  'node-collapse': { type: 'node', dir: -1 },
  'section-prev': { type: 'section-step', dir: -1 },
  'section-next': { type: 'section-step', dir: 1 },
  'open-url': { type: 'open-url' },
  'code-wrap': { type: 'code-wrap' },
  'code-left': { type: 'code-shift', dir: -1 },
  'code-right': { type: 'code-shift', dir: 1 },
  'link-next': { type: 'link-step', dir: 1 },
  'link-prev': { type: 'link-step', dir: -1 },
  'history-back': { type: 'history', dir: 'back' },
  'history-forward': { type: 'history', dir: 'forward' },
  search: { type: 'search-start' },
  'search-next': { type: 'search-step', dir: 1 },
  'search-prev': { type: 'search-step', dir: -1 },
  'search-confirm': { type: 'search-confirm' },
  'search-cancel': { type: 'search-cancel' },
  'search-delete': { type: 'search-delete' },
  changes: { type: 'changes' },
  'mark-read': { type: 'mark-read' },
};

/** The action a command dispatches. The reducer reads the focus and screen to apply it. */
export function commandToAction(id: CommandId): Action {
  return ACTIONS[id];
}
