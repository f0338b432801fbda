import { describe, expect, it } from 'vitest'
import { isOpenRouterError } from '../src/index.js'
import { applyPreset } from '../src/protocol.js'

// The check and the model rewrite every call that runs a model shares (chat, messages,
// responses); those packages test it against the emulator, this tests the rule itself.

describe('applyPreset', () => {
  const params = { messages: [{ role: 'user', content: 'Hi' }], temperature: 0.3 }

  it('returns the params as they are without a preset', () => {
    expect(applyPreset(params, {}, 'chat')).toBe(params)
    expect(applyPreset(params, undefined, 'chat')).toBe(params)
  })

  it('sets model @preset/<slug> on a copy, leaving the other fields to override the preset', () => {
    const applied = applyPreset(params, { preset: 'email-copywriter' }, 'chat')
    expect(applied).toEqual({ ...params, model: '@preset/email-copywriter' })
    expect(params).not.toHaveProperty('model')
  })

  it('keeps a model of the params in front of the preset', () => {
    expect(applyPreset({ model: 'openai/gpt-4o' }, { preset: 'v2.support_bot' }, 'messages').model).toBe(
      'openai/gpt-4o@preset/v2.support_bot',
    )
  })

  it.each([
    ['@preset/email-copywriter', "chat: options.preset: give the slug alone, without '@preset/'"],
    ['', 'chat: options.preset: must be a preset slug'],
    ['-leading-dash', 'chat: options.preset: must be a preset slug'],
    ['has space', 'chat: options.preset: must be a preset slug'],
    ['a/b', 'chat: options.preset: must be a preset slug'],
    ['x'.repeat(129), 'chat: options.preset: must be a preset slug'],
    [7, 'chat: options.preset: must be a preset slug'],
  ])('throws invalid_request for %j, naming options.preset', (preset, message) => {
    let error: unknown
    try {
      applyPreset(params, { preset: preset as string }, 'chat')
    } catch (thrown) {
      error = thrown
    }
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toContain(message)
  })

  it('leaves params that are not an object to the params check', () => {
    expect(applyPreset(null, { preset: 'ok' }, 'chat')).toBe(null)
  })
})
