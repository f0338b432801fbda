import { integerFrom, modelList, nonEmptyString, noStream, numberRange } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'
import { isObject } from './is-object.js'

// Lean on purpose: this runs on every call. It checks what decides whether OpenRouter can take
// the request at all (item and part shapes, ranges, tools, the format's schema), and the two
// fields that would silently do nothing on a stateless server. Loose objects everywhere, so
// fields newer than this schema pass through untouched; the last option of each `variant`
// takes any other `type`, so newer item, part and tool types pass too.

const STATELESS = "OpenRouter's Responses API is stateless: it stores no response"
const SEND_HISTORY = 'send the history in input: [...input, ...toInputItems(result), nextMessage]'

// Few distinct valibot combinators on purpose: each one costs bytes in every edge bundle.

/** Fails whatever it is given, with `message`: for what must not be there at all. */
const refuse = (message: string) => v.custom<never>(() => false, message)

/** `schema`, `null`, or nothing. */
const nullish = <Schema extends v.GenericSchema>(schema: Schema) =>
  v.optional(v.lazy((input) => (input === null ? v.unknown() : schema)))

const otherType = (known: string[]) => v.looseObject({ type: v.pipe(v.string(), v.notValues(known)) })

const KNOWN_PART_TYPES = ['input_text', 'output_text']

// A file part needs its file: an uploaded one (`file_id`), its bytes, or a URL.
const NO_FILE = 'needs file_id (an uploaded file), file_data or file_url'
const isFileWithoutFile = (part: unknown) =>
  isObject(part) && part.type === 'input_file' && !(part.file_id ?? part.file_data ?? part.file_url)

const PartSchema = v.lazy((part) =>
  isFileWithoutFile(part)
    ? refuse(NO_FILE)
    : v.variant('type', [
        v.looseObject({ type: v.literal('input_text'), text: v.string() }),
        v.looseObject({ type: v.literal('output_text'), text: v.string() }),
        // Images, files, audio, video and part types newer than this schema pass.
        otherType(KNOWN_PART_TYPES),
      ]),
)

/** A string, or an array of parts. */
const ContentSchema = v.lazy((input) =>
  typeof input === 'string' || input === null
    ? v.unknown()
    : v.array(PartSchema, 'must be a string or an array of parts'),
)

const MessageSchema = v.looseObject({
  role: v.picklist(
    ['user', 'system', 'developer', 'assistant'],
    'must be "user", "system", "developer" or "assistant"',
  ),
  // `lazy` rather than `union`, so an issue inside a part keeps its own path and message.
  content: ContentSchema,
})

const KNOWN_ITEM_TYPES = ['message', 'function_call', 'function_call_output']

const ItemSchema = v.lazy((input) =>
  isObject(input) && input.type === undefined
    ? MessageSchema
    : v.variant('type', [
        v.looseObject({ ...MessageSchema.entries, type: v.literal('message') }),
        v.looseObject({
          type: v.literal('function_call'),
          call_id: v.string(),
          name: v.string(),
          arguments: v.string('must be the JSON text of the arguments'),
        }),
        v.looseObject({
          type: v.literal('function_call_output'),
          call_id: v.string('must be the call_id of the function_call it answers'),
          output: ContentSchema,
        }),
        // Reasoning items and item types newer than this schema pass.
        otherType(KNOWN_ITEM_TYPES),
      ]),
)

// Chat's tool shape (`{ type: 'function', function: { name } }`) is the likeliest mistake here.
const FLAT_TOOL = "a Responses function tool is flat: { type: 'function', name, parameters }"
const isChatStyleTool = (tool: unknown) => isObject(tool) && 'function' in tool && !('name' in tool)

const ToolSchema = v.lazy((tool) =>
  isChatStyleTool(tool)
    ? v.looseObject({ function: refuse(FLAT_TOOL) })
    : v.variant('type', [
        v.looseObject({
          type: v.literal('function'),
          name: nonEmptyString(),
          parameters: nullish(v.looseObject({})),
        }),
        // OpenRouter's server tools ('openrouter:web_search', ...) and OpenAI's built-ins.
        otherType(['function']),
      ]),
)

const FormatSchema = v.variant('type', [
  v.looseObject({
    type: v.literal('json_schema'),
    name: nonEmptyString(),
    schema: v.looseObject({}, 'must be a JSON Schema object'),
  }),
  otherType(['json_schema']),
])

/**
 * The valibot schema of `ResponsesParams`, as `responses` and `responsesStream` check it before
 * any I/O. Unknown fields pass. Use it to check params at your own boundary (a route handler).
 *
 * @example
 * import * as v from 'valibot'
 * import { ResponsesParamsSchema } from '@orsdk/responses'
 * const result = v.safeParse(ResponsesParamsSchema, await request.json())
 * if (!result.success) return new Response('bad request', { status: 400 })
 */
export const ResponsesParamsSchema = v.looseObject({
  input: v.optional(
    v.lazy((input) =>
      typeof input === 'string'
        ? nonEmptyString()
        : v.pipe(
            v.array(ItemSchema, 'must be a string or an array of items'),
            v.minLength(1, 'must not be empty'),
          ),
    ),
  ),
  instructions: nullish(v.string()),
  model: v.optional(nonEmptyString('must be an OpenRouter model slug')),
  models: modelList(),
  temperature: numberRange(0, 2),
  top_p: numberRange(0, 1),
  top_k: integerFrom(0),
  presence_penalty: numberRange(-2, 2),
  frequency_penalty: numberRange(-2, 2),
  top_logprobs: integerFrom(0),
  max_output_tokens: integerFrom(1),
  max_tool_calls: integerFrom(1),
  tools: v.optional(v.array(ToolSchema)),
  tool_choice: v.optional(
    v.lazy((choice) =>
      typeof choice === 'string'
        ? v.picklist(['auto', 'none', 'required'], 'must be "auto", "none", "required" or an object')
        : v.looseObject({ type: v.string() }),
    ),
  ),
  text: v.optional(v.looseObject({ format: v.optional(FormatSchema) })),
  reasoning: nullish(v.looseObject({})),
  provider: v.optional(v.looseObject({})),
  plugins: v.optional(v.array(v.looseObject({ id: v.string() }))),
  prompt_cache_key: nullish(v.string()),
  session_id: v.optional(v.string()),
  previous_response_id: nullish(refuse(`${STATELESS}, so none can be referenced; ${SEND_HISTORY}`)),
  store: v.optional(v.literal(false, `${STATELESS}: leave store out (or false) and ${SEND_HISTORY}`)),
  stream: noStream('responsesStream'),
})
