/** Shaped like a real key (`sk-or-v1-` + 64 hex), so any leak of it is caught by the sweeps. */
export const TEST_KEY = `sk-or-v1-${'0123456789abcdef'.repeat(4)}`

/** The parts of a key worth searching for: the whole key, and its secret tail alone. */
export function secretNeedles(key: string): string[] {
  return [key, key.replace(/^sk-or-v1-/, '')]
}
