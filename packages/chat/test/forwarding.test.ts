import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import type { Scenario } from '@orsdk/mock-server'
import { type Client, isOpenRouterError } from '@orsdk/transport'
import { afterEach, describe, expect, it } from 'vitest'
import { ChatStream, chatStream } from '../src/index.js'
import { collect, engines, params, rejection, scenario, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()

/** A Node route handler that streams from the emulator and forwards the SSE bytes as they come. */
async function startForwarder(client: Client): Promise<{ url: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const wanted = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Scenario
    try {
      const stream = await chatStream(params(), scenario(wanted, { client }))
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'x-generation-id': stream.generationId ?? '',
      })
      Readable.fromWeb(stream.toReadableStream() as NodeReadableStream<Uint8Array>).pipe(response)
    } catch (error) {
      response.writeHead(isOpenRouterError(error) ? (error.status ?? 500) : 500, {
        'content-type': 'application/json',
      })
      response.end(JSON.stringify(isOpenRouterError(error) ? error.body : { error: { message: 'failed' } }))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

describe.each(engines)('forwarding a stream through a Node server on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))
  let forwarder: { url: string; server: Server } | undefined
  afterEach(async () => {
    forwarder?.server.closeAllConnections()
    await new Promise((resolve) => forwarder?.server.close(resolve))
    forwarder = undefined
  })
  const request = async (wanted: Scenario) => {
    forwarder ??= await startForwarder(client())
    return fetch(forwarder.url, { method: 'POST', body: JSON.stringify(wanted) })
  }

  it('gives the client the same chunks as a direct stream when it rebuilds with fromResponse', async () => {
    const wanted = { chunks: 6, keepAlive: 1, text: 'forwarded ✓ through a route 亚' }
    const direct = await collect(await chatStream(params(), scenario(wanted, { client: client() })))
    const response = await request(wanted)
    const rebuilt = ChatStream.fromResponse(response)
    expect(rebuilt.generationId).toMatch(/^gen-/)
    const received = await collect(rebuilt)
    const strip = (chunk: { id?: string; created?: number }) => ({ ...chunk, id: '', created: 0 })
    expect(received.map(strip)).toEqual(direct.map(strip))
  })

  it('rebuilds the final completion on the client when it calls finalCompletion', async () => {
    const response = await request({ chunks: 3, text: 'whole answer' })
    const completion = await ChatStream.fromResponse(response).finalCompletion()
    expect(completion.choices[0]?.message.content).toBe('whole answer')
    expect(completion.usage?.cost).toBeGreaterThan(0)
  })

  it('rethrows a mid-stream error on the client when the upstream stream fails', async () => {
    const response = await request({ chunks: 4, errorAfter: 2, errorCode: 502 })
    const error = await rejection(collect(ChatStream.fromResponse(response)))
    expect(isOpenRouterError(error) && error.kind).toBe('server')
  })

  it('rejects on the client with the mapped kind when the upstream start fails', async () => {
    const response = await request({ status: 429 })
    const error = await rejection(collect(ChatStream.fromResponse(response)))
    expect(isOpenRouterError(error) && error.kind).toBe('rate_limit')
  })
})
