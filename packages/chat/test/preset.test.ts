import { clientEngines, rejection, useClient, useMockServer } from '@orsdk/test-support'
import { createClient, isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { chat, chatStream } from '../src/index.js'

const mock = useMockServer()
const messages = [{ role: 'user' as const, content: 'Draft a launch email.' }]

describe.each(clientEngines(createClient))('chat with a preset on the $name', (engine) => {
  const client = useClient(() => engine.client(mock.server.baseURL))
  const sent = () => mock.server.requests.at(-1)?.body as Record<string, unknown> | undefined

  it('sends model @preset/<slug> from chat and chatStream, the params overriding the rest', async () => {
    await chat({ messages, temperature: 0.4 }, { client: client(), preset: 'email-copywriter' })
    expect(sent()).toMatchObject({ model: '@preset/email-copywriter', temperature: 0.4, messages })
    const stream = await chatStream({ messages }, { client: client(), preset: 'email-copywriter' })
    expect((await stream.finalCompletion()).model).toBe('@preset/email-copywriter')
    expect(sent()).toMatchObject({ model: '@preset/email-copywriter', stream: true })
  })

  it('keeps a model of the params in front of the preset', async () => {
    await chat({ model: 'openai/gpt-4o', messages }, { client: client(), preset: 'email-copywriter' })
    expect(sent()?.model).toBe('openai/gpt-4o@preset/email-copywriter')
  })

  it('rejects a slug that is not a plain slug before any I/O, naming options.preset', async () => {
    const before = mock.server.requests.length
    const buffered = await rejection(chat({ messages }, { client: client(), preset: 'my preset' }))
    expect(isOpenRouterError(buffered) && buffered.kind).toBe('invalid_request')
    expect((buffered as Error).message).toContain('chat: options.preset: must be a preset slug')
    const streamed = await rejection(chatStream({ messages }, { client: client(), preset: '@preset/x' }))
    expect((streamed as Error).message).toBe(
      "chatStream: options.preset: give the slug alone, without '@preset/'",
    )
    expect(mock.server.requests.length).toBe(before)
  })
})
