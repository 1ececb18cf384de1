/** The messages of the faults faulty-reader.ts plants, for restore.test.ts to look for on the screen. */
export const FAULTS = {
  search: 'planted fault: the search index is gone',
  render: 'planted fault: the title cannot be read',
} as const;

/** Where a fault is planted: `search` (a key handler) or `render` (a component while rendering). */
export type FaultMode = keyof typeof FAULTS;
