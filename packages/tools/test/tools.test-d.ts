import type { ChatCompletion, ChatMessage, ChatUsage } from '@orsdk/chat'
import * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import {
  type ChatObjectResult,
  chatObject,
  chatObjectStream,
  type DeepPartial,
  type RunToolsResult,
  runTools,
  runToolsStream,
  type ToolDefinition,
  type ToolRunEvent,
  tool,
} from '../src/index.js'

const messages: ChatMessage[] = [{ role: 'user', content: 'Hi' }]
const Weather = z.object({ city: z.string(), celsius: z.number().optional() })

describe('chatObject', () => {
  it('infers the value from a zod schema (its output side)', async () => {
    const { value, completion } = await chatObject({ model: 'm', messages, schema: Weather })
    expectTypeOf(value).toEqualTypeOf<{ city: string; celsius?: number | undefined }>()
    expectTypeOf(completion).toEqualTypeOf<ChatCompletion>()
    const transformed = await chatObject({ messages, schema: z.string().transform((text) => text.length) })
    expectTypeOf(transformed.value).toEqualTypeOf<number>()
  })

  it('infers the value from a valibot schema', async () => {
    const schema = v.object({ tags: v.array(v.string()) })
    const { value } = await chatObject({ messages, schema, jsonSchema: {} })
    expectTypeOf(value).toEqualTypeOf<{ tags: string[] }>()
  })

  it('gives unknown for a plain JSON Schema, or the type you name', async () => {
    const schema = { type: 'object', properties: { city: { type: 'string' } } }
    expectTypeOf((await chatObject({ messages, schema })).value).toEqualTypeOf<unknown>()
    expectTypeOf((await chatObject<{ city: string }>({ messages, schema })).value).toEqualTypeOf<{
      city: string
    }>()
  })

  it('types the stream: partial values deep-partial, the final value whole', async () => {
    const stream = await chatObjectStream({ messages, schema: Weather })
    for await (const event of stream)
      expectTypeOf(event.partial).toEqualTypeOf<DeepPartial<z.output<typeof Weather>> | undefined>()
    expectTypeOf(stream.finalObject()).resolves.toEqualTypeOf<ChatObjectResult<z.output<typeof Weather>>>()
  })

  it('refuses response_format beside schema, and a schema that is neither', () => {
    const compileOnly = () =>
      chatObject({
        messages,
        schema: Weather,
        // @ts-expect-error response_format is built from schema
        response_format: { type: 'json_object' },
      })
    expectTypeOf(compileOnly).toBeFunction()
    // @ts-expect-error a string is no schema
    expectTypeOf(chatObject).toBeCallableWith({ messages, schema: 'city' })
  })
})

describe('runTools', () => {
  it('resolves with the completion, the conversation, the steps and the summed usage', async () => {
    const result = await runTools(
      { messages, tools: { f: tool({ parameters: Weather, run: () => 1 }) } },
      { maxSteps: 3 },
    )
    expectTypeOf(result).toEqualTypeOf<RunToolsResult>()
    expectTypeOf(result.completion).toEqualTypeOf<ChatCompletion>()
    expectTypeOf(result.messages).toEqualTypeOf<ChatMessage[]>()
    expectTypeOf(result.steps).toEqualTypeOf<number>()
    expectTypeOf(result.usage).toEqualTypeOf<ChatUsage>()
    expectTypeOf(result.stopReason).toEqualTypeOf<'answered' | 'max_steps'>()
  })

  it('types the arguments of run from the schema with tool(), and takes untyped definitions too', () => {
    tool({
      parameters: Weather,
      run: (args, context) => {
        expectTypeOf(args).toEqualTypeOf<{ city: string; celsius?: number | undefined }>()
        expectTypeOf(context.signal).toEqualTypeOf<AbortSignal | undefined>()
        return args.city
      },
    })
    const untyped: ToolDefinition = { parameters: { type: 'object' }, run: (args) => args }
    expectTypeOf(runTools).toBeCallableWith({
      messages,
      tools: { untyped, typed: tool({ parameters: Weather, run: () => 1 }) },
    })
    const compileOnly = () =>
      runTools({
        messages,
        // @ts-expect-error chat tools go in as definitions keyed by name, not as an array of chat tools
        tools: [{ type: 'function', function: { name: 'f' } }],
      })
    expectTypeOf(compileOnly).toBeFunction()
  })

  it('yields events discriminated by type', async () => {
    for await (const event of await runToolsStream({
      messages,
      tools: { f: tool({ parameters: Weather, run: () => 1 }) },
    })) {
      expectTypeOf(event).toEqualTypeOf<ToolRunEvent>()
      if (event.type === 'tool-call') expectTypeOf(event.call.arguments).toEqualTypeOf<string>()
      if (event.type === 'step-finish') expectTypeOf(event.completion).toEqualTypeOf<ChatCompletion>()
    }
  })
})
