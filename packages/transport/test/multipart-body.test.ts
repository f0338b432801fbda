import { describe, expect, it } from 'vitest'
import { multipartBody, requestJson } from '../src/protocol.js'
import { closeAfterEach, engines, eventually, rejection, TEST_KEY, useMockServer } from './helpers.js'

const mock = useMockServer()

/** Reads a body the way a server would: the platform's own multipart parser. */
async function parse(body: ReadableStream<Uint8Array>, contentType: string): Promise<FormData> {
  return new Response(body, { headers: { 'content-type': contentType } }).formData()
}

async function readAll(body: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = []
  const reader = body.getReader()
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value)
  return chunks
}

describe('multipartBody', () => {
  it('encodes fields and files of every source kind so a multipart parser reads them back', async () => {
    const bytes = new Uint8Array(200_000).map((_, index) => index % 251)
    const streamed = new Blob(['streamed ', 'bytes']).stream()
    const { body, contentType } = multipartBody([
      { name: 'purpose', value: 'user_data' },
      { name: 'bytes', filename: 'a.bin', contentType: 'application/octet-stream', data: bytes },
      {
        name: 'buffer',
        filename: 'b.txt',
        contentType: 'text/plain',
        data: new TextEncoder().encode('hi').buffer,
      },
      { name: 'blob', filename: 'c.json', contentType: 'application/json', data: new Blob(['{"a":1}']) },
      { name: 'stream', filename: 'd.txt', data: streamed },
    ])
    expect(contentType).toMatch(/^multipart\/form-data; boundary=----orsdk[0-9a-f]{24}$/)
    const form = await parse(body, contentType)
    expect(form.get('purpose')).toBe('user_data')
    const file = form.get('bytes') as File
    expect(file.name).toBe('a.bin')
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes)
    expect(await (form.get('buffer') as File).text()).toBe('hi')
    expect((form.get('blob') as File).type).toBe('application/json')
    expect(await (form.get('stream') as File).text()).toBe('streamed bytes')
    expect((form.get('stream') as File).type).toBe('application/octet-stream')
  })

  it('hands a buffer on as views of it, never as copies', async () => {
    const bytes = new Uint8Array(300_000)
    const { body } = multipartBody([{ name: 'file', filename: 'x', data: bytes }])
    const views = (await readAll(body)).filter((chunk) => chunk.buffer === bytes.buffer)
    expect(views.reduce((sum, chunk) => sum + chunk.length, 0)).toBe(bytes.length)
    expect(Math.max(...views.map((chunk) => chunk.length))).toBeLessThanOrEqual(64 * 1024)
  })

  it('escapes quotes and line breaks in names, as browsers do for FormData', async () => {
    const { body, contentType } = multipartBody([
      { name: 'file', filename: 'say "hi"\r\n.txt', data: new Uint8Array([104, 105]) },
    ])
    const text = new TextDecoder().decode(
      new Uint8Array((await readAll(body)).flatMap((chunk) => [...chunk])),
    )
    expect(text).toContain('filename="say %22hi%22%0D%0A.txt"')
    expect(text.endsWith(`--${contentType.split('boundary=')[1]}--\r\n`)).toBe(true)
  })

  it('reads nothing ahead of what is asked, and cancels the file streams when cancelled', async () => {
    let pulls = 0
    let cancelled: unknown
    const source = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulls++
          controller.enqueue(new Uint8Array(10))
        },
        cancel(reason) {
          cancelled = reason
        },
      },
      { highWaterMark: 0 },
    )
    let laterCancelled = false
    const later = new ReadableStream<Uint8Array>({
      cancel() {
        laterCancelled = true
      },
    })
    const { body } = multipartBody([
      { name: 'a', filename: 'a', data: source },
      { name: 'b', filename: 'b', data: later },
    ])
    const reader = body.getReader()
    await reader.read() // the part's headers
    await reader.read() // the first chunk of the file
    expect(pulls).toBe(1)
    await reader.cancel('stop')
    expect(cancelled).toBe('stop')
    expect(laterCancelled).toBe(true)
  })
})

describe.each(engines)('a multipart body sent on the $name', ({ createClient }) => {
  const track = closeAfterEach()

  it('stops reading the file and cancels it when the upload is aborted', async () => {
    const client = track(createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY }))
    let pulls = 0
    let cancelled = false
    const endless = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulls++
          controller.enqueue(new Uint8Array(16_384))
        },
        cancel() {
          cancelled = true
        },
      },
      { highWaterMark: 0 },
    )
    const { body, contentType } = multipartBody([{ name: 'file', filename: 'endless', data: endless }])
    const controller = new AbortController()
    const upload = requestJson(
      { operation: 'files.upload', method: 'POST', path: '/files', body, contentType },
      { client, signal: controller.signal },
    )
    await eventually(() => pulls > 10)
    controller.abort()
    expect(((await rejection(upload)) as Error).name).toBe('AbortError')
    // A cancelled stream is never pulled again: the source is released.
    await eventually(() => cancelled)
  })

  it('reaches the server as the form it encodes', async () => {
    const client = track(createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY }))
    const audio = new Uint8Array(100_000).map((_, index) => index % 7)
    const { body, contentType } = multipartBody([
      { name: 'model', value: 'openai/whisper-1' },
      { name: 'file', filename: 'clip.wav', contentType: 'audio/wav', data: audio },
    ])
    await requestJson(
      { operation: 'audio.transcription', method: 'POST', path: '/audio/transcriptions', body, contentType },
      { client },
    )
    const recorded = mock.server.requests.at(-1)?.body as {
      fields: Record<string, string>
      files: { filename: string; type: string; base64: string }[]
    }
    expect(recorded.fields.model).toBe('openai/whisper-1')
    expect(recorded.files[0]).toMatchObject({ filename: 'clip.wav', type: 'audio/wav' })
    expect(new Uint8Array(Buffer.from(recorded.files[0]?.base64 ?? '', 'base64'))).toEqual(audio)
  })
})
