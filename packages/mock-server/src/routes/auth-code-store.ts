import { randomBytes } from 'node:crypto'

/** A pending OAuth authorization code. */
export interface PendingAuthCode {
  challenge: string | undefined
  method: 'S256' | 'plain' | undefined
  createdAt: number
  limit: string | undefined
  keyLabel: string | undefined
}

const SWEEP_GRACE_MS = 60_000

/** Issued OAuth codes; no timers: expiry is checked when a code is used, and stale ones are swept on issue. */
export interface AuthCodeStore {
  issue(pending: PendingAuthCode, ttlMs: number): string
  get(code: string): PendingAuthCode | undefined
  delete(code: string): void
}

/** Creates an empty {@link AuthCodeStore}. */
export function createAuthCodeStore(): AuthCodeStore {
  const codes = new Map<string, PendingAuthCode>()
  return {
    issue(pending, ttlMs) {
      const now = Date.now()
      // Keep expired codes a while so their use still reports "expired" rather than "invalid".
      for (const [code, entry] of codes)
        if (now - entry.createdAt > ttlMs + SWEEP_GRACE_MS) codes.delete(code)
      const code = randomBytes(24).toString('base64url')
      codes.set(code, pending)
      return code
    },
    get: (code) => codes.get(code),
    delete: (code) => void codes.delete(code),
  }
}
