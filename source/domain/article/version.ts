/**
 * The derivation engine's version: part of every cache key, so a derivation cached by an older engine
 * is never reused. Raise it whenever a rule changes what is derived; test/article/engine-version.test.ts
 * fails until it is raised and ENGINE_SOURCE records the engine it was raised for.
 */
export const ENGINE_VERSION = 14;

/** The SHA-256 of the engine's files (all of this directory but this file) at ENGINE_VERSION. */
export const ENGINE_SOURCE = '355b9f282f73811d884ea94723fab529485d86e68ade0144e4812dbc0026aa68';
