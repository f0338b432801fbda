import { OpenRouterError } from '@orsdk/transport'
import * as v from 'valibot'

type Issue = v.BaseIssue<unknown>
type PathItem = NonNullable<Issue['path']>[number]
type AnySchema = v.GenericSchema<unknown, unknown>

const CONFIG = { abortEarly: true } as const

/**
 * Checks params against a schema before any I/O; throws `invalid_request` whose message
 * names the call and the field path of the first problem, e.g. `speak: text: must not be empty`.
 */
export function checkParams(schema: AnySchema, params: unknown, context: string): void {
  const result = v.safeParse(schema, params, CONFIG)
  if (result.success) return
  const { issue, path } = deepest(result.issues[0], [])
  const where = formatPath(path)
  // A missing key reads better as "is required" than valibot's "Invalid key: Expected ...".
  const message = issue.kind === 'schema' && issue.received === 'undefined' ? 'is required' : issue.message
  throw new OpenRouterError(`${context}: ${where === '' ? 'params' : where}: ${message}`, {
    kind: 'invalid_request',
  })
}

/** A non-empty string field. */
export const nonEmptyString = (what = 'must be a string') =>
  v.pipe(v.string(what), v.nonEmpty('must not be empty'))

/** An optional non-empty string field. */
export const optionalString = () => v.optional(nonEmptyString())

/** A union reports nested issues relative to itself: the longest path names the field. */
function deepest(issue: Issue, prefix: PathItem[]): { issue: Issue; path: PathItem[] } {
  let best = { issue, path: [...prefix, ...(issue.path ?? [])] }
  for (const nested of issue.issues ?? []) {
    const candidate = deepest(nested, best.path)
    if (candidate.path.length > best.path.length) best = candidate
  }
  return best
}

/** `timestamp_granularities.1` as `timestamp_granularities[1]`. */
function formatPath(path: PathItem[]): string {
  let text = ''
  for (const item of path) {
    const key = item.key
    text += typeof key === 'number' ? `[${key}]` : text === '' ? String(key) : `.${String(key)}`
  }
  return text
}
