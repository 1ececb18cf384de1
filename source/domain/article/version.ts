/**
 * The derivation engine's version: part of every cache key, so a derivation cached by an older engine
 * is never reused. Raise it whenever a rule changes what is derived; test/article/engine-version.test.ts
 * fails until it is raised and ENGINE_SOURCE records the engine it was raised for.
 */
export const ENGINE_VERSION = 8;

/** The SHA-256 of the engine's files (all of this directory but this file) at ENGINE_VERSION. */
export const ENGINE_SOURCE = '74c110cd58cc3de457436692050376f84c620680e00fdac2ed92d165912ced58';
