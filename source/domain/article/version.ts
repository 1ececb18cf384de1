/**
 * The derivation engine's version: part of every cache key, so a derivation cached by an older engine
 * is never reused. Raise it whenever a rule changes what is derived; test/article/engine-version.test.ts
 * fails until it is raised and ENGINE_SOURCE records the engine it was raised for.
 */
export const ENGINE_VERSION = 9;

/** The SHA-256 of the engine's files (all of this directory but this file) at ENGINE_VERSION. */
export const ENGINE_SOURCE = '7990bd939a02d5b3ec6fb59fcddde8c36c1ca48399e96628275c742d1b37b060';
