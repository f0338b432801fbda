import { isOpenRouterError } from '@orsdk/transport'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { type ResponsesParams, ResponsesParamsSchema, responses, responsesStream } from '../src/index.js'
import { engines, lastBody, params, rejection, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()

// Bad input fails before any I/O with the call and the field path in the message.
const cases: [string, unknown, string][] = [
  [
    'previous_response_id',
    { previous_response_id: 'resp_123' },
    "previous_response_id: OpenRouter's Responses API is stateless: it stores no response, so none can be referenced; send the history in input: [...input, ...toInputItems(result), nextMessage]",
  ],
  [
    'store: true',
    { store: true },
    "store: OpenRouter's Responses API is stateless: it stores no response: leave store out (or false)",
  ],
  ['an empty input', { input: [] }, 'input: must not be empty'],
  ['an empty prompt', { input: '' }, 'input: must not be empty'],
  [
    'a bad role',
    { input: [{ role: 'tool', content: 'x' }] },
    'input[0].role: must be "user", "system", "developer" or "assistant"',
  ],
  [
    'a file part without a file',
    { input: [{ role: 'user', content: [{ type: 'input_file', filename: 'a.pdf' }] }] },
    'input[0].content[0]: needs file_id (an uploaded file), file_data or file_url',
  ],
  [
    'a text part without text',
    { input: [{ type: 'message', role: 'user', content: [{ type: 'input_text' }] }] },
    'input[0].content[0].text: is required',
  ],
  [
    'a function output without call_id',
    { input: [{ type: 'function_call_output', output: '{}' }] },
    'input[0].call_id: is required',
  ],
  ['a temperature out of range', { temperature: 3 }, 'temperature: must be 0 to 2'],
  ['a negative max_output_tokens', { max_output_tokens: 0 }, 'max_output_tokens: must be at least 1'],
  ['a fractional top_logprobs', { top_logprobs: 1.5 }, 'top_logprobs: must be an integer'],
  ['empty fallbacks', { models: [] }, 'models: must not be empty'],
  [
    'a chat-style function tool',
    { tools: [{ type: 'function', function: { name: 'f' } }] },
    "tools[0].function: a Responses function tool is flat: { type: 'function', name, parameters }",
  ],
  [
    'a function tool without a name',
    { tools: [{ type: 'function', name: '' }] },
    'tools[0].name: must not be empty',
  ],
  [
    'a JSON schema format without a schema',
    { text: { format: { type: 'json_schema', name: 'x' } } },
    'text.format.schema: is required',
  ],
  [
    'a bad tool_choice',
    { tool_choice: 'sometimes' },
    'tool_choice: must be "auto", "none", "required" or an object',
  ],
]

describe.each(engines)('responses params on the $name', (engine) => {
  const client = useClient(() => engine.client(mock.server.baseURL))

  it.each(cases)('rejects %s before any I/O, naming the field', async (_, extra, message) => {
    const before = mock.server.requests.length
    for (const [call, name] of [
      [responses, 'responses'],
      [responsesStream, 'responsesStream'],
    ] as const) {
      const error = await rejection(call(params(extra as Partial<ResponsesParams>), { client: client() }))
      expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
      expect((error as Error).message).toContain(`${name}: ${message}`)
    }
    expect(mock.server.requests.length).toBe(before)
  })

  it('rejects stream: true on responses and any stream on responsesStream, naming the other call', async () => {
    const buffered = await rejection(responses(params({ stream: true } as never), { client: client() }))
    expect((buffered as Error).message).toBe(
      'responses: stream: call responsesStream for a stream; this call takes no stream: true',
    )
    const streamed = await rejection(responsesStream(params({ stream: false }), { client: client() }))
    expect((streamed as Error).message).toContain('responsesStream: stream: leave it out')
  })

  it('passes fields newer than the schema and newer item, part and tool types through untouched', async () => {
    const extra = {
      input: [
        { type: 'custom_tool_call_output', call_id: 'call_1', output: 'done' },
        {
          role: 'user' as const,
          content: [{ type: 'input_video' as const, video_url: 'https://example.com/v.mp4' }],
        },
      ],
      tools: [
        { type: 'openrouter:datetime', parameters: { timezone: 'Europe/Paris' } },
        { type: 'web_search_preview' },
      ],
      store: false as const,
      previous_response_id: null,
      brand_new_option: { enabled: true },
    }
    await responses({ ...params(), ...extra }, { client: client() })
    expect(lastBody(mock.server)).toMatchObject(extra)
  })
})

describe('ResponsesParamsSchema', () => {
  it('checks params at your own boundary', () => {
    expect(v.safeParse(ResponsesParamsSchema, params()).success).toBe(true)
    expect(v.safeParse(ResponsesParamsSchema, { input: 'x', store: true }).success).toBe(false)
  })
})
