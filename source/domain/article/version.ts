/**
 * The derivation engine's version: part of every cache key, so a derivation cached by an older engine
 * is never reused. Raise it whenever a rule changes what is derived; test/article/engine-version.test.ts
 * fails until it is raised and ENGINE_SOURCE records the engine it was raised for.
 */
export const ENGINE_VERSION = 3;

/** The SHA-256 of the engine's files (all of this directory but this file) at ENGINE_VERSION. */
export const ENGINE_SOURCE = '2bf4752f5d2e18ecd2a47fa0c786d256db515730a8b7f32c018f70e80dd00da0';
