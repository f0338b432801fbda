import type { ChatMessage, ToolMessage } from '@orsdk/chat'
import { costOf } from '@orsdk/chat'
import { isOpenRouterError } from '@orsdk/transport'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { type RunToolsParams, runTools, runToolsStream, type ToolRunEvent, tool } from '../src/index.js'
import {
  collect,
  engines,
  rejection,
  scenario,
  TEST_KEY,
  useClient,
  useMockServer,
  withServer,
} from './helpers.js'

const mock = useMockServer()
const question: ChatMessage[] = [{ role: 'user', content: 'Weather and time in Paris?' }]
const City = z.object({ city: z.string() })
const toolMessages = (messages: ChatMessage[]) =>
  messages.filter((message): message is ToolMessage => message.role === 'tool')

/** Two tools that each wait until both have started: they finish only if they run at once. */
function parallelTools() {
  const started: string[] = []
  let release: () => void = () => {}
  const bothStarted = new Promise<void>((resolve) => {
    release = resolve
  })
  const run = (name: string, answer: object) => async () => {
    started.push(name)
    if (started.length === 2) release()
    await bothStarted
    return answer
  }
  return {
    started,
    tools: {
      get_weather: tool({
        description: 'Weather of a city',
        parameters: City,
        run: run('get_weather', { celsius: 18 }),
      }),
      get_time: tool({ parameters: City, run: run('get_time', { time: '12:00' }) }),
    },
  }
}

describe.each(engines)('runTools on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))
  const params = (tools: RunToolsParams['tools'], extra: Partial<RunToolsParams> = {}): RunToolsParams => ({
    model: 'openai/gpt-4o-mini',
    messages: question,
    tools,
    ...extra,
  })

  it('runs two requested tools at once, sends both results back and resolves with the answer', async () => {
    const { tools, started } = parallelTools()
    const before = mock.server.requests.length
    const result = await runTools(params(tools, { parallel_tool_calls: true }), { client: client() })
    expect(started.sort()).toEqual(['get_time', 'get_weather'])
    expect(result.steps).toBe(2)
    expect(result.stopReason).toBe('answered')
    expect(result.completion.choices[0]?.message.content).toContain('Hello from the OpenRouter emulator')
    expect(result.messages.map((message) => message.role)).toEqual([
      'user',
      'assistant',
      'tool',
      'tool',
      'assistant',
    ])
    const assistant = result.messages[1]
    const ids = assistant?.role === 'assistant' ? assistant.tool_calls?.map((call) => call.id) : []
    expect(toolMessages(result.messages).map((message) => message.tool_call_id)).toEqual(ids)
    expect(toolMessages(result.messages).map((message) => message.content)).toEqual([
      '{"celsius":18}',
      '{"time":"12:00"}',
    ])
    // What the second request carried: the whole conversation, and the tools as JSON Schema.
    const second = mock.server.requests[before + 1]?.body as {
      messages: ChatMessage[]
      tools: { function: { name: string; parameters: object } }[]
    }
    expect(second.messages).toEqual(result.messages.slice(0, 4))
    expect(second.tools.map((entry) => entry.function.name)).toEqual(['get_weather', 'get_time'])
    expect(second.tools[0]?.function.parameters).toMatchObject({
      type: 'object',
      properties: { city: { type: 'string' } },
    })
    expect(question).toHaveLength(1)
  })

  it('adds every step usage up', async () => {
    const { tools } = parallelTools()
    const run = await runToolsStream(params(tools, { parallel_tool_calls: true }), { client: client() })
    const steps = (await collect(run)).filter((event) => event.type === 'step-finish')
    const result = await run.finalResult()
    const sum = (field: 'prompt_tokens' | 'completion_tokens' | 'total_tokens') =>
      steps.reduce(
        (total, event) => total + (event.type === 'step-finish' ? (event.usage?.[field] ?? 0) : 0),
        0,
      )
    expect(steps).toHaveLength(2)
    expect(result.usage.prompt_tokens).toBe(sum('prompt_tokens'))
    expect(result.usage.total_tokens).toBe(sum('total_tokens'))
    const cost = steps.reduce(
      (total, event) => total + (event.type === 'step-finish' ? (event.usage?.cost ?? 0) : 0),
      0,
    )
    expect(costOf(result.usage)?.total).toBeCloseTo(cost, 12)
  })

  it('sends a tool that throws back to the model as a tool error, key redacted, and goes on', async () => {
    const failing = tool({
      parameters: City,
      run: () => {
        throw new Error(`upstream refused ${TEST_KEY}`)
      },
    })
    const result = await runTools(params({ get_weather: failing }), { client: client() })
    expect(result.stopReason).toBe('answered')
    const [message] = toolMessages(result.messages)
    expect(message?.content).toMatch(/^Error from get_weather: upstream refused /)
    expect(message?.content).not.toContain(TEST_KEY)
  })

  it('sends a bad argument back to the model as a tool error without running the tool', async () => {
    let ran = false
    // The emulator fills strings with "emulated": too short for this schema.
    const strict = tool({ parameters: z.object({ city: z.string().min(10) }), run: () => (ran = true) })
    const result = await runTools(params({ get_weather: strict }), { client: client() })
    expect(ran).toBe(false)
    expect(result.steps).toBe(2)
    expect(toolMessages(result.messages)[0]?.content).toMatch(
      /^Invalid arguments for get_weather: city: .*Call it again/,
    )
  })

  it('validates with valibot when the JSON Schema is passed beside it', async () => {
    const schema = v.object({ city: v.string() })
    const jsonSchema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }
    const seen: unknown[] = []
    const result = await runTools(
      params({ get_weather: tool({ parameters: schema, jsonSchema, run: (args) => seen.push(args) }) }),
      { client: client() },
    )
    expect(seen).toEqual([{ city: 'emulated' }])
    expect(result.stopReason).toBe('answered')
  })

  it('tells the model about a tool it does not have', async () => {
    const body = {
      id: 'gen-x',
      object: 'chat.completion',
      created: 1,
      model: 'm',
      choices: [
        {
          index: 0,
          finish_reason: 'tool_calls',
          message: {
            role: 'assistant',
            content: null,
            tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'launch', arguments: '{}' } }],
          },
        },
      ],
    }
    const { tools } = parallelTools()
    const result = await runTools(
      params({ get_weather: tools.get_weather }),
      scenario({ body }, { client: client(), maxSteps: 1 }),
    )
    expect(toolMessages(result.messages)[0]?.content).toBe(
      'Unknown tool "launch". The tools are: get_weather.',
    )
  })

  it('stops at maxSteps with the last calls run, so the conversation can go on', async () => {
    const seen: unknown[] = []
    const result = await runTools(
      params({ get_weather: tool({ parameters: City, run: (args) => seen.push(args) }) }),
      {
        client: client(),
        maxSteps: 1,
      },
    )
    expect(result).toMatchObject({ steps: 1, stopReason: 'max_steps' })
    expect(result.completion.choices[0]?.finish_reason).toBe('tool_calls')
    expect(seen).toHaveLength(1)
    expect(result.messages.at(-1)?.role).toBe('tool')
    const next = await runTools(
      {
        ...params({ get_weather: tool({ parameters: City, run: () => 'sunny' }) }),
        messages: result.messages,
      },
      { client: client() },
    )
    expect(next.stopReason).toBe('answered')
  })

  it('rejects with the abort reason at once when aborted while a tool runs, and sends nothing more', async () => {
    const controller = new AbortController()
    const hanging = tool({
      parameters: City,
      run: () => {
        controller.abort()
        return new Promise(() => {})
      },
    })
    const before = mock.server.requests.length
    const error = await rejection(
      runTools(params({ get_weather: hanging }), { client: client(), signal: controller.signal }),
    )
    expect((error as Error).name).toBe('AbortError')
    expect(mock.server.requests.length).toBe(before + 1)
  })

  it('rejects bad tools and options before any I/O', async () => {
    const before = mock.server.requests.length
    const ok = tool({ parameters: City, run: () => 1 })
    const cases: Array<[Promise<unknown>, string]> = [
      [runTools(params({}), { client: client() }), 'runTools: tools: must hold at least one tool'],
      [
        runTools(params({ 'bad name': ok }), { client: client() }),
        'runTools: tools.bad name: the name must be',
      ],
      [
        runTools(params({ f: { parameters: City } as never }), { client: client() }),
        'runTools: tools.f.run: must be a function',
      ],
      [
        runTools(params({ f: { parameters: v.object({}), run: () => 1 } }), { client: client() }),
        'runTools: tools.f.parameters.jsonSchema: is required',
      ],
      [
        runTools(params({ f: ok }), { client: client(), maxSteps: 0 }),
        'runTools: options.maxSteps: must be an integer >= 1',
      ],
      [
        runTools(params({ f: ok }, { messages: [] }), { client: client() }),
        'chat: messages: must not be empty',
      ],
    ]
    for (const [promise, message] of cases) {
      const error = await rejection(promise)
      expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
      expect((error as Error).message).toContain(message)
    }
    expect(mock.server.requests.length).toBe(before)
  })
})

describe.each(engines)('runToolsStream on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('yields tool calls, results, text and step ends as they happen, then the result', async () => {
    const { tools } = parallelTools()
    const run = await runToolsStream(
      { model: 'openai/gpt-4o-mini', messages: question, tools, parallel_tool_calls: true },
      scenario({ chunks: 3 }, { client: client() }),
    )
    const events = await collect(run)
    const kinds = events
      .map((event) => event.type)
      .filter((type, index, all) => type !== 'text-delta' || all[index - 1] !== 'text-delta')
    expect(kinds).toEqual([
      'tool-call',
      'tool-call',
      'tool-result',
      'tool-result',
      'step-finish',
      'text-delta',
      'step-finish',
    ])
    const text = events.flatMap((event) => (event.type === 'text-delta' ? [event.text] : [])).join('')
    const result = await run.finalResult()
    expect(result.completion.choices[0]?.message.content).toBe(text)
    expect(events.filter((event) => event.type === 'text-delta').every((event) => event.step === 2)).toBe(
      true,
    )
    const calls = events.flatMap((event) => (event.type === 'tool-call' ? [event.call] : []))
    expect(calls.map((call) => [call.name, JSON.parse(call.arguments)])).toEqual([
      ['get_weather', { city: 'emulated' }],
      ['get_time', { city: 'emulated' }],
    ])
  })

  it('yields tool errors as events', async () => {
    const failing = tool({ parameters: City, run: () => Promise.reject(new Error('down')) })
    const run = await runToolsStream(
      { model: 'm/x', messages: question, tools: { get_weather: failing } },
      { client: client() },
    )
    const error = (await collect(run)).find(
      (event): event is Extract<ToolRunEvent, { type: 'tool-error' }> => event.type === 'tool-error',
    )
    expect(error).toMatchObject({ step: 1, reason: 'failed', message: 'Error from get_weather: down' })
  })

  it('stops the model call and the loop when the reader breaks out early', async () => {
    const { tools } = parallelTools()
    const run = await runToolsStream(
      { model: 'openai/gpt-4o-mini', messages: question, tools, parallel_tool_calls: true },
      scenario({ chunks: 50, chunkDelayMs: 20 }, { client: client() }),
    )
    for await (const event of run) if (event.type === 'text-delta') break
    const error = await rejection(run.finalResult())
    expect((error as Error).name).toBe('AbortError')
  })

  it('rejects bad tools before it resolves', async () => {
    const error = await rejection(runToolsStream({ messages: question, tools: {} }, { client: client() }))
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
  })
})

describe.each(engines)(
  'runTools with a provider that reuses tool-call ids on the $name',
  ({ client: makeClient }) => {
    it('gives a repeated id a fresh one, so each tool result answers one call', async () => {
      const answer = (message: object) => ({
        id: 'gen-x',
        object: 'chat.completion',
        created: 1,
        model: 'm',
        choices: [
          { index: 0, finish_reason: 'stop', message: { role: 'assistant', content: null, ...message } },
        ],
      })
      const call = {
        id: 'call_0',
        type: 'function',
        function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
      }
      let turn = 0
      const script = (request: { path: string }) =>
        request.path.endsWith('/chat/completions')
          ? { body: turn++ < 2 ? answer({ tool_calls: [call] }) : answer({ content: 'Done.' }) }
          : undefined
      await withServer(
        async (server) => {
          const client = makeClient(server.baseURL)
          try {
            const result = await runTools(
              {
                model: 'm/x',
                messages: question,
                tools: { get_weather: tool({ parameters: City, run: () => 'sunny' }) },
              },
              { client },
            )
            const ids = result.messages.flatMap((message) =>
              message.role === 'assistant' ? (message.tool_calls ?? []).map((entry) => entry.id) : [],
            )
            expect(ids[0]).toBe('call_0')
            expect(ids[1]).toMatch(/^call_[0-9a-f]{24}$/)
            expect(toolMessages(result.messages).map((message) => message.tool_call_id)).toEqual(ids)
            expect(result.steps).toBe(3)
          } finally {
            await client.close()
          }
        },
        { script },
      )
    })
  },
)
