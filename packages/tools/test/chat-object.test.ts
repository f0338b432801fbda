import { getModel } from '@orsdk/catalog'
import { isOpenRouterError, type OpenRouterError } from '@orsdk/transport'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { chatObject, chatObjectStream, type ObjectDecodeFailure } from '../src/index.js'
import { collect, engines, lastBody, rejection, scenario, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()
const messages = [{ role: 'user' as const, content: 'Weather in Paris?' }]
const model = 'openai/gpt-4o-mini'
const Weather = z.object({ city: z.string(), celsius: z.number(), tags: z.array(z.string()) })
const weatherJsonSchema = {
  type: 'object',
  properties: {
    city: { type: 'string' },
    celsius: { type: 'number' },
    tags: { type: 'array', items: { type: 'string' } },
  },
  required: ['city', 'celsius', 'tags'],
  additionalProperties: false,
}
const ValibotWeather = v.object({ city: v.string(), celsius: v.number(), tags: v.array(v.string()) })
const failure = (error: unknown) => (error as OpenRouterError).body as ObjectDecodeFailure

describe.each(engines)('chatObject on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('sends the JSON Schema a zod schema describes itself with and resolves with the validated value', async () => {
    const { value, completion } = await chatObject(
      { model, messages, schema: Weather, name: 'weather' },
      { client: client() },
    )
    expect(value).toEqual({ city: 'emulated', celsius: 42.5, tags: ['emulated'] })
    expect(completion.generationId).toMatch(/^gen-/)
    const format = lastBody(mock.server).response_format as {
      type: string
      json_schema: { name: string; schema: Record<string, unknown> }
    }
    expect(format.type).toBe('json_schema')
    expect(format.json_schema.name).toBe('weather')
    expect(format.json_schema.schema).toMatchObject({ type: 'object', required: ['city', 'celsius', 'tags'] })
    expect(format.json_schema.schema).not.toHaveProperty('$schema')
  })

  it('validates with a valibot schema and sends the JSON Schema passed beside it', async () => {
    const { value } = await chatObject(
      { model, messages, schema: ValibotWeather, jsonSchema: weatherJsonSchema, strict: true },
      { client: client() },
    )
    expect(value).toEqual({ city: 'emulated', celsius: 42.5, tags: ['emulated'] })
    expect(lastBody(mock.server).response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'response', schema: weatherJsonSchema, strict: true },
    })
  })

  it('sends a plain JSON Schema as it is and only parses the reply', async () => {
    const { value } = await chatObject(
      { model, messages, schema: weatherJsonSchema },
      scenario({ text: '{"city": 5}' }, { client: client() }),
    )
    expect(value).toEqual({ city: 5 })
  })

  it('rejects with decode, the raw text, the issues and the completion when the reply fails the schema', async () => {
    const error = await rejection(
      chatObject(
        { model, messages, schema: Weather },
        scenario({ text: '{"city": 5, "celsius": 20}' }, { client: client() }),
      ),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('decode')
    expect((error as Error).message).toMatch(/^chatObject: the reply does not match the schema: city: /)
    expect(failure(error).text).toBe('{"city": 5, "celsius": 20}')
    expect(failure(error).issues.map((issue) => issue.path?.[0])).toEqual(['city', 'tags'])
    expect((error as OpenRouterError).partial).toMatchObject({
      choices: [{ message: { content: '{"city": 5, "celsius": 20}' } }],
    })
  })

  it('rejects with decode naming the JSON problem when the reply is not JSON', async () => {
    const error = await rejection(
      chatObject(
        { model, messages, schema: Weather },
        scenario({ text: 'Sure! It is sunny.' }, { client: client() }),
      ),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('decode')
    expect((error as Error).message).toContain('chatObject: the reply is not valid JSON')
    expect(failure(error).issues[0]?.message).toMatch(/^not valid JSON: /)
    expect(failure(error).text).toBe('Sure! It is sunny.')
  })

  it('reads JSON a provider wrapped in a markdown fence', async () => {
    const text = '```json\n{"city":"Paris","celsius":18,"tags":[]}\n```'
    const { value } = await chatObject(
      { model, messages, schema: Weather },
      scenario({ text }, { client: client() }),
    )
    expect(value).toEqual({ city: 'Paris', celsius: 18, tags: [] })
  })

  it('rejects bad input before any I/O', async () => {
    const before = mock.server.requests.length
    const cases = [
      chatObject({ model, messages, schema: ValibotWeather }, { client: client() }),
      chatObject({ model, messages, schema: Weather, name: 'has space' }, { client: client() }),
      chatObject({ model, messages, schema: 'x' as never }, { client: client() }),
      chatObject({ model, messages, schema: Weather, response_format: { type: 'json_object' } } as never, {
        client: client(),
      }),
    ]
    const errors = await Promise.all(cases.map(rejection))
    expect(errors.map((error) => isOpenRouterError(error) && error.kind)).toEqual(
      Array(4).fill('invalid_request'),
    )
    expect((errors[0] as Error).message).toBe(
      'chatObject: schema.jsonSchema: is required: this valibot schema cannot describe itself as JSON Schema (pass its JSON Schema, e.g. from @valibot/to-json-schema)',
    )
    expect((errors[3] as Error).message).toContain('response_format')
    expect(mock.server.requests.length).toBe(before)
  })
})

describe.each(engines)('chatObject with the catalog on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))
  // The real catalog snapshot: this Amazon model lists neither structured_outputs nor response_format.
  const unsupported = 'amazon/nova-lite-v1'

  it('rejects a model the catalog marks as unsupported before any I/O, offering require_parameters', async () => {
    expect(getModel(unsupported)?.supported_parameters).not.toContain('structured_outputs')
    const before = mock.server.requests.length
    const error = await rejection(
      chatObject(
        { model: unsupported, messages, schema: Weather },
        { client: client(), catalog: { getModel }, unsupportedModel: 'reject' },
      ),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toContain(`chatObject: ${unsupported} does not list structured_outputs`)
    expect((error as Error).message).toContain('provider: { require_parameters: true }')
    expect(mock.server.requests.length).toBe(before)
  })

  it('warns and goes on by default, and says nothing for a model that lists structured_outputs', async () => {
    const warnings: string[] = []
    const onWarning = (message: string) => warnings.push(message)
    await chatObject(
      { model: unsupported, messages, schema: Weather },
      { client: client(), catalog: { getModel }, onWarning },
    )
    await chatObject(
      { model, models: ['openai/gpt-4o'], messages, schema: Weather },
      { client: client(), catalog: { getModel }, onWarning },
    )
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(unsupported)
    expect(lastBody(mock.server)).not.toHaveProperty('catalog')
  })

  it('says no provider may serve it when require_parameters is already set', async () => {
    const error = await rejection(
      chatObject(
        { model: unsupported, messages, schema: Weather, provider: { require_parameters: true } },
        { client: client(), catalog: { getModel }, unsupportedModel: 'reject' },
      ),
    )
    expect((error as Error).message).toContain('no provider may serve the call')
  })
})

describe.each(engines)('chatObjectStream on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('yields the value parsed so far as the JSON streams, then the validated value', async () => {
    const stream = await chatObjectStream(
      { model, messages, schema: Weather },
      scenario({ chunks: 8 }, { client: client() }),
    )
    const events = await collect(stream)
    expect(events.length).toBe(8)
    expect(events.map((event) => event.delta).join('')).toBe(events.at(-1)?.text)
    expect(events[0]?.partial).toEqual({})
    expect(events.at(-1)?.partial).toEqual({ city: 'emulated', celsius: 42.5, tags: ['emulated'] })
    const { value, completion } = await stream.finalObject()
    expect(value).toEqual({ city: 'emulated', celsius: 42.5, tags: ['emulated'] })
    expect(completion.usage?.total_tokens).toBeGreaterThan(0)
    expect(stream.generationId).toBe(completion.generationId)
  })

  it('rejects finalObject with decode when the streamed reply fails the schema', async () => {
    const stream = await chatObjectStream(
      { model, messages, schema: Weather },
      scenario({ text: '{"city":"Paris"}' }, { client: client() }),
    )
    const error = await rejection(stream.finalObject())
    expect(isOpenRouterError(error) && error.kind).toBe('decode')
    expect(failure(error).text).toBe('{"city":"Paris"}')
  })

  it('stops the stream and rejects with the abort reason when aborted mid-way', async () => {
    const stream = await chatObjectStream(
      { model, messages, schema: Weather },
      scenario({ chunks: 20, chunkDelayMs: 20 }, { client: client() }),
    )
    const iterator = stream[Symbol.asyncIterator]()
    await iterator.next()
    stream.abort()
    const error = await rejection(iterator.next())
    expect((error as Error).name).toBe('AbortError')
  })
})
