/**
 * The caches of derived values the state computes again on every key press: a value made once per
 * owner (a briefing's context, a read state, a rendering) and key, and forgotten with the owner. An
 * object key is held weakly too, so a cached value does not keep an old briefing alive.
 */

interface Store<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
  set(key: K, value: V): unknown;
}

/** A cache of `make()` by owner and key; `make` runs once per pair (an undefined value is kept too). */
export function memoByKey<O extends object, K, V>(): (owner: O, key: K, make: () => V) => V {
  const byOwner = new WeakMap<O, Store<K, V>>();
  return (owner, key, make) => {
    let byKey = byOwner.get(owner);
    if (byKey === undefined) {
      byKey = (typeof key === 'object' && key !== null ? new WeakMap() : new Map()) as Store<K, V>;
      byOwner.set(owner, byKey);
    }
    if (byKey.has(key)) return byKey.get(key) as V;
    const value = make();
    byKey.set(key, value);
    return value;
  };
}
