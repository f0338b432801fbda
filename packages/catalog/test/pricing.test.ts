import { describe, expect, it } from 'vitest'
import { getModel, pricing } from '../src/index'

describe('pricing', () => {
  it('converts decimal strings to numbers in USD per token', () => {
    const price = pricing('openai/gpt-4o')
    expect(getModel('openai/gpt-4o')?.pricing.prompt).toBe('0.0000025')
    expect(price?.prompt).toBe(0.0000025)
    expect(price?.completion).toBe(0.00001)
    expect(price?.input_cache_read).toBe(0.00000125)
  })

  it('returns 0 for every key the API omitted', () => {
    const price = pricing('openai/gpt-4o')
    expect(getModel('openai/gpt-4o')?.pricing).not.toHaveProperty('request')
    expect(price?.request).toBe(0)
    expect(price?.image).toBe(0)
    expect(price?.web_search).toBe(0)
    expect(price?.discount).toBe(0)
    expect(price?.overrides).toEqual([])
  })

  it('keeps -1 for a router whose price is dynamic', () => {
    expect(getModel('openrouter/auto')?.pricing.prompt).toBe('-1')
    expect(pricing('openrouter/auto')).toMatchObject({ prompt: -1, completion: -1, request: 0 })
  })

  it('reads per-image, per-search and audio prices', () => {
    expect(pricing('google/gemini-3.7-flash')).toMatchObject({ image: 0.000000375, web_search: 0.014 })
    expect(pricing('openai/gpt-audio')).toMatchObject({ audio: 0.000032, audio_output: 0.000064 })
  })

  it('converts the price strings of override tiers to numbers', () => {
    expect(pricing('x-ai/grok-4.6')?.overrides).toEqual([
      { min_prompt_tokens: 200000, prompt: 0.000004, completion: 0.000012, input_cache_read: 0.000001 },
    ])
  })

  it('resolves variants and aliases like getModel', () => {
    expect(pricing('openai/gpt-4o:free')).toEqual(pricing('openai/gpt-4o'))
    expect(pricing('~openai/gpt-latest')).toEqual(pricing('openai/gpt-5.6-sol'))
  })

  it('returns undefined when the id is unknown', () => {
    expect(pricing('nobody/nothing')).toBeUndefined()
  })
})
