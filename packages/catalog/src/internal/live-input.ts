import type { CallOptions } from '@orsdk/transport'
import { invalidRequest } from '@orsdk/transport/protocol'
import { describeValue } from './describe-value'

// Hand-written checks rather than valibot: the live entry stays a thin layer over transport, and
// the main entry (zero dependencies) must never pull a validator in.

/** Throws unless `options` is absent or an object; returns it with `{}` for absent. */
export function checkOptions(options: unknown, where: string): CallOptions {
  if (options === undefined) return {}
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw invalidRequest(`${where}: options: must be an object of call options`)
  return options as CallOptions
}

/** Throws unless `value` is a string with something besides whitespace. */
export function checkNonEmpty(value: unknown, where: string, hint: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw invalidRequest(`${where}: must be a non-empty string (${hint}), got ${describeValue(value)}`)
  return value
}

/** Throws unless `query` is absent or a plain object of strings. */
export function checkQuery(query: unknown, where: string): Record<string, string> {
  if (query === undefined) return {}
  if (typeof query !== 'object' || query === null || Array.isArray(query))
    throw invalidRequest(`${where}: query: must be an object of strings, got ${describeValue(query)}`)
  for (const [name, value] of Object.entries(query)) {
    if (typeof value !== 'string')
      throw invalidRequest(`${where}: query.${name}: must be a string, got ${describeValue(value)}`)
  }
  return query as Record<string, string>
}
