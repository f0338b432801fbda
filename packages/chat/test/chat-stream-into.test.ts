import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { type ChatCompletion, type ChatSinkEvent, chatStream } from '../src/index.js'
import { engines, params, scenario, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()

/** Collects `into` events and resolves at the terminal one. */
function recorder() {
  const events: ChatSinkEvent[] = []
  let settle: () => void = () => {}
  const done = new Promise<void>((resolve) => {
    settle = resolve
  })
  const into = (event: ChatSinkEvent) => {
    events.push(event)
    if (event.type !== 'item') settle()
  }
  return { events, into, done }
}

describe.each(engines)('chatStream into on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('pushes every chunk then one complete event with the accumulated completion', async () => {
    const { events, into, done } = recorder()
    const stream = await chatStream(
      params(),
      scenario({ chunks: 4, text: 'push me along' }, { client: client(), into }),
    )
    await done
    const kinds = events.map((event) => event.type)
    expect(kinds).toEqual(['item', 'item', 'item', 'item', 'item', 'complete'])
    const last = events.at(-1)
    expect(last?.type === 'complete' && last.result.choices[0]?.message.content).toBe('push me along')
    expect(last?.type === 'complete' && last.result.generationId).toBe(stream.generationId)
    const items = events.flatMap((event) => (event.type === 'item' ? [event.item] : []))
    expect(items.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')).toBe('push me along')
    expect(() => stream.finalCompletion()).toThrow(/already consumed by into/)
  })

  it('pushes the chunks then one error event with the partial completion when the stream fails', async () => {
    const { events, into, done } = recorder()
    await chatStream(
      params(),
      scenario({ chunks: 4, errorAfter: 1, errorCode: 429 }, { client: client(), into }),
    )
    await done
    expect(events.map((event) => event.type)).toEqual(['item', 'error'])
    const last = events.at(-1)
    const error = last?.type === 'error' ? last.error : undefined
    expect(isOpenRouterError(error) && error.kind).toBe('rate_limit')
    expect(isOpenRouterError(error) && error.status).toBe(200)
    expect(isOpenRouterError(error) && error.message).toMatch(/in-band error code 429/)
    const partial = (error as { partial: ChatCompletion }).partial
    expect(partial.choices).toHaveLength(1)
    const first = events[0]
    expect(partial.choices[0]?.message.content).toBe(
      first?.type === 'item' ? first.item.choices[0]?.delta.content : 'no item',
    )
  })

  it('ends with one AbortError event when the stream is aborted', async () => {
    const events: ChatSinkEvent[] = []
    let settle: () => void = () => {}
    const done = new Promise<void>((resolve) => {
      settle = resolve
    })
    const stream = await chatStream(
      params(),
      scenario(
        { chunks: 6, stallAfter: 2 },
        {
          client: client(),
          into: (event: ChatSinkEvent) => {
            events.push(event)
            if (events.length === 2) stream.abort()
            if (event.type !== 'item') settle()
          },
        },
      ),
    )
    await done
    expect(events.map((event) => event.type)).toEqual(['item', 'item', 'error'])
    const last = events.at(-1)
    expect(last?.type === 'error' && (last.error as Error).name).toBe('AbortError')
  })

  it('ends with one error event when the into callback throws on a chunk', async () => {
    const { events, into, done } = recorder()
    const failing = (event: ChatSinkEvent) => {
      into(event)
      if (event.type === 'item') throw new Error('render failed')
    }
    await chatStream(params(), scenario({ chunks: 4 }, { client: client(), into: failing }))
    await done
    expect(events.map((event) => event.type)).toEqual(['item', 'error'])
    const last = events.at(-1)
    expect(last?.type === 'error' && (last.error as Error).message).toBe('render failed')
  })
})
