import * as v from 'valibot'
import { invalidRequest } from './errors/factories.js'
import { invalidParams } from './errors/invalid-params.js'

// The valibot pieces every capability's params schema is built from, so a range, a count or a
// string field is checked and worded the same way in chat, messages, embeddings, audio and the
// rest. Schemas are loose objects: fields newer than a schema pass through untouched.

/** Any params schema. */
export type ParamsSchema = v.GenericSchema<unknown, unknown>

const ABORT_EARLY = { abortEarly: true } as const

/**
 * Checks params before any I/O; throws `invalid_request` naming the call and the field path of
 * the first problem, e.g. `chat: messages[2].content: ...`.
 *
 * @example
 * checkParams(EmbeddingsParamsSchema, params, 'embeddings')
 */
export function checkParams(schema: ParamsSchema, params: unknown, operation: string): void {
  const result = v.safeParse(schema, params, ABORT_EARLY)
  if (!result.success) throw invalidParams(operation, result.issues[0])
}

/**
 * `checkParams` for the streaming twin of a call (`chatStream`): it sets `stream: true` itself,
 * so a `stream` field in the params is a mistake worth naming first.
 *
 * @example
 * checkStreamParams(ChatParamsSchema, params, 'chatStream')
 */
export function checkStreamParams(schema: ParamsSchema, params: unknown, operation: string): void {
  if (
    typeof params === 'object' &&
    params !== null &&
    (params as { stream?: unknown }).stream !== undefined
  ) {
    throw invalidRequest(`${operation}: stream: leave it out; ${operation} sets stream: true itself`)
  }
  checkParams(schema, params, operation)
}

/**
 * `stream` on the buffered call: absent or `false`; `true` points to the streaming twin.
 *
 * @example
 * v.looseObject({ stream: noStream('chatStream') })
 */
export const noStream = (streamingCall: string) =>
  v.optional(v.literal(false, `call ${streamingCall} for a stream; this call takes no stream: true`))

/**
 * An optional number from `min` to `max` (a sampling parameter).
 *
 * @example
 * v.looseObject({ temperature: numberRange(0, 2) })
 */
export const numberRange = (min: number, max: number) =>
  v.optional(
    v.pipe(
      v.number(),
      v.minValue(min, `must be ${min} to ${max}`),
      v.maxValue(max, `must be ${min} to ${max}`),
    ),
  )

/**
 * An optional integer of at least `min` (a token count: 0; a size: 1).
 *
 * @example
 * v.looseObject({ max_tokens: integerFrom(1) })
 */
export const integerFrom = (min: number) =>
  v.optional(
    v.pipe(
      v.number(),
      v.integer('must be an integer'),
      v.minValue(min, min === 0 ? 'must not be negative' : `must be at least ${min}`),
    ),
  )

/**
 * A string with something in it.
 *
 * @example
 * v.looseObject({ model: nonEmptyString('must be an OpenRouter model slug') })
 */
export const nonEmptyString = (message = 'must be a string') =>
  v.pipe(v.string(message), v.nonEmpty('must not be empty'))

/**
 * An optional list of fallback model slugs, never empty.
 *
 * @example
 * v.looseObject({ models: modelList() })
 */
export const modelList = () =>
  v.optional(v.pipe(v.array(v.string()), v.minLength(1, 'must not be empty: leave it out for no fallbacks')))

const integerIn = (min: number, max: number, range: string) =>
  v.pipe(
    v.number(),
    v.integer('must be an integer'),
    v.minValue(min, `must be ${range}`),
    v.maxValue(max, `must be ${range}`),
  )

/**
 * The query of a list that pages by `offset` and `limit`: a page of 1 to `maxLimit` items, and an
 * offset up to `maxOffset` where the operation caps it.
 *
 * @example
 * const schema = () => pageQuery(100)
 */
export const pageQuery = (maxLimit: number, maxOffset?: number) =>
  v.looseObject({
    offset: v.nullish(
      maxOffset === undefined
        ? integerIn(0, Number.MAX_SAFE_INTEGER, 'a non-negative integer')
        : integerIn(0, maxOffset, `0 to ${maxOffset}`),
    ),
    limit: v.optional(integerIn(1, maxLimit, `1 to ${maxLimit}`)),
  })
