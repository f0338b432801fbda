import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MockServer, sampleAudioWav, startMockServer } from '../src/index'
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
    // The sample clip's samples without its header: 0.25 s of 16-bit mono at 24 kHz.
    expect(samples).toEqual(Buffer.from(sampleAudioWav().subarray(44)))
    expect(samples.length).toBe(12_000)
    expect(audio.map((piece) => piece.transcript).join('')).toContain('emulator')
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop')
  })

  it.each(['wav', 'mp3', undefined])(
    'refuses a streamed audio format other than pcm16 (%s) as OpenAI does',
    async (format) => {
      const body = chatBody({
        stream: true,
        modalities: ['text', 'audio'],
        audio: { voice: 'alloy', format },
      })
      const response = await postJson(`${server.baseURL}/chat/completions`, body)
      expect(response.status).toBe(400)
      const error = (await response.json()) as { error: { metadata: { raw: string } } }
      expect(error.error.metadata.raw).toContain("Supported values are: 'pcm16'")
    },
  )

  it('answers a buffered audio request in the format asked', async () => {
    const body = chatBody({ modalities: ['text', 'audio'], audio: { voice: 'alloy', format: 'wav' } })
    const response = await postJson(`${server.baseURL}/chat/completions`, body)
    const completion = (await response.json()) as { choices: { message: { audio: { data: string } } }[] }
    const wav = Buffer.from(completion.choices[0]?.message.audio.data ?? '', 'base64')
    expect(wav).toEqual(Buffer.from(sampleAudioWav()))
  })
})
