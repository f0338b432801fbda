import { clientEngines, rejection, useClient, useMockServer } from '@orsdk/test-support'
import { createClient, isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { messages, messagesStream } from '../src/index.js'

const mock = useMockServer()
const turns = [{ role: 'user' as const, content: 'Review this diff.' }]

describe.each(clientEngines(createClient))('messages with a preset on the $name', (engine) => {
  const client = useClient(() => engine.client(mock.server.baseURL))
  const sent = () => mock.server.requests.at(-1)?.body as Record<string, unknown> | undefined

  it('sends model @preset/<slug> without a model in the params, from messages and messagesStream', async () => {
    const message = await messages(
      { max_tokens: 100, messages: turns },
      { client: client(), preset: 'code-reviewer' },
    )
    expect(message.model).toBe('@preset/code-reviewer')
    expect(sent()).toMatchObject({ model: '@preset/code-reviewer', max_tokens: 100, messages: turns })
    const stream = await messagesStream({ messages: turns }, { client: client(), preset: 'code-reviewer' })
    expect((await stream.finalMessage()).model).toBe('@preset/code-reviewer')
    expect(sent()).toMatchObject({ model: '@preset/code-reviewer', stream: true })
  })

  it('keeps a model of the params in front of the preset', async () => {
    await messages(
      { model: 'anthropic/claude-haiku-4.5', messages: turns },
      { client: client(), preset: 'code-reviewer' },
    )
    expect(sent()?.model).toBe('anthropic/claude-haiku-4.5@preset/code-reviewer')
  })

  it('rejects a slug that is not a plain slug before any I/O, naming options.preset', async () => {
    const before = mock.server.requests.length
    const buffered = await rejection(messages({ messages: turns }, { client: client(), preset: 'a/b' }))
    expect(isOpenRouterError(buffered) && buffered.kind).toBe('invalid_request')
    expect((buffered as Error).message).toContain('messages: options.preset: must be a preset slug')
    const streamed = await rejection(
      messagesStream({ messages: turns }, { client: client(), preset: '@preset/x' }),
    )
    expect((streamed as Error).message).toBe(
      "messagesStream: options.preset: give the slug alone, without '@preset/'",
    )
    expect(mock.server.requests.length).toBe(before)
  })

  it('still requires a model when no preset names one', async () => {
    const error = await rejection(messages({ messages: turns } as never, { client: client() }))
    expect((error as Error).message).toBe('messages: model: is required')
  })
})
