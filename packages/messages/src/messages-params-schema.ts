import { invalidParams, OpenRouterError } from '@orsdk/transport'
import * as v from 'valibot'

// Lean on purpose: this runs on every call. It checks what decides whether OpenRouter can take
// the request at all (roles, block shapes, ranges), and demands nothing OpenRouter does not:
// only `model` and `messages` are required (reference section 4), `max_tokens` is optional.
// Loose objects everywhere, so fields newer than this schema pass through untouched.

const KNOWN_BLOCK_TYPES = [
  'text',
  'image',
  'document',
  'tool_use',
  'tool_result',
  'thinking',
  'redacted_thinking',
]

const object = v.looseObject({})

const BlockSchema = v.variant('type', [
  v.looseObject({ type: v.literal('text'), text: v.string() }),
  v.looseObject({ type: v.literal('image'), source: v.looseObject({ type: v.string() }) }),
  v.looseObject({ type: v.literal('document'), source: v.looseObject({ type: v.string() }) }),
  v.looseObject({ type: v.literal('tool_use'), id: v.string(), name: v.string(), input: object }),
  v.looseObject({
    type: v.literal('tool_result'),
    tool_use_id: v.string('must be the id of the tool_use it answers'),
  }),
  v.looseObject({ type: v.literal('thinking'), thinking: v.string(), signature: v.string() }),
  v.looseObject({ type: v.literal('redacted_thinking'), data: v.string() }),
  // Block types newer than this schema pass.
  v.looseObject({ type: v.pipe(v.string(), v.notValues(KNOWN_BLOCK_TYPES)) }),
])

const MessageSchema = v.looseObject({
  role: v.picklist(
    ['user', 'assistant'],
    'must be "user" or "assistant" (put a system prompt in the top-level `system` field)',
  ),
  // `lazy` rather than `union`, so an issue inside a block keeps its own path and message.
  content: v.lazy((input) =>
    typeof input === 'string'
      ? v.string()
      : v.array(BlockSchema, 'must be a string or an array of content blocks'),
  ),
})

const SystemSchema = v.union(
  [v.string(), v.array(v.looseObject({ type: v.literal('text'), text: v.string() }))],
  'must be a string or an array of text blocks',
)

const ToolSchema = v.looseObject({ name: v.pipe(v.string(), v.nonEmpty('must not be empty')) })

const ThinkingSchema = v.variant('type', [
  v.looseObject({
    type: v.literal('enabled'),
    budget_tokens: v.pipe(
      v.number('must be a number'),
      v.integer('must be a positive integer'),
      v.minValue(1, 'must be a positive integer'),
    ),
  }),
  v.looseObject({ type: v.pipe(v.string(), v.notValue('enabled')) }),
])

const range = (min: number, max: number) =>
  v.optional(
    v.pipe(
      v.number(),
      v.minValue(min, `must be ${min} to ${max}`),
      v.maxValue(max, `must be ${min} to ${max}`),
    ),
  )

/**
 * The valibot schema of `MessagesParams`, as `messages` and `messagesStream` check it before
 * any I/O. Unknown fields pass. Use it to check params at your own boundary.
 *
 * @example
 * import * as v from 'valibot'
 * import { MessagesParamsSchema } from '@orsdk/messages'
 * const result = v.safeParse(MessagesParamsSchema, { model: 'anthropic/claude-haiku-4.5', messages: [] })
 * console.log(result.success) // false: messages must not be empty
 */
export const MessagesParamsSchema = v.looseObject({
  model: v.pipe(v.string('must be an OpenRouter model slug'), v.nonEmpty('must not be empty')),
  messages: v.pipe(
    v.array(MessageSchema, 'must be an array of messages'),
    v.minLength(1, 'must not be empty'),
  ),
  max_tokens: v.optional(
    v.pipe(v.number(), v.integer('must be a positive integer'), v.minValue(1, 'must be a positive integer')),
  ),
  system: v.optional(SystemSchema),
  // OpenRouter's own range; Anthropic's models take 0 to 1, others up to 2.
  temperature: range(0, 2),
  top_p: range(0, 1),
  top_k: v.optional(
    v.pipe(v.number(), v.integer('must be an integer'), v.minValue(0, 'must not be negative')),
  ),
  stop_sequences: v.optional(v.array(v.string())),
  tools: v.optional(v.array(ToolSchema)),
  tool_choice: v.optional(v.looseObject({ type: v.string() })),
  thinking: v.optional(ThinkingSchema),
  metadata: v.optional(object),
  provider: v.optional(object),
  plugins: v.optional(v.array(v.looseObject({ id: v.string() }))),
  models: v.optional(
    v.pipe(v.array(v.string()), v.minLength(1, 'must not be empty: leave it out for no fallbacks')),
  ),
  fallbacks: v.optional(
    v.pipe(v.array(v.looseObject({ model: v.string() })), v.maxLength(3, 'takes at most 3 models')),
  ),
  session_id: v.optional(v.string()),
  user: v.optional(v.string()),
  stream: v.optional(v.literal(false, 'call messagesStream for a stream; messages takes no stream: true')),
})

const CONFIG = { abortEarly: true } as const

/**
 * Checks params before any I/O; throws `invalid_request` naming the field path of the first
 * problem, e.g. `messages: messages[1].role: must be "user" or "assistant" ...`.
 */
export function checkMessagesParams(params: unknown, name: 'messages' | 'messagesStream'): void {
  const record = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {}
  if (name === 'messagesStream' && record.stream !== undefined) {
    throw invalid(`${name}: stream: leave it out; messagesStream sets stream: true itself`)
  }
  const result = v.safeParse(MessagesParamsSchema, params, CONFIG)
  if (!result.success) throw invalidParams(name, result.issues[0])
  if (record.models !== undefined && record.fallbacks !== undefined) {
    throw invalid(`${name}: fallbacks: cannot be combined with models; use one of them`)
  }
}

const invalid = (message: string) => new OpenRouterError(message, { kind: 'invalid_request' })
