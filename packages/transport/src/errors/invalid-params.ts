import { invalidRequest } from './factories.js'
import type { OpenRouterError } from './openrouter-error.js'

/** The parts of a schema issue the message is built from; valibot's `BaseIssue` fits it. */
export interface ParamsIssue {
  kind?: string
  message: string
  received?: string
  path?: readonly { key: unknown }[]
  issues?: readonly ParamsIssue[]
}

/**
 * The `invalid_request` error for params a schema rejected, thrown before any I/O. It names the
 * call and the field path of the deepest issue (`chat: messages[2].content: ...`): a union
 * reports its options' issues nested under itself, and the longest path names the field.
 *
 * @example
 * const result = v.safeParse(ChatParamsSchema, params, { abortEarly: true })
 * if (!result.success) throw invalidParams('chat', result.issues[0])
 */
export function invalidParams(operation: string, issue: ParamsIssue): OpenRouterError {
  const { issue: deepest, path } = deepestIssue(issue, [])
  const where = formatPath(path)
  // A missing key reads better as "is required" than valibot's "Invalid key: Expected ...".
  const message =
    deepest.kind === 'schema' && deepest.received === 'undefined' ? 'is required' : deepest.message
  return invalidRequest(`${operation}: ${where === '' ? 'params' : where}: ${message}`)
}

type PathItem = { key: unknown }

function deepestIssue(issue: ParamsIssue, prefix: PathItem[]): { issue: ParamsIssue; path: PathItem[] } {
  let best = { issue, path: [...prefix, ...(issue.path ?? [])] }
  for (const nested of issue.issues ?? []) {
    const candidate = deepestIssue(nested, best.path)
    if (candidate.path.length > best.path.length) best = candidate
  }
  return best
}

/** `messages.2.content` as `messages[2].content`. */
function formatPath(path: PathItem[]): string {
  let text = ''
  for (const { key } of path) {
    text += typeof key === 'number' ? `[${key}]` : text === '' ? String(key) : `.${String(key)}`
  }
  return text
}
