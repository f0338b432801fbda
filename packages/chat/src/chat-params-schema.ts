import { integerFrom, modelList, nonEmptyString, noStream, numberRange } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

// Lean on purpose: this runs on every call. It checks what decides whether OpenRouter can
// take the request at all (roles, message shapes, ranges, tools), not every optional field.
// Loose objects everywhere, so fields newer than this schema pass through untouched.

// Few distinct valibot combinators on purpose: each one costs bytes in every edge bundle. The
// last option of a `variant` takes any other string for its key, so newer part and format types
// pass through; `lazy` picks string-or-parts content without a union.

const KNOWN_PART_TYPES = ['text', 'image_url', 'input_audio', 'video_url', 'file']

const ContentPartSchema = v.variant('type', [
  v.looseObject({ type: v.literal('text'), text: v.string() }),
  v.looseObject({ type: v.literal('image_url'), image_url: v.looseObject({ url: v.string() }) }),
  v.looseObject({
    type: v.literal('input_audio'),
    input_audio: v.looseObject({ data: v.string(), format: v.string() }),
  }),
  v.looseObject({ type: v.literal('video_url'), video_url: v.looseObject({ url: v.string() }) }),
  v.looseObject({ type: v.literal('file'), file: v.looseObject({}) }),
  // Part types newer than this schema pass.
  v.looseObject({ type: v.pipe(v.string(), v.notValues(KNOWN_PART_TYPES)) }),
])

/** A string or an array of parts; `null` too where the role allows it (an assistant's tool calls). */
const content = (nullable: boolean) =>
  v.lazy((input) =>
    typeof input === 'string' || (nullable && input == null)
      ? v.unknown()
      : v.array(ContentPartSchema, 'must be a string or an array of content parts'),
  )

const ToolCallSchema = v.looseObject({
  id: v.string(),
  type: v.string(),
  function: v.looseObject({ name: v.string(), arguments: v.string() }),
})

const MessageSchema = v.variant('role', [
  v.looseObject({ role: v.picklist(['system', 'developer', 'user']), content: content(false) }),
  v.looseObject({
    role: v.literal('assistant'),
    content: content(true),
    tool_calls: v.optional(v.array(ToolCallSchema)),
  }),
  v.looseObject({
    role: v.literal('tool'),
    content: content(false),
    tool_call_id: v.string('a tool message needs tool_call_id, the id of the call it answers'),
  }),
])

const ToolSchema = v.variant('type', [
  v.looseObject({ type: v.literal('function'), function: v.looseObject({ name: nonEmptyString() }) }),
  v.looseObject({
    type: v.custom<string>(
      (type) => typeof type === 'string' && type.startsWith('openrouter:'),
      "must be 'function' or an OpenRouter server tool ('openrouter:web_search', ...)",
    ),
  }),
])

const ResponseFormatSchema = v.variant('type', [
  v.looseObject({
    type: v.literal('json_schema'),
    json_schema: v.looseObject({ name: v.string(), schema: v.optional(v.looseObject({})) }),
  }),
  v.looseObject({ type: v.pipe(v.string(), v.notValues(['json_schema'])) }),
])

/**
 * The valibot schema of `ChatParams`, as `chat` and `chatStream` check it before any I/O.
 * Unknown fields pass. Use it to check params at your own boundary (a route handler).
 *
 * @example
 * import * as v from 'valibot'
 * const result = v.safeParse(ChatParamsSchema, await request.json())
 * if (!result.success) return new Response('bad request', { status: 400 })
 */
export const ChatParamsSchema = v.looseObject({
  messages: v.pipe(v.array(MessageSchema), v.minLength(1, 'must not be empty')),
  model: v.optional(v.string()),
  models: modelList(),
  temperature: numberRange(0, 2),
  top_p: numberRange(0, 1),
  min_p: numberRange(0, 1),
  top_a: numberRange(0, 1),
  frequency_penalty: numberRange(-2, 2),
  presence_penalty: numberRange(-2, 2),
  repetition_penalty: numberRange(0, 2),
  top_k: integerFrom(0),
  max_tokens: integerFrom(0),
  max_completion_tokens: integerFrom(0),
  top_logprobs: integerFrom(0),
  tools: v.optional(v.array(ToolSchema)),
  response_format: v.optional(ResponseFormatSchema),
  provider: v.optional(v.looseObject({})),
  reasoning: v.optional(v.looseObject({})),
  plugins: v.optional(v.array(v.looseObject({ id: v.string() }))),
  stream: noStream('chatStream'),
})
