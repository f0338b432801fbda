import { describe, expectTypeOf, it } from 'vitest'
import { messages, messagesStream } from '../src/index.js'

describe('messages with a preset', () => {
  it('needs a model only when no preset names one', () => {
    const turns = [{ role: 'user' as const, content: 'Hi' }]
    expectTypeOf(messages).toBeCallableWith({ messages: turns }, { preset: 'code-reviewer' })
    expectTypeOf(messagesStream).toBeCallableWith({ messages: turns }, { preset: 'code-reviewer' })
    expectTypeOf(messages).toBeCallableWith({ model: 'openai/gpt-4o', messages: turns })
    // @ts-expect-error: without a preset, the model is required
    messages({ messages: turns })
  })
})
