// Replaced at build time (tsup `define`, and vitest's for the tests) with package.json's version.
declare const __ORSDK_TRANSPORT_VERSION__: string

/** This package's version, for the `User-Agent` the SDK sends. */
export const TRANSPORT_VERSION: string = __ORSDK_TRANSPORT_VERSION__
