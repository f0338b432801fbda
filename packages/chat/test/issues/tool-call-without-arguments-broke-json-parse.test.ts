import { describe, expect, it } from 'vitest'
import { chat, chatStream } from '../../src/index.js'
import { engines, params, scenario, useClient, useMockServer } from '../helpers.js'

// A tool call whose `function.arguments` is absent on the wire (a no-argument function, as some
// providers send it) came back `undefined` from chat() (the type says string) and "" from
// finalCompletion(): both broke `JSON.parse(call.function.arguments)`. Both now give '{}'.

const mock = useMockServer()
const call = (fn: Record<string, unknown>) => ({ id: 'call_1', type: 'function', function: fn })
const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
  `data: ${JSON.stringify({ id: 'gen-1', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`
const completion = (calls: unknown[]) => ({
  id: 'gen-1',
  object: 'chat.completion',
  created: 1,
  model: 'm',
  choices: [
    {
      index: 0,
      finish_reason: 'tool_calls',
      message: { role: 'assistant', content: null, tool_calls: calls },
    },
  ],
})

describe.each(engines)('tool calls without arguments on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('gives arguments {} from chat() when the body has none, or an empty string', async () => {
    const body = completion([
      call({ name: 'now' }),
      { ...call({ name: 'today', arguments: '' }), id: 'call_2' },
    ])
    const result = await chat(params(), scenario({ body }, { client: client() }))
    const calls = result.choices[0]?.message.tool_calls ?? []
    expect(calls.map((entry) => entry.function.arguments)).toEqual(['{}', '{}'])
    expect(calls.map((entry) => JSON.parse(entry.function.arguments))).toEqual([{}, {}])
  })

  it('serializes arguments a provider sent as an object, so they parse to the same value', async () => {
    const body = completion([call({ name: 'find', arguments: { q: 'x' } })])
    const result = await chat(params(), scenario({ body }, { client: client() }))
    expect(JSON.parse(result.choices[0]?.message.tool_calls?.[0]?.function.arguments ?? '')).toEqual({
      q: 'x',
    })
  })

  it('gives arguments {} from finalCompletion() when no argument fragment arrives', async () => {
    const raw = [
      chunk({ role: 'assistant', tool_calls: [{ index: 0, ...call({ name: 'now' }) }] }),
      chunk({}, 'tool_calls'),
      'data: [DONE]\n\n',
    ]
    const final = await (
      await chatStream(params(), scenario({ raw }, { client: client() }))
    ).finalCompletion()
    expect(final.choices[0]?.message.tool_calls?.[0]?.function).toEqual({ name: 'now', arguments: '{}' })
  })

  it('keeps the arguments as sent when fragments arrive, even cut short', async () => {
    const raw = [
      chunk({ tool_calls: [{ index: 0, ...call({ name: 'find', arguments: '{"q":' }) }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: '"x' } }] }, 'length'),
      'data: [DONE]\n\n',
    ]
    const final = await (
      await chatStream(params(), scenario({ raw }, { client: client() }))
    ).finalCompletion()
    expect(final.choices[0]?.message.tool_calls?.[0]?.function.arguments).toBe('{"q":"x')
  })
})
