/**
 * Bugs this suite found, each with a failing `it.fails` test in the `test/issues/` folder of the
 * package whose bug it is. While one is
 * open, the fuzzers count its exact signature as `known:<name>` instead of failing, so they
 * still catch anything else. Remove the entry when the bug is fixed and its test flipped.
 */
// Every bug found so far is fixed (see each package's test/issues/); add an entry here while a new one is open.
const KNOWN_BUGS: { name: string; matches: (error: Error) => boolean }[] = []

/** The name of the known bug `error` is, or undefined. */
export function knownBug(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined
  return KNOWN_BUGS.find((bug) => bug.matches(error))?.name
}
