import { memo } from 'react';
import { footerHints } from '../input/help.js';
import { activeScopes } from '../input/resolve-key.js';
import type { ReducerContext } from '../state/context.js';
import { pathOfSection, positionText, searchStatusText } from '../state/selectors.js';
import type { AppState } from '../state/state.js';
import { Footer } from './footer.js';
import { sameProps } from './same-props.js';
import type { UiStyles } from './styles.js';

// Drawn again only when what it shows changes.
const FooterRow = memo(Footer, sameProps);

/** Props of {@link StatusFooter}. */
export interface StatusFooterProps {
  readonly ctx: ReducerContext;
  readonly state: AppState;
  readonly styles: UiStyles;
}

/** The footer of every screen: the position, the search, a notice or the hints of the keys that work here. */
export function StatusFooter({ ctx, state, styles }: StatusFooterProps) {
  return (
    <FooterRow
      position={positionText(ctx, state)}
      path={pathOfSection(ctx, state)}
      search={searchStatusText(state, styles.symbols.ellipsis)}
      notice={state.notice}
      hints={footerHints(activeScopes(state), undefined, ctx.theme.ascii)}
      width={ctx.layout(state.viewport).footer.width}
      styles={styles}
    />
  );
}
