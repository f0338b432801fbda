import type { OpenRouterError } from '@orsdk/transport'
import { invalidRequest } from '@orsdk/transport/protocol'
import type { CodeChallengeMethod } from '../code-challenge.js'

/**
 * How a bad value is quoted in a message: strings (shortened) as JSON, anything else by its
 * type, so quoting never throws (a BigInt, an object without a prototype).
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return value === null ? 'null' : typeof value
}

/** A bad-input error, thrown before any I/O. */
export function invalidInput(message: string): OpenRouterError {
  return invalidRequest(message)
}

// RFC 7636 section 4.1: code-verifier = 43*128unreserved, unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~".
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/

/**
 * Throws unless `value` is an RFC 7636 verifier. The message never echoes the value: it
 * is a secret of the flow.
 */
export function checkVerifier(value: unknown, where: string): string {
  if (typeof value !== 'string') throw invalidInput(`${where}: must be a string`)
  if (value.length < 43 || value.length > 128)
    throw invalidInput(`${where}: must be 43 to 128 characters (RFC 7636), got ${value.length}`)
  if (!VERIFIER.test(value))
    throw invalidInput(`${where}: may only contain A-Z a-z 0-9 - . _ ~ (RFC 7636 unreserved characters)`)
  return value
}

/** Throws unless `value` is `'S256'` or `'plain'`; `undefined` passes. */
export function checkMethod(value: unknown, where: string): CodeChallengeMethod | undefined {
  if (value === undefined || value === 'S256' || value === 'plain') return value
  throw invalidInput(`${where}: must be 'S256' or 'plain', got ${describeValue(value)}`)
}
