import type { Place } from '../domain/types.js';
import type { ReaderRecord, ReaderStore, SeenItem } from './store.js';

/** A briefing as the book knows it: its id in the session, and the key its state is stored under. */
export interface BookBriefing {
  readonly id: string;
  /** A file's absolute path (local reader), or the briefing id (SSH). */
  readonly key: string;
}

/**
 * One reader's state for a session: the records of its briefings, loaded before it starts (the
 * session reads them synchronously), and saves as it goes, each merged into the store. Saving never
 * throws; `flush` waits for every save and gives the warnings.
 */
export interface ReaderBook {
  /** What was stored of each briefing when the session started, by id. */
  readonly records: Readonly<Record<string, ReaderRecord | undefined>>;
  /** Warnings from loading (a corrupt record was ignored). */
  readonly warnings: readonly string[];
  get(briefingId: string): Place | undefined;
  put(place: Place): void;
  /** Items seen, merged into the stored ones; `keep` drops stored items the briefing no longer has. */
  saveSeen(briefingId: string, seen: Readonly<Record<string, SeenItem>>, keep?: readonly string[]): void;
  /** Briefings that appeared in a new version of the library (their state is not loaded: they start fresh). */
  add(briefings: readonly BookBriefing[]): void;
  flush(): Promise<string[]>;
}

/** Opens a reader's book over the store; `resume: false` starts at no saved place (but still saves). */
export async function openReaderBook(
  store: ReaderStore,
  reader: string,
  briefings: readonly BookBriefing[],
  options: {
    readonly resume?: boolean;
    readonly now?: () => number;
    /** Briefings are stored by their ids (SSH): one that appears later is saved under its id. */
    readonly byId?: boolean;
  } = {},
): Promise<ReaderBook> {
  const now = options.now ?? Date.now;
  const keys = new Map(briefings.map((b) => [b.id, b.key]));
  const loaded = await Promise.all(briefings.map((b) => store.load(reader, b.key)));
  const records: Record<string, ReaderRecord | undefined> = {};
  const places = new Map<string, Place>();
  const warnings: string[] = [];
  briefings.forEach((b, i) => {
    const { record, warning } = loaded[i] ?? { record: undefined };
    if (warning !== undefined) warnings.push(warning);
    records[b.id] = record;
    if (record?.place !== undefined && options.resume !== false) places.set(b.id, record.place);
  });
  const pending = new Set<Promise<string | undefined>>();
  const saveWarnings: string[] = [];
  const save = (id: string, update: Parameters<ReaderStore['save']>[2]) => {
    const key = keys.get(id) ?? (options.byId === true ? id : undefined);
    if (key === undefined) return;
    const done = store.save(reader, key, update);
    pending.add(done);
    void done.then((warning) => {
      pending.delete(done);
      if (warning !== undefined && !saveWarnings.includes(warning)) saveWarnings.push(warning);
    });
  };
  return {
    records,
    warnings,
    get: (id) => places.get(id),
    put(place) {
      places.set(place.briefingId, place);
      save(place.briefingId, { place, readAt: now() });
    },
    saveSeen(id, seen, keep) {
      save(id, keep === undefined ? { seen, readAt: now() } : { seen, keep, readAt: now() });
    },
    add(more) {
      for (const b of more) if (!keys.has(b.id)) keys.set(b.id, b.key);
    },
    async flush() {
      while (pending.size > 0) await Promise.all([...pending]);
      return saveWarnings;
    },
  };
}
