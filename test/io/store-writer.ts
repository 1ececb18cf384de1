/**
 * A child process of the store test: saves one record per reader named on its command line, all at
 * once, then a second update of each, and prints `done` or the first warning.
 */
import { openFileStore } from '../../source/io/store-files.js';

const [dir = '', briefing = '', ...readers] = process.argv.slice(2);
const store = openFileStore(dir);
const first = await Promise.all(
  readers.map((reader, i) =>
    store.save(reader, briefing, {
      place: { briefingId: 'talks', anchor: i, itemKind: 'section', itemId: reader },
      seen: { [`section:${reader}`]: { h: 'a', s: ['x'] } },
    }),
  ),
);
const second = await Promise.all(
  readers.map((reader) => store.save(reader, briefing, { seen: { 'player:p': { h: reader, s: [] } } })),
);
const warning = [...first, ...second].find((w) => w !== undefined);
process.stdout.write(warning ?? 'done');
