import { Text } from 'ink';
import type { BriefingMeta } from '../domain/types.js';
import { fitWidth } from './fit.js';
import type { UiStyles } from './styles.js';

/** Props of {@link Header}. */
export interface HeaderProps {
  readonly meta: BriefingMeta;
  readonly width: number;
  readonly styles: UiStyles;
}

/** The top row: title, dateline and date, and the importance when it is above normal. */
export function Header({ meta, width, styles }: HeaderProps) {
  const { dot } = styles.symbols;
  const facts = [meta.dateline, meta.date].filter(Boolean).join(` ${dot} `);
  const importance =
    meta.importance === 'normal' ? '' : ` ${styles.importance(`[${meta.importance.toUpperCase()}]`)}`;
  const line = `${styles.accent(meta.title)}${importance}${facts ? styles.dim(` ${dot} ${facts}`) : ''}`;
  return <Text wrap="truncate-end">{fitWidth(line, width, styles.symbols.ellipsis)}</Text>;
}
