import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { messagesStream } from '../src/index.js'
import { collect, engines, params, rejection, scenario, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()

describe.each(engines)('messagesStream errors on the $name', (engine) => {
  const client = useClient(mock, engine)

  it('names the generation and keeps the headers when a mid-stream event: error arrives', async () => {
    const stream = await messagesStream(params(), scenario({ errorAfter: 2 }, { client: client() }))
    const error = await rejection(collect(stream))
    expect(isOpenRouterError(error) && error.kind).toBe('server')
    expect(isOpenRouterError(error) && error.generationId).toBe(stream.generationId)
    expect(stream.generationId).toMatch(/^gen-/)
    expect(isOpenRouterError(error) && error.headers?.get('content-type')).toContain('text/event-stream')
  })
})
