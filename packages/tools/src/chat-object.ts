import {
  type ChatCompletion,
  type ChatParams,
  type ChatStream,
  type ChatStreamOptions,
  CompletionAccumulator,
  chat,
  chatStream,
} from '@orsdk/chat'
import type { CallOptions } from '@orsdk/transport'
import { decodeError, invalidRequest, parsePartialJson } from '@orsdk/transport/protocol'
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { checkStructuredOutputs, type StructuredOutputCheck } from './model-support.js'
import { PullStream } from './pull-stream.js'
import { checkValue, describeIssues, type JsonSchema, jsonSchemaOf } from './schema.js'
import { FUNCTION_NAME } from './tool-definition.js'

/** What `chatObject` takes: chat params, with the schema of the answer instead of `response_format`. */
export type ChatObjectParams<T> = Omit<ChatParams, 'response_format'> & {
  /** A Standard Schema (zod, valibot, arktype, ...) to validate and type the answer, or a plain JSON Schema. */
  schema: StandardSchemaV1<unknown, T> | JsonSchema
  /** The JSON Schema to send, for a schema that cannot describe itself (valibot). */
  jsonSchema?: object
  /** Names the format for the model (`a-z`, `A-Z`, `0-9`, `_`, `-`, 64 at most); default `response`. */
  name?: string
  /** Tells the model what the answer is. */
  description?: string
  /** Asks the provider to keep to the schema exactly (OpenAI's strict mode); sent only when set. */
  strict?: boolean
}

/** Options of `chatObject`: the call options, plus the model check. */
export type ChatObjectOptions = CallOptions & StructuredOutputCheck

/** What `chatObject` resolves with: the checked value and the completion it came from. */
export interface ChatObjectResult<T> {
  value: T
  completion: ChatCompletion
}

/** Why a reply was not the object asked for: `error.body` of the `decode` error. */
export interface ObjectDecodeFailure {
  /** The reply's text, as it came. */
  text: string
  /** What did not fit: the schema's issues, or one issue saying the text is not JSON. */
  issues: readonly StandardSchemaV1.Issue[]
}

const OPTION_KEYS = new Set(['catalog', 'unsupportedModel', 'onWarning'])

/**
 * Asks for JSON that matches a schema and resolves with the parsed, validated, typed value.
 * It sends `response_format: { type: 'json_schema', json_schema: { name, schema } }` built from
 * the schema, parses the reply and validates it with the schema (a plain JSON Schema is only
 * parsed). With `options.catalog`, a model that does not list `structured_outputs` is warned
 * about or rejected before any I/O.
 *
 * @throws `OpenRouterError` of kind `invalid_request` (bad params, a schema with no JSON Schema,
 * an unsupported model with `unsupportedModel: 'reject'`), `decode` when the reply is not JSON or
 * fails the schema (`error.body` is `{ text, issues }`, `error.partial` the completion), and
 * every kind `chat` rejects with.
 * @example
 * import { z } from 'zod'
 * import { chatObject } from '@orsdk/tools'
 * const Weather = z.object({ city: z.string(), celsius: z.number() })
 * const { value } = await chatObject({ model: 'openai/gpt-4o-mini', schema: Weather, messages: [{ role: 'user', content: 'Weather in Paris?' }] })
 * value.celsius // number
 */
export async function chatObject<T>(
  params: ChatObjectParams<T>,
  options: ChatObjectOptions = {},
): Promise<ChatObjectResult<T>> {
  const { request, call } = prepareObjectRequest(params, options, 'chatObject')
  const completion = await chat(request, call)
  return { value: await readObject(params.schema, completion, 'chatObject'), completion }
}

/** One step of a streamed object: the text so far, and the value it parses to so far (not validated). */
export interface ObjectStreamEvent<T> {
  /** What this chunk added to the text. */
  delta: string
  /** The JSON text so far. */
  text: string
  /** The value of the complete part of the text (`parsePartialJson`); validated only at the end. */
  partial: DeepPartial<T> | undefined
}

/** `T` with every property optional, all the way down: the shape of a value still streaming. */
export type DeepPartial<T> = T extends readonly (infer Item)[]
  ? DeepPartial<Item>[]
  : T extends object
    ? { [Key in keyof T]?: DeepPartial<T[Key]> }
    : T

/**
 * A structured answer as it streams: iterate it for the value so far on each text chunk (for
 * progressive UIs; the text is parsed again on every chunk, so this suits answers of a few
 * hundred kB, not more), and `finalObject()` for the validated value once the stream ended.
 * Iterate first and then call `finalObject()`, or call `finalObject()` alone.
 */
export class ObjectStream<T> extends PullStream<ObjectStreamEvent<T>, ChatObjectResult<T>> {
  /** The stream's `X-Generation-Id`. */
  readonly generationId?: string

  /** @internal Built by `chatObjectStream`. */
  constructor(stream: ChatStream, schema: ChatObjectParams<T>['schema'], signal?: AbortSignal) {
    super('chatObjectStream', (combined) => readStream(stream, schema, combined), signal)
    if (stream.generationId !== undefined) this.generationId = stream.generationId
  }

  /**
   * Reads the rest and resolves with the validated value and the completion.
   *
   * @throws `OpenRouterError` of kind `decode` (as `chatObject`), or as the stream fails.
   * @example
   * const { value } = await (await chatObjectStream({ model, schema, messages })).finalObject()
   */
  finalObject(): Promise<ChatObjectResult<T>> {
    return this.result()
  }
}

/**
 * `chatObject` as a stream: resolves once the response headers arrive, to an `ObjectStream`
 * that yields the value parsed so far as the JSON text grows, and validates it at the end.
 *
 * @throws as `chatObject`, and as `chatStream` for the start of the stream.
 * @example
 * const stream = await chatObjectStream({ model: 'openai/gpt-4o-mini', schema: Recipe, messages })
 * for await (const { partial } of stream) render(partial)
 * const { value } = await stream.finalObject()
 */
export async function chatObjectStream<T>(
  params: ChatObjectParams<T>,
  options: ChatObjectOptions = {},
): Promise<ObjectStream<T>> {
  const { request, call } = prepareObjectRequest(params, options, 'chatObjectStream')
  const stream = await chatStream(request, call as ChatStreamOptions)
  return new ObjectStream<T>(stream, params.schema, options.signal)
}

async function* readStream<T>(
  stream: ChatStream,
  schema: ChatObjectParams<T>['schema'],
  signal: AbortSignal,
): AsyncGenerator<ObjectStreamEvent<T>, ChatObjectResult<T>> {
  const onAbort = () => stream.abort(signal.reason)
  signal.addEventListener('abort', onAbort, { once: true })
  try {
    const accumulator = new CompletionAccumulator(stream.generationId)
    let text = ''
    for await (const chunk of stream) {
      accumulator.add(chunk)
      const delta = chunk.choices?.[0]?.delta?.content
      if (typeof delta !== 'string' || delta === '') continue
      text += delta
      yield { delta, text, partial: parsePartialJson(text) as DeepPartial<T> | undefined }
    }
    const completion = accumulator.result()
    return { value: await readObject(schema, completion, 'chatObjectStream'), completion }
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}

function prepareObjectRequest<T>(
  params: ChatObjectParams<T>,
  options: ChatObjectOptions,
  operation: string,
): { request: ChatParams; call: CallOptions } {
  if (typeof params !== 'object' || params === null)
    throw invalidRequest(`${operation}: params must be an object`)
  const { schema, jsonSchema, name = 'response', description, strict, ...rest } = params
  if ('response_format' in rest)
    throw invalidRequest(`${operation}: response_format: is set from schema; leave it out`)
  if (typeof name !== 'string' || !FUNCTION_NAME.test(name))
    throw invalidRequest(`${operation}: name: must be 1 to 64 of a-z, A-Z, 0-9, _ and -`)
  const sent = jsonSchemaOf(schema, jsonSchema, `${operation}: schema`)
  checkStructuredOutputs(rest, options, operation)
  const format: Record<string, unknown> = { name, schema: sent }
  if (description !== undefined) format.description = description
  if (strict !== undefined) format.strict = strict
  const call: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(options)) if (!OPTION_KEYS.has(key)) call[key] = value
  return {
    request: { ...rest, response_format: { type: 'json_schema', json_schema: format } } as ChatParams,
    call: call as CallOptions,
  }
}

/** The first choice's text as JSON, checked against the schema, or a `decode` error that says why not. */
async function readObject<T>(
  schema: ChatObjectParams<T>['schema'],
  completion: ChatCompletion,
  operation: string,
): Promise<T> {
  const choice = completion.choices?.[0]
  const message = choice?.message
  const text = typeof message?.content === 'string' ? message.content : ''
  const fail = (why: string, issues: readonly StandardSchemaV1.Issue[], cause?: unknown) => {
    const body: ObjectDecodeFailure = { text, issues }
    return decodeError(`${operation}: ${why}`, text, { generationId: completion.generationId }, cause).with({
      body,
      partial: completion,
    })
  }
  if (typeof message?.refusal === 'string' && message.refusal !== '')
    throw fail(`the model refused: ${message.refusal}`, [{ message: message.refusal }])
  let parsed: unknown
  try {
    parsed = JSON.parse(withoutFence(text))
  } catch (error) {
    const cut = choice?.finish_reason === 'length' ? ' (cut by the token limit: raise max_tokens)' : ''
    throw fail(
      `the reply is not valid JSON${cut}`,
      [{ message: `not valid JSON: ${(error as Error).message}` }],
      error,
    )
  }
  const checked = await checkValue(schema, parsed)
  if (checked.issues !== undefined)
    throw fail(`the reply does not match the schema: ${describeIssues(checked.issues)}`, checked.issues)
  return checked.value
}

// A provider that ignored response_format may still wrap the JSON in a markdown fence.
const FENCE = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/

function withoutFence(text: string): string {
  return FENCE.exec(text)?.[1] ?? text
}
