import { helpSections } from '../input/help.js';
import { SCOPE_TITLES, type Scope } from '../input/keymap.js';
import type { ReducerContext } from '../state/context.js';
import type { AppState } from '../state/state.js';
import { HelpOverlay } from './help-overlay.js';
import type { UiStyles } from './styles.js';

const ALL_SCOPES = Object.keys(SCOPE_TITLES) as Scope[];

/** Props of {@link HelpScreen}. */
export interface HelpScreenProps {
  readonly ctx: ReducerContext;
  readonly state: AppState;
  readonly styles: UiStyles;
}

/** The key help over the whole screen: every binding, but the picker's when there is no picker. */
export function HelpScreen({ ctx, state, styles }: HelpScreenProps) {
  const layout = ctx.layout(state.viewport);
  const scopes = ctx.library.length > 1 ? undefined : ALL_SCOPES.filter((scope) => scope !== 'picker');
  return (
    <HelpOverlay
      sections={helpSections(scopes, undefined, ctx.theme.ascii)}
      width={layout.width}
      titleWidth={layout.helpTitle.width}
      rows={layout.help.height}
      styles={styles}
    />
  );
}
