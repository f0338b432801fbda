import { decodeError, invalidRequest } from './errors/factories.js'
import { isOpenRouterError } from './errors/openrouter-error.js'
import type { CallOptions, JsonResponse, RequestSpec } from './options.js'
import { paginate } from './paginate.js'
import { checkParams, type ParamsSchema } from './params-schema.js'
import { requestJson } from './request.js'

// For packages whose functions map one to one onto operations of OpenRouter's OpenAPI spec
// (account, admin): each function names its operation (method, path template, the spec's key
// rule, a params schema) and hands it here with its input, so seventy functions stay one statement
// each and check, encode, page and explain a missing management key the same way.

/** One operation of OpenRouter's spec, as a function of this package calls it. */
export interface Operation {
  /** The function's name: it opens every error message and names the call in middleware and telemetry. */
  readonly name: string
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** The spec's path template, e.g. `/keys/{hash}`: each `{name}` is filled from `OperationInput.path`. */
  readonly path: string
  /** `optional` for the public operations (no 401 in the spec): a key is sent only when there is one. */
  readonly auth?: 'optional'
  /** The spec says "Management key required": a 403 then tells the caller to use one. */
  readonly management?: boolean
  /**
   * Checks `OperationInput.params` before any I/O: the query of a GET or DELETE, else the JSON body. Built
   * when a call checks its params, not at import, so a bundle keeps only the schemas of its calls.
   */
  readonly schema?: () => ParamsSchema
}

/** A list that pages by `offset` (and `limit`, where the operation takes one) over `data`. */
export interface ListOperation extends Operation {
  readonly method: 'GET'
  /** The largest `offset` the operation takes (some lists cap theirs): paging stops there. */
  readonly maxOffset?: number
}

/** What one call sends: path parameters (each checked and URL-encoded) and the query or body. */
export interface OperationInput {
  readonly path?: Readonly<Record<string, unknown>>
  readonly params?: unknown
}

type Query = NonNullable<RequestSpec['query']>

const MANAGEMENT_KEYS_PAGE = 'https://openrouter.ai/settings/management-keys'

/**
 * Calls one operation and resolves with its JSON answer, untouched (fields newer than the spec
 * stay). Bad input (a params object that fails the schema, an empty path parameter) rejects with
 * `invalid_request` naming the field, before any I/O.
 *
 * @example
 * const getKey = (hash: string, options?: CallOptions) =>
 *   callOperation<KeyAnswer>({ name: 'getKey', method: 'GET', path: '/keys/{hash}', management: true }, { path: { hash } }, options)
 */
export async function callOperation<Answer>(
  operation: Operation,
  input: OperationInput,
  options: CallOptions = {},
): Promise<Answer> {
  const { data } = await send(operation, requestSpec(operation, input), options)
  return data as Answer
}

/**
 * A paged list as one async iterable of its `data` items: the first page is asked for when
 * iteration starts (after the params are checked), each next one only once the consumer has taken
 * the page before. It stops at `total_count`, at a page shorter than the `limit` asked for, or
 * at an empty page, or past the operation's `maxOffset`; an abort of `options.signal` ends it
 * with the signal's reason.
 *
 * @example
 * for await (const key of listOperation<Key>({ name: 'listKeys', method: 'GET', path: '/keys', management: true }, { params: { limit: 100 } })) console.log(key.hash)
 */
export function listOperation<Item>(
  operation: ListOperation,
  input: OperationInput,
  options: CallOptions = {},
): AsyncIterable<Item> {
  let first: RequestSpec | undefined
  return paginate<Item, number>(async (cursor) => {
    first ??= requestSpec(operation, input)
    const query = first.query ?? {}
    const offset = cursor ?? Number(query.offset ?? 0)
    const response = await send(operation, { ...first, query: { ...query, offset } }, options)
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

function requestSpec(operation: Operation, input: OperationInput): RequestSpec {
  const path = fillPath(operation, input.path ?? {})
  const { params } = input
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params)))
    throw invalidRequest(`${operation.name}: params: must be an object`)
  if (operation.schema !== undefined) checkParams(schemaOf(operation.schema), params ?? {}, operation.name)
  const spec: RequestSpec = { operation: operation.name, method: operation.method, path }
  if (operation.auth !== undefined) spec.auth = operation.auth
  if (params === undefined) return spec
  return operation.method === 'GET' || operation.method === 'DELETE'
    ? { ...spec, query: toQuery(operation.name, params) }
    : { ...spec, body: params }
}

// A schema is built on its operation's first call and kept: the factories are module-level
// functions, so each is built once per process rather than on every call and every page.
const builtSchemas = /* @__PURE__ */ new WeakMap<() => ParamsSchema, ParamsSchema>()
function schemaOf(factory: () => ParamsSchema): ParamsSchema {
  let schema = builtSchemas.get(factory)
  if (schema === undefined) {
    schema = factory()
    builtSchemas.set(factory, schema)
  }
  return schema
}

// `/keys/{hash}` with each parameter a non-empty string (or a whole number), URL-encoded, so an
// id holding `/`, `?` or `#` stays one path segment.
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

async function send(operation: Operation, spec: RequestSpec, options: CallOptions): Promise<JsonResponse> {
  try {
    return await requestJson(spec, options)
  } catch (error) {
    throw operation.management === true ? explainManagementKey(operation.name, error) : error
  }
}

// OpenRouter answers 403 "Only management keys can perform this operation" to an inference key;
// the error says what to do about it.
function explainManagementKey(name: string, error: unknown): unknown {
  if (!isOpenRouterError(error) || error.status !== 403) return error
  return error.with({
    message: `${name}: ${error.message.replace(/\.$/, '')}. This operation needs a management key: create one at ${MANAGEMENT_KEYS_PAGE} and pass it as apiKey to createClient or to this call`,
  })
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value)
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'string' ? JSON.stringify(value) : typeof value
}
