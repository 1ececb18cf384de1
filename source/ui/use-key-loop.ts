import { keyToAction } from '../input/resolve-key.js';
import { splitInput } from '../input/split-input.js';
import type { Action } from '../state/actions.js';
import type { AppState } from '../state/state.js';
import { useKeys } from './use-keys.js';

/**
 * The key loop: every key through the keymap to an action, applied at once. Typed or pasted query
 * text is applied as one action, not one per character.
 */
export function useKeyLoop(apply: (action: Action) => void, current: () => AppState): void {
  useKeys((input, key) => {
    let typed = '';
    for (const [char, charKey] of splitInput(input, key)) {
      // The latest state, not this render's: the keys of one chunk (`/Zap`) each see the mode the one
      // before them left (typing a search, help open).
      const action = keyToAction(char, charKey, current());
      if (action?.type === 'search-input') {
        typed += action.text;
        continue;
      }
      if (typed !== '') apply({ type: 'search-input', text: typed });
      typed = '';
      if (action !== undefined) apply(action);
    }
    if (typed !== '') apply({ type: 'search-input', text: typed });
  });
}
