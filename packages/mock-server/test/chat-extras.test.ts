import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPcm16 } from '../src/audio-sample'
import { type MockServer, startMockServer } from '../src/index'
import { chatBody, contentOf, dataChunks, parseSse, postJson } from './helpers'

let server: MockServer
beforeAll(async () => {
  server = await startMockServer()
})
afterAll(() => server.close())

describe('POST /chat/completions (stream extras)', () => {
  it('splits tool call arguments across chunks when the request has tools', async () => {
    const tools = [
      {
        type: 'function',
        function: {
          name: 'lookup',
          parameters: { type: 'object', properties: { q: { type: 'string' }, n: { type: 'integer' } } },
        },
      },
    ]
    const response = await postJson(`${server.baseURL}/chat/completions`, chatBody({ tools, stream: true }), {
      chunks: 5,
    })
    const chunks = dataChunks(parseSse(await response.text())).filter((chunk) => chunk.choices.length > 0)
    type Call = { index: number; id?: string; type?: string; function: { name?: string; arguments?: string } }
    const calls = chunks.map(
      (chunk) => (chunk.choices[0]?.delta.tool_calls as Call[] | undefined)?.[0] as Call,
    )
    expect(calls[0]).toMatchObject({ index: 0, type: 'function', function: { name: 'lookup' } })
    expect(calls[0]?.id).toMatch(/^call_/)
    expect(calls.slice(1).every((call) => call.id === undefined && call.function.name === undefined)).toBe(
      true,
    )
    expect(calls.length).toBe(5)
    expect(JSON.parse(calls.map((call) => call.function.arguments ?? '').join(''))).toEqual({
      q: 'emulated',
      n: 42,
    })
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('tool_calls')
  })

  it('streams reasoning deltas before content, with the signature on the last one', async () => {
    const response = await postJson(
      `${server.baseURL}/chat/completions`,
      chatBody({ stream: true, reasoning_effort: 'high' }),
    )
    const chunks = dataChunks(parseSse(await response.text())).filter((chunk) => chunk.choices.length > 0)
    const reasoning = chunks.filter((chunk) => chunk.choices[0]?.delta.reasoning !== undefined)
    expect(reasoning.length).toBe(3)
    expect(chunks.indexOf(reasoning[2] as (typeof chunks)[number])).toBe(2)
    type Detail = { type: string; text: string; signature?: string }
    const details = reasoning.map(
      (chunk) => (chunk.choices[0]?.delta.reasoning_details as Detail[] | undefined)?.[0],
    )
    expect(details.map((detail) => detail?.signature !== undefined)).toEqual([false, false, true])
    expect(contentOf(chunks)).toContain('Hello from the OpenRouter emulator')
  })

  it('streams base64 pcm16 fragments cut at odd boundaries when modalities include audio', async () => {
    // With stream: true OpenAI's audio models produce pcm16 only (the emulator refuses the rest).
    const body = chatBody({
      stream: true,
      modalities: ['text', 'audio'],
      audio: { voice: 'alloy', format: 'pcm16' },
    })
    const response = await postJson(`${server.baseURL}/chat/completions`, body, { chunks: 6 })
    const chunks = dataChunks(parseSse(await response.text())).filter((chunk) => chunk.choices.length > 0)
    type Audio = { id: string; data: string; transcript: string }
    const audio = chunks.map((chunk) => chunk.choices[0]?.delta.audio as Audio)
    expect(audio.length).toBe(6)
    expect(audio.slice(0, -1).some((piece) => piece.data.length % 4 !== 0)).toBe(true)
    const samples = Buffer.from(audio.map((piece) => piece.data).join(''), 'base64')
    expect(samples.equals(createPcm16())).toBe(true)
    expect(audio.map((piece) => piece.transcript).join('')).toContain('emulator')
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop')
  })
})
