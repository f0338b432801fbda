import {
  type checkParams,
  integerFrom,
  invalidRequest,
  modelList,
  nonEmptyString,
  noStream,
  numberRange,
} from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

// Lean on purpose: this runs on every call. It checks what decides whether OpenRouter can take
// the request at all (roles, block shapes, ranges), and demands nothing OpenRouter does not:
// only `model` and `messages` are required (unlike Anthropic's own API, OpenRouter does not
// require `max_tokens`).
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

// A document cites an uploaded file by id (`uploadFile` in @orsdk/files), or carries its bytes.
const DocumentSourceSchema = v.variant('type', [
  v.looseObject({
    type: v.literal('file'),
    file_id: nonEmptyString('must be the id of an uploaded file (or_file_...)'),
  }),
  v.looseObject({ type: v.pipe(v.string(), v.notValue('file')) }),
])

const BlockSchema = v.variant('type', [
  v.looseObject({ type: v.literal('text'), text: v.string() }),
  v.looseObject({ type: v.literal('image'), source: v.looseObject({ type: v.string() }) }),
  v.looseObject({ type: v.literal('document'), source: DocumentSourceSchema }),
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
  model: nonEmptyString('must be an OpenRouter model slug'),
  messages: v.pipe(
    v.array(MessageSchema, 'must be an array of messages'),
    v.minLength(1, 'must not be empty'),
  ),
  max_tokens: integerFrom(1),
  system: v.optional(SystemSchema),
  // OpenRouter's own range; Anthropic's models take 0 to 1, others up to 2.
  temperature: numberRange(0, 2),
  top_p: numberRange(0, 1),
  top_k: integerFrom(0),
  stop_sequences: v.optional(v.array(v.string())),
  tools: v.optional(v.array(ToolSchema)),
  tool_choice: v.optional(v.looseObject({ type: v.string() })),
  thinking: v.optional(ThinkingSchema),
  metadata: v.optional(object),
  provider: v.optional(object),
  plugins: v.optional(v.array(v.looseObject({ id: v.string() }))),
  models: modelList(),
  fallbacks: v.optional(
    v.pipe(v.array(v.looseObject({ model: v.string() })), v.maxLength(3, 'takes at most 3 models')),
  ),
  session_id: v.optional(v.string()),
  user: v.optional(v.string()),
  stream: noStream('messagesStream'),
})

/**
 * Checks params before any I/O with `check` (`checkParams`, or `checkStreamParams` for
 * `messagesStream`); throws `invalid_request` naming the field path of the first problem, e.g.
 * `messages: messages[1].role: must be "user" or "assistant" ...`.
 */
export function checkMessagesParams(params: unknown, name: string, check: typeof checkParams): void {
  check(MessagesParamsSchema, params, name)
  const record = params as Record<string, unknown>
  if (record.models !== undefined && record.fallbacks !== undefined) {
    throw invalidRequest(`${name}: fallbacks: cannot be combined with models; use one of them`)
  }
}
