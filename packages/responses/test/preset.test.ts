import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { responses, responsesStream } from '../src/index.js'
import { engines, lastBody, rejection, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()

describe.each(engines)('running a preset on the $name', (engine) => {
  const client = useClient(() => engine.client(mock.server.baseURL))
  const sentModel = () => lastBody<{ model?: unknown }>(mock.server).model

  it('sends model @preset/<slug>, with the params overriding the rest of the preset', async () => {
    const result = await responses(
      { input: 'Hi', temperature: 0.2 },
      { client: client(), preset: 'email-copywriter' },
    )
    expect(sentModel()).toBe('@preset/email-copywriter')
    expect(lastBody(mock.server)).toMatchObject({ temperature: 0.2, input: 'Hi' })
    expect(result.output_text.length).toBeGreaterThan(0)
    await (
      await responsesStream({ input: 'Hi' }, { client: client(), preset: 'email-copywriter' })
    ).finalResponse()
    expect(sentModel()).toBe('@preset/email-copywriter')
  })

  it('keeps a model of the params in front of the preset', async () => {
    await responses({ model: 'openai/gpt-4o', input: 'Hi' }, { client: client(), preset: 'support_v2' })
    expect(sentModel()).toBe('openai/gpt-4o@preset/support_v2')
  })

  it.each([
    ['@preset/email-copywriter', "options.preset: give the slug alone, without '@preset/'"],
    ['two words', 'options.preset: must be a preset slug'],
    ['', 'options.preset: must be a preset slug'],
    ['a/b', 'options.preset: must be a preset slug'],
    [42, 'options.preset: must be a preset slug'],
  ])('rejects %j before any I/O, naming options.preset', async (preset, message) => {
    const before = mock.server.requests.length
    for (const [call, name] of [
      [responses, 'responses'],
      [responsesStream, 'responsesStream'],
    ] as const) {
      const error = await rejection(call({ input: 'Hi' }, { client: client(), preset: preset as string }))
      expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
      expect((error as Error).message).toContain(`${name}: ${message}`)
    }
    expect(mock.server.requests.length).toBe(before)
  })
})
