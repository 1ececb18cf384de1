/**
 * Finding the rows of a frame that moved up or down since the last one (the reader scrolled),
 * so the terminal can move them itself (a scroll region) instead of being sent them again.
 *
 * Rows are compared as numbers (equal lines get equal ids), and a move is chosen only when it
 * saves bytes: for every shift k, a maximum-sum run (Kadane) over what each row gains or loses
 * by the move, including the k rows it leaves blank, minus the bytes of the move itself.
 */

/**
 * Rows `top`..`bottom` (0-based, inclusive) scrolled by `amount` rows: positive moves the
 * content up (`CSI S`, blank rows appear at the bottom), negative moves it down (`CSI T`).
 */
export interface ScrollMove {
  readonly top: number;
  readonly bottom: number;
  readonly amount: number;
}

/** The id every blank row has. */
export const BLANK_ID = 0;

/** At most this many moves per frame: one is the common case; more pay off when separate bands of rows moved. */
const MAX_MOVES = 3;

/**
 * The scroll moves that turn `screen` closest to `next` for the fewest bytes, in the order to
 * apply them. `cost[i]` is what writing row `i` of `next` costs; `moveCost` what a move costs.
 */
export function planScrolls(
  screen: readonly number[],
  next: readonly number[],
  cost: readonly number[],
  moveCost: (move: ScrollMove) => number,
): ScrollMove[] {
  const moves: ScrollMove[] = [];
  let current = screen;
  for (let n = 0; n < MAX_MOVES; n++) {
    const best = bestMove(current, next, cost, moveCost);
    if (best === undefined) break;
    moves.push(best);
    current = applyScroll(current, best, BLANK_ID);
  }
  return moves;
}

/** What the rows show after `move`; rows scrolled in hold `blank`. */
export function applyScroll<T>(rows: readonly T[], move: ScrollMove, blank: T): T[] {
  const result = rows.slice();
  const { top, bottom, amount } = move;
  if (amount > 0) {
    for (let i = top; i <= bottom; i++) {
      result[i] = i + amount <= bottom ? (rows[i + amount] as T) : blank;
    }
  } else {
    const shift = -amount;
    for (let i = top; i <= bottom; i++) {
      result[i] = i - shift >= top ? (rows[i - shift] as T) : blank;
    }
  }
  return result;
}

function bestMove(
  screen: readonly number[],
  next: readonly number[],
  cost: readonly number[],
  moveCost: (move: ScrollMove) => number,
): ScrollMove | undefined {
  const rows = next.length;
  const up = bestUpward(screen, next, cost, moveCost);
  // A downward move is an upward one on the rows read bottom to top.
  const reversedCost = cost.slice().reverse();
  const down = bestUpward(screen.slice().reverse(), next.slice().reverse(), reversedCost, (move) =>
    moveCost(flip(move, rows)),
  );
  const best =
    down !== undefined && (up === undefined || down.gain > up.gain) ? flip(down.move, rows) : up?.move;
  return best;
}

function flip(move: ScrollMove, rows: number): ScrollMove {
  return { top: rows - 1 - move.bottom, bottom: rows - 1 - move.top, amount: -move.amount };
}

interface Candidate {
  readonly move: ScrollMove;
  readonly gain: number;
}

function bestUpward(
  screen: readonly number[],
  next: readonly number[],
  cost: readonly number[],
  moveCost: (move: ScrollMove) => number,
): Candidate | undefined {
  const rows = next.length;
  // What each row is worth if it ends up blank, relative to now: prefix sums for the k rows a
  // move scrolls in at the bottom of its region.
  const blankGain = new Array<number>(rows + 1).fill(0);
  for (let i = 0; i < rows; i++) {
    const now = screen[i] === next[i] ? 0 : (cost[i] ?? 0);
    const after = next[i] === BLANK_ID ? 0 : (cost[i] ?? 0);
    blankGain[i + 1] = (blankGain[i] ?? 0) + now - after;
  }
  let best: Candidate | undefined;
  for (let k = 1; k < rows; k++) {
    let run = 0;
    let runStart = 0;
    for (let end = 0; end + k < rows; end++) {
      const target = next[end];
      const now = screen[end] === target ? 0 : (cost[end] ?? 0);
      const after = screen[end + k] === target ? 0 : (cost[end] ?? 0);
      const gain = now - after;
      if (run <= 0) {
        run = gain;
        runStart = end;
      } else {
        run += gain;
      }
      if (run <= 0) continue;
      const revealed = (blankGain[end + k + 1] ?? 0) - (blankGain[end + 1] ?? 0);
      const total = run + revealed;
      if (best !== undefined && total <= best.gain) continue;
      const move = { top: runStart, bottom: end + k, amount: k };
      const net = total - moveCost(move);
      if (net > 0 && (best === undefined || net > best.gain)) best = { move, gain: net };
    }
  }
  return best;
}
