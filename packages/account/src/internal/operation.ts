import type { CallOptions } from '@orsdk/transport'
import {
  checkParams,
  decodeError,
  invalidRequest,
  type ParamsSchema,
  paginate,
  type RequestSpec,
  requestJson,
} from '@orsdk/transport/protocol'

// The one way from a function of this package to the transport: every function names its
// operation (method, path template, the spec's key rule, a params schema) and hands it here with
// its input, so every function stays one statement and checks, encodes and pages the same way.

/** One operation of OpenRouter's spec, as a function of this package calls it. */
export interface Operation {
  /** The function's name: it opens every error message and names the call in middleware and telemetry. */
  readonly name: string
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** The spec's path template, e.g. `/model/{author}/{slug}`: each `{name}` comes from `Input.path`. */
  readonly path: string
  /** `optional` for the public operations (no 401 in the spec): a key is sent only when there is one. */
  readonly auth?: 'optional'
  /**
   * Checks `Input.params` before any I/O: the query of a GET or DELETE, else the JSON body. Built
   * when a call checks its params, not at import, so a bundle keeps only the schemas of its calls.
   */
  readonly schema?: () => ParamsSchema
}

/** A list that pages by `offset` (and `limit`, where the operation takes one) over `data`. */
export interface ListOperation extends Operation {
  readonly method: 'GET'
  /** The largest `offset` the operation takes (the datasets cap theirs): paging stops there. */
  readonly maxOffset?: number
}

/** What one call sends: path parameters (each checked and URL-encoded) and the query or body. */
export interface Input {
  readonly path?: Readonly<Record<string, unknown>>
  readonly params?: unknown
}

type Query = NonNullable<RequestSpec['query']>

/** Calls one operation and resolves with its JSON answer, untouched (fields newer than the spec stay). */
export async function callOperation<Answer>(
  operation: Operation,
  input: Input,
  options: CallOptions = {},
): Promise<Answer> {
  const { data } = await requestJson(requestSpec(operation, input), options)
  return data as Answer
}

/**
 * A paged list as one async iterable of its `data` items: the first page is asked for when
 * iteration starts (after the params are checked), each next one only once the consumer has taken
 * the page before. It stops at `total_count`, at a page shorter than the `limit` asked for, or
 * at an empty page, or past the largest offset the operation takes; an abort of `options.signal`
 * ends it with the signal's reason.
 */
export function listOperation<Item>(
  operation: ListOperation,
  input: Input,
  options: CallOptions = {},
): AsyncIterable<Item> {
  let first: RequestSpec | undefined
  return paginate<Item, number>(async (cursor) => {
    first ??= requestSpec(operation, input)
    const query = first.query ?? {}
    const offset = cursor ?? Number(query.offset ?? 0)
    const response = await requestJson({ ...first, query: { ...query, offset } }, options)
    const body = response.data as { data?: unknown; total_count?: unknown } | null
    if (!Array.isArray(body?.data))
      throw decodeError(`${operation.name}: the answer has no data array`, JSON.stringify(body), response)
    const items = body.data as Item[]
    const next = offset + items.length
    const more =
      items.length > 0 &&
      (typeof body.total_count === 'number'
        ? next < body.total_count
        : typeof query.limit !== 'number' || items.length >= query.limit) &&
      next <= (operation.maxOffset ?? Number.POSITIVE_INFINITY)
    return { items, next: more ? next : undefined }
  })
}

function requestSpec(operation: Operation, input: Input): RequestSpec {
  const path = fillPath(operation, input.path ?? {})
  const { params } = input
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params)))
    throw invalidRequest(`${operation.name}: params: must be an object`)
  if (operation.schema !== undefined) checkParams(operation.schema(), params ?? {}, operation.name)
  const spec: RequestSpec = {
    operation: operation.name,
    method: operation.method,
    path,
    auth: operation.auth,
  }
  if (params === undefined) return spec
  return operation.method === 'GET' || operation.method === 'DELETE'
    ? { ...spec, query: toQuery(operation.name, params) }
    : { ...spec, body: params }
}

// `/model/{author}/{slug}` with each parameter a non-empty string (or a whole number),
// URL-encoded, so a value holding `/`, `?` or `#` stays one path segment.
function fillPath(operation: Operation, values: Readonly<Record<string, unknown>>): string {
  return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name]
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value)
    if (typeof value !== 'string' || value.trim() === '')
      throw invalidRequest(`${operation.name}: ${name}: must be a non-empty string, got ${describe(value)}`)
    return encodeURIComponent(value)
  })
}

function toQuery(name: string, params: object): Query {
  const query: Query = {}
  for (const [field, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
      throw invalidRequest(
        `${name}: ${field}: must be a string, a number or a boolean, got ${describe(value)}`,
      )
    query[field] = value
  }
  return query
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value)
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'string' ? JSON.stringify(value) : typeof value
}
