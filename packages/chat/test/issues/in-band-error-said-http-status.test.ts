import { isOpenRouterError, type OpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { chatStream } from '../../src/index.js'
import { engines, params, rejection, scenario, useClient, useMockServer } from '../helpers.js'

// An in-band error in a stream whose HTTP status was 200 was worded "failed with HTTP 429", and
// its `status` was missing when iterating but 200 through finalCompletion(). It now says
// "in-band error code 429" and carries status 200 (the stream's, which really was 200) on both
// paths, with the generation id.

const mock = useMockServer()
const errorChunk = `data: ${JSON.stringify({
  id: 'gen-1',
  object: 'chat.completion.chunk',
  created: 1,
  model: 'm',
  error: { code: 429, message: 'Rate limit exceeded', metadata: { error_type: 'rate_limit_exceeded' } },
  choices: [{ index: 0, delta: { content: '' }, finish_reason: 'error' }],
})}\n\n`
const raw = [
  'data: {"id":"gen-1","choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}\n\n',
  errorChunk,
]
const headers = { 'x-generation-id': 'gen-inband-1' }

function expectInBand(error: unknown): void {
  expect(isOpenRouterError(error)).toBe(true)
  const failure = error as OpenRouterError
  expect(failure.message).toContain('in-band error code 429')
  expect(failure.message).not.toContain('HTTP 429')
  expect(failure).toMatchObject({ kind: 'rate_limit', status: 200, code: 429, generationId: 'gen-inband-1' })
}

describe.each(engines)('an in-band error after a 200 on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('reports status 200 and says in-band error code 429 when iterating', async () => {
    const stream = await chatStream(params(), scenario({ raw, headers }, { client: client() }))
    const error = await rejection(
      (async () => {
        for await (const _ of stream);
      })(),
    )
    expectInBand(error)
  })

  it('reports the same status and wording through finalCompletion, with the partial text', async () => {
    const stream = await chatStream(params(), scenario({ raw, headers }, { client: client() }))
    const error = await rejection(stream.finalCompletion())
    expectInBand(error)
    expect(
      (error as OpenRouterError & { partial: { choices: { message: { content: string } }[] } }).partial
        .choices[0]?.message.content,
    ).toBe('Hi')
  })
})
