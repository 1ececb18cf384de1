/**
 * The derivation engine's version: part of every cache key, so a derivation cached by an older engine
 * is never reused. Raise it whenever a rule changes what is derived; test/article/engine-version.test.ts
 * fails until it is raised and ENGINE_SOURCE records the engine it was raised for.
 */
export const ENGINE_VERSION = 15;

/** The SHA-256 of the engine's files (all of this directory but this file) at ENGINE_VERSION. */
export const ENGINE_SOURCE = '5d434e5082296c24ffeedd7144d8a3e0c5f177d8e59e30fcb27ee5d190f8f1e0';
