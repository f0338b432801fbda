import { join } from 'node:path'
import { ChatStream } from '@orsdk/chat'
import { Miniflare } from 'miniflare'
import { describe, expect, inject, it } from 'vitest'
import { bundleForEdge, forbiddenInputs } from './helpers/bundle'
import { TEST_KEY } from './helpers/packages'

describe('chat worker in workerd', () => {
  it('streams a chat completion through toReadableStream when bundled from the packed install', async () => {
    const bundle = await bundleForEdge(join(import.meta.dirname, '..', 'worker', 'chat-worker.ts'), {
      project: inject('fullProject'),
      minify: false,
    })
    expect(forbiddenInputs(bundle)).toEqual([])
    expect(
      Object.keys(bundle.metafile.inputs).some((path) => path.includes('node_modules/@orsdk/chat/')),
    ).toBe(true)
    const mf = new Miniflare({
      modules: true,
      script: bundle.code,
      bindings: { BASE_URL: inject('emulatorBaseURL'), KEY: TEST_KEY },
      compatibilityDate: '2026-04-01',
    })
    try {
      const response = await mf.dispatchFetch('http://worker.test/', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-mock-scenario': JSON.stringify({ chunks: 6 }) },
        body: JSON.stringify({ prompt: 'Hi' }),
      })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/event-stream')
      const stream = ChatStream.fromResponse(response as unknown as Response)
      const chunks: string[] = []
      for await (const chunk of stream) chunks.push(chunk.choices[0]?.delta.content ?? '')
      expect(chunks.join('')).toBe('Hello from the OpenRouter emulator, answering as openai/gpt-4o-mini.')
      expect(chunks.filter((text) => text !== '').length).toBe(6)
    } finally {
      await mf.dispose()
    }
  })
})
