import { Text } from 'ink';
import wrapAnsi from 'wrap-ansi';

/** Props of {@link TooSmall}. */
export interface TooSmallProps {
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
}

/** What a terminal below the minimum size shows: one message, cut to fit even at 20x5 or less. */
export function TooSmall({ width, height, minWidth, minHeight }: TooSmallProps) {
  const message = `terminal too small (${minWidth}x${minHeight} needed)`;
  const lines = wrapAnsi(message, Math.max(1, width), { hard: true })
    .split('\n')
    .slice(0, Math.max(1, height));
  return <Text>{lines.join('\n')}</Text>;
}
