import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { type ChatStreamEvent, chatStream, type PartialCompletionErrorBody } from '../src/index.js'
import { engines, params, scenario, useMockServer } from './helpers.js'

const mock = useMockServer()

/** Collects `into` events and resolves at the terminal one. */
function recorder() {
  const events: ChatStreamEvent[] = []
  let settle: () => void = () => {}
  const done = new Promise<void>((resolve) => {
    settle = resolve
  })
  const into = (event: ChatStreamEvent) => {
    events.push(event)
    if (event.type !== 'chunk') settle()
  }
  return { events, into, done }
}

describe.each(engines)('chatStream into on the $name', ({ client: makeClient }) => {
  const client = () => makeClient(mock.server.baseURL)

  it('pushes every chunk then one complete event with the accumulated completion', async () => {
    const { events, into, done } = recorder()
    const stream = await chatStream(
      params(),
      scenario({ chunks: 4, text: 'push me along' }, { client: client(), into }),
    )
    await done
    const kinds = events.map((event) => event.type)
    expect(kinds).toEqual(['chunk', 'chunk', 'chunk', 'chunk', 'chunk', 'complete'])
    const last = events.at(-1)
    expect(last?.type === 'complete' && last.completion.choices[0]?.message.content).toBe('push me along')
    expect(last?.type === 'complete' && last.completion.generationId).toBe(stream.generationId)
    expect(() => stream.finalCompletion()).toThrow(/already consumed by into/)
  })

  it('pushes the chunks then one error event with the partial completion when the stream fails', async () => {
    const { events, into, done } = recorder()
    await chatStream(
      params(),
      scenario({ chunks: 4, errorAfter: 1, errorCode: 429 }, { client: client(), into }),
    )
    await done
    expect(events.map((event) => event.type)).toEqual(['chunk', 'error'])
    const last = events.at(-1)
    const error = last?.type === 'error' ? last.error : undefined
    expect(isOpenRouterError(error) && error.kind).toBe('rate_limit')
    expect((error as { body: PartialCompletionErrorBody }).body.partial.choices).toHaveLength(1)
  })

  it('ends with one AbortError event when the stream is aborted', async () => {
    const events: ChatStreamEvent[] = []
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
          into: (event: ChatStreamEvent) => {
            events.push(event)
            if (events.length === 2) stream.abort()
            if (event.type !== 'chunk') settle()
          },
        },
      ),
    )
    await done
    expect(events.map((event) => event.type)).toEqual(['chunk', 'chunk', 'error'])
    const last = events.at(-1)
    expect(last?.type === 'error' && (last.error as Error).name).toBe('AbortError')
  })

  it('ends with one error event when the into callback throws on a chunk', async () => {
    const { events, into, done } = recorder()
    const failing = (event: ChatStreamEvent) => {
      into(event)
      if (event.type === 'chunk') throw new Error('render failed')
    }
    await chatStream(params(), scenario({ chunks: 4 }, { client: client(), into: failing }))
    await done
    expect(events.map((event) => event.type)).toEqual(['chunk', 'error'])
    const last = events.at(-1)
    expect(last?.type === 'error' && (last.error as Error).message).toBe('render failed')
  })
})
