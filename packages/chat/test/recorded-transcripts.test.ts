import { readFileSync } from 'node:fs'
import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { type ChatCompletion, ChatStream, chatStream } from '../src/index.js'
import { collect, engines, params, rejection, scenario, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const capture = fixture('chat-stream.openai-go-issue-227.sse')
const midstreamErrors = fixture('chat-stream.midstream-error.docs-examples.sse')
  .split('\n\n')
  .filter((event) => event.trim() !== '')
  .map((event) => `${event}\n\n`)

describe.each(engines)('recorded transcripts on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))
  const replay = (raw: string[], extra = {}) =>
    chatStream(params(), scenario({ raw, ...extra }, { client: client() }))

  it('reports stream_disconnect with the partial text when the real capture ends without [DONE]', async () => {
    const error = await rejection((await replay([capture])).finalCompletion())
    expect(isOpenRouterError(error) && error.kind).toBe('stream_disconnect')
    const partial = (error as { partial: ChatCompletion }).partial
    expect(partial.choices[0]?.message.content).toBe('亚')
    expect(partial.provider).toBe('OpenAI')
  })

  it('accumulates the real capture when it is completed with a usage chunk and [DONE]', async () => {
    const usage = { prompt_tokens: 9, completion_tokens: 2, total_tokens: 11, cost: 0.00001, is_byok: false }
    const tail = `data: ${JSON.stringify({ id: 'gen-1739458867-kUKFjpDGCEBBvK6V46PX', provider: 'OpenAI', model: 'openai/gpt-4o-mini', object: 'chat.completion.chunk', created: 1739458867, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: 'stop', native_finish_reason: 'stop', logprobs: null }] })}\n\ndata: ${JSON.stringify({ id: 'gen-1739458867-kUKFjpDGCEBBvK6V46PX', object: 'chat.completion.chunk', created: 1739458867, model: 'openai/gpt-4o-mini', choices: [{ index: 0, delta: {}, finish_reason: null }], usage })}\n\ndata: [DONE]\n\n`
    const completion = await (
      await replay([capture, tail], {
        splitBytes: 3,
        headers: { 'x-generation-id': 'gen-1739458867-kUKFjpDGCEBBvK6V46PX' },
      })
    ).finalCompletion()
    expect(completion).toMatchObject({
      id: 'gen-1739458867-kUKFjpDGCEBBvK6V46PX',
      generationId: 'gen-1739458867-kUKFjpDGCEBBvK6V46PX',
      model: 'openai/gpt-4o-mini',
      provider: 'OpenAI',
      system_fingerprint: 'fp_72ed7ab54c',
      usage,
    })
    expect(completion.choices).toEqual([
      {
        index: 0,
        message: { role: 'assistant', content: '亚' },
        finish_reason: 'stop',
        native_finish_reason: 'stop',
        // The capture sends `logprobs: null` on every chunk: null it stays.
        logprobs: null,
      },
    ])
  })

  it.each([
    [0, 'server', 'server_error'],
    [1, 'rate_limit', 429],
    [2, 'rate_limit', 429],
  ])('throws the documented mid-stream error example %i as kind %s', async (index, kind, code) => {
    const event = midstreamErrors[index] ?? ''
    const error = await rejection(collect(await replay([capture, event])))
    expect(isOpenRouterError(error) && error.kind).toBe(kind)
    expect(isOpenRouterError(error) && error.code).toBe(code)
  })
})

describe('ChatStream.fromResponse', () => {
  it('rebuilds a stream from a Response that carries the recorded bytes', async () => {
    const response = new Response(`${capture}data: [DONE]\n\n`, { headers: { 'x-generation-id': 'gen-x' } })
    const stream = ChatStream.fromResponse(response)
    expect(stream.generationId).toBe('gen-x')
    expect((await stream.finalCompletion()).choices[0]?.message.content).toBe('亚')
  })

  it('rejects the first read with the mapped error when the forwarded response is not ok', async () => {
    const response = new Response(JSON.stringify({ error: { code: 401, message: 'User not found.' } }), {
      status: 401,
    })
    const error = await rejection(ChatStream.fromResponse(response).finalCompletion())
    expect(isOpenRouterError(error) && error.kind).toBe('auth')
  })
})
