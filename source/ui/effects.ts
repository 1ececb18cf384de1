/**
 * The one place where a change of state reaches outside the state: telling the host, saving the
 * place of a briefing that is left, quitting, resuming a briefing picked from the library, handing a
 * web link to the transport. No React
 * here: the hooks call it, and its rules can be read in one screen.
 */

import type { Action } from '../state/actions.js';
import type { ReducerContext } from '../state/context.js';
import { type ReadBook, seenChanges } from '../state/reads.js';
import { type PlaceBook, placeLeft, placeOf } from '../state/session.js';
import type { AppState, WebLinkEffect } from '../state/state.js';

/** What the host of a reader session offers it. */
export interface EffectHost {
  /** Saved reading places: read when a briefing is picked, written when one is left. */
  readonly places?: PlaceBook | undefined;
  /** What the reader has seen of each item: saved as items are read. */
  readonly reads?: ReadBook | undefined;
  /** Every state the reader settles in, for a host that must know the place if the session is cut short. */
  readonly onState?: ((state: AppState) => void) | undefined;
  /** Ends the session (Ink's `exit`). */
  readonly exit: () => void;
  /**
   * Opens or copies a web link (the transport's own way: the system's opener locally, OSC 52 over
   * SSH); returns a one-line message when it could not.
   */
  readonly webLink?: ((effect: WebLinkEffect) => string | undefined) | undefined;
}

/** What follows a change of state, given the state before and after it; an action to apply next, if any. */
export function afterChange(
  ctx: ReducerContext,
  host: EffectHost,
  previous: AppState,
  next: AppState,
): Action | undefined {
  host.onState?.(next);
  if (host.reads !== undefined && previous.reads !== next.reads) {
    for (const { id, seen, keep } of seenChanges(previous.reads, next.reads))
      host.reads.saveSeen(id, seen, keep);
  }
  const place = placeLeft(ctx, previous, next);
  if (place !== undefined) host.places?.put(place);
  if (next.quit && !previous.quit) {
    host.exit();
    return undefined;
  }
  if (next.effect !== undefined && next.effect !== previous.effect) {
    const problem = host.webLink?.(next.effect);
    if (problem !== undefined) return { type: 'notice', text: problem };
  }
  if (previous.screen === 'picker' && next.screen === 'reader') {
    const id = ctx.library[next.briefing]?.briefing.id;
    const saved = id === undefined ? undefined : host.places?.get(id);
    if (saved !== undefined) return { type: 'restore', place: saved };
  }
  return undefined;
}

/** The session ends without quitting (a signal, a dropped client): the place is kept all the same. */
export function afterCut(ctx: ReducerContext, host: EffectHost, last: AppState): void {
  if (last.screen !== 'reader' || last.quit) return;
  const place = placeOf(ctx, last);
  if (place !== undefined) host.places?.put(place);
}
