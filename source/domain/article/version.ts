/**
 * The derivation engine's version: part of every cache key, so a derivation cached by an older engine
 * is never reused. Raise it whenever a rule changes what is derived.
 */
export const ENGINE_VERSION = 1;
