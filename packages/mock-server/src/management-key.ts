/**
 * The emulator's convention for management keys: a bearer token starting with this prefix is a
 * management key; any other non-empty bearer is an ordinary (inference) key. OpenRouter tells them
 * apart server-side; the emulator needs a rule a test can pick.
 *
 * @example
 * ```ts
 * const admin = `${MANAGEMENT_KEY_PREFIX}test` // 'sk-or-v1-mgmt-test'
 * await fetch(`${server.baseURL}/credits`, { headers: { authorization: `Bearer ${admin}` } })
 * ```
 */
export const MANAGEMENT_KEY_PREFIX = 'sk-or-v1-mgmt-'

/** The bearer token of an Authorization header, or undefined when there is none. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = authorization === undefined ? null : /^Bearer\s+(\S+)/i.exec(authorization)
  return match?.[1]
}

/** Whether an Authorization header carries a management key. */
export function isManagementKey(authorization: string | undefined): boolean {
  return bearerToken(authorization)?.startsWith(MANAGEMENT_KEY_PREFIX) === true
}
