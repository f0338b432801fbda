import { invalidRequest } from './errors/factories.js'
import type { Middleware } from './middleware.js'
import { type AppAttribution, DEFAULT_TIMEOUTS, type TelemetryMetadata, type Timeouts } from './options.js'

// Options are checked where they are given (createClient, each call), before any I/O, and the
// error names the field. A bad value is never echoed when it may be a secret.

export function checkBaseURL(value: unknown, field: string): string {
  let url: URL | undefined
  try {
    url = typeof value === 'string' ? new URL(value) : undefined
  } catch {
    url = undefined
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    const got = typeof value === 'string' ? JSON.stringify(value.slice(0, 200)) : typeof value
    throw invalidRequest(`${field} must be an absolute http(s) URL, got ${got}`)
  }
  return url.href.replace(/\/+$/, '')
}

export function checkKey(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined
  // The value itself is never echoed: it may be a real key in the wrong place.
  if (typeof value !== 'string' || value.trim() === '')
    throw invalidRequest(`${field} must be a non-empty string`)
  return value
}

// What an HTTP header value may hold: Latin-1 without control characters (no CR or LF).
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/
const HEADER_RULE = 'must be Latin-1 text without line breaks (an HTTP header value)'

export function checkHeaders(value: unknown, field: string): Record<string, string> | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'object' || value === null)
    throw invalidRequest(`${field} must be an object of strings`)
  for (const [name, header] of Object.entries(value)) {
    if (typeof header !== 'string') throw invalidRequest(`${field}.${name} must be a string`)
    if (!HEADER_VALUE.test(header)) throw invalidRequest(`${field}.${name} ${HEADER_RULE}`)
  }
  return value as Record<string, string>
}

export function checkTimeouts(value: unknown, field: string): Timeouts | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'object' || value === null) throw invalidRequest(`${field} must be an object`)
  const timeouts: Timeouts = {}
  for (const [name, ms] of Object.entries(value)) {
    if (ms === undefined) continue
    // Own keys only: `constructor` or `toString` must not pass for a timeout name.
    if (!Object.hasOwn(DEFAULT_TIMEOUTS, name) && name !== 'totalMs')
      throw invalidRequest(`${field}.${name} is not a timeout`)
    if (typeof ms !== 'number' || !(ms > 0))
      throw invalidRequest(`${field}.${name} must be a positive number of ms`)
    timeouts[name as keyof Timeouts] = ms
  }
  return timeouts
}

export function checkMiddleware(middleware: unknown, field: string): Middleware[] {
  if (middleware === undefined) return []
  if (!Array.isArray(middleware)) throw invalidRequest(`${field} must be an array of functions`)
  middleware.forEach((entry, index) => {
    if (typeof entry !== 'function')
      throw invalidRequest(`${field}[${index}] must be a function, got ${typeof entry}`)
  })
  return middleware
}

export function checkSignal(value: unknown, field: string): AbortSignal | undefined {
  if (value === undefined) return undefined
  const isSignal =
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AbortSignal).aborted === 'boolean' &&
    typeof (value as AbortSignal).addEventListener === 'function'
  if (!isSignal) throw invalidRequest(`${field} must be an AbortSignal`)
  return value as AbortSignal
}

export function checkTelemetry(value: unknown, field: string): TelemetryMetadata | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalidRequest(`${field} must be an object of strings, numbers and booleans`)
  for (const [name, item] of Object.entries(value)) {
    if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean')
      throw invalidRequest(`${field}.${name} must be a string, a number or a boolean`)
  }
  return value as TelemetryMetadata
}

/** The attribution headers of `app`: OpenRouter's names (`X-Title` is the legacy one). */
export function appHeaders(value: unknown, field: string): Record<string, string> {
  if (value === undefined) return {}
  if (typeof value !== 'object' || value === null) throw invalidRequest(`${field} must be an object`)
  const { name, url } = value as AppAttribution
  const headers: Record<string, string> = {}
  if (name !== undefined) {
    if (typeof name !== 'string' || name.trim() === '')
      throw invalidRequest(`${field}.name must be a non-empty string`)
    if (!HEADER_VALUE.test(name)) throw invalidRequest(`${field}.name ${HEADER_RULE}`)
    headers['x-openrouter-title'] = name
  }
  if (url !== undefined) headers['http-referer'] = checkBaseURL(url, `${field}.url`)
  return headers
}
