import { describe, expect, it } from 'vitest'
import { chatStream } from '../../src/index.js'
import { engines, params, scenario, useClient, useMockServer } from '../helpers.js'

// finalCompletion() turned `logprobs: null` (sent on every chunk by OpenRouter) into nothing, and
// logprobs with only `content` into `{ content, refusal: [] }` with a `refusal` the wire never
// sent. Fields are now kept as sent: `null` stays `null`, a field never sent stays absent.

const mock = useMockServer()
const token = (text: string) => ({ token: text, logprob: -0.1, bytes: null, top_logprobs: [] })
const chunk = (choice: Record<string, unknown>) =>
  `data: ${JSON.stringify({ id: 'gen-1', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, finish_reason: null, ...choice }] })}\n\n`

describe.each(engines)('fields sent as null or never sent on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))
  const final = async (raw: string[]) =>
    (
      await chatStream(params(), scenario({ raw: [...raw, 'data: [DONE]\n\n'] }, { client: client() }))
    ).finalCompletion()

  it('keeps logprobs null when every chunk sends null', async () => {
    const completion = await final([
      chunk({ delta: { content: 'a' }, logprobs: null, native_finish_reason: null }),
      chunk({ delta: { content: 'b' }, logprobs: null, native_finish_reason: null, finish_reason: 'stop' }),
    ])
    expect(completion.choices[0]?.logprobs).toBeNull()
    expect(completion.choices[0]?.native_finish_reason).toBeNull()
  })

  it('appends logprobs content and adds no refusal list the wire never sent', async () => {
    const completion = await final([
      chunk({ delta: { content: 'a' }, logprobs: null }),
      chunk({ delta: { content: 'b' }, logprobs: { content: [token('b')] } }),
      chunk({ delta: { content: 'c' }, logprobs: { content: [token('c')] } }),
    ])
    expect(completion.choices[0]?.logprobs).toEqual({ content: [token('b'), token('c')] })
  })

  it('keeps refusal and reasoning null when sent null, and leaves them out when never sent', async () => {
    const sentNull = await final([chunk({ delta: { content: 'a', refusal: null, reasoning: null } })])
    expect(sentNull.choices[0]?.message).toEqual({
      role: 'assistant',
      content: 'a',
      refusal: null,
      reasoning: null,
    })
    const neverSent = await final([chunk({ delta: { content: 'a' } })])
    expect(neverSent.choices[0]?.message).toEqual({ role: 'assistant', content: 'a' })
    expect(neverSent.choices[0]).not.toHaveProperty('logprobs')
    expect(neverSent.choices[0]).not.toHaveProperty('native_finish_reason')
  })

  it('lets a string that follows a null win', async () => {
    const completion = await final([
      chunk({ delta: { refusal: null }, native_finish_reason: null }),
      chunk({ delta: { refusal: 'No.' }, native_finish_reason: 'refusal', finish_reason: 'stop' }),
    ])
    expect(completion.choices[0]?.message.refusal).toBe('No.')
    expect(completion.choices[0]?.native_finish_reason).toBe('refusal')
  })
})
