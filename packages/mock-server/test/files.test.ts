import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MockServer, type RecordedUpload, startMockServer } from '../src/index'
import { detectFileType } from '../src/routes/files'
import { KEY } from './helpers'

let server: MockServer
beforeAll(async () => {
  server = await startMockServer()
})
afterAll(() => server.close())

const auth = { authorization: `Bearer ${KEY}` }
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n')

interface FileJson {
  id: string
  type: string
  filename: string
  mime_type: string
  size_bytes: number
  created_at: string
  downloadable: boolean
}

async function upload(bytes: Uint8Array<ArrayBuffer>, filename: string, extra: Record<string, string> = {}) {
  const form = new FormData()
  for (const [name, value] of Object.entries(extra)) form.set(name, value)
  form.set('file', new Blob([bytes]), filename)
  return fetch(`${server.baseURL}/files`, { method: 'POST', headers: auth, body: form })
}

/** A body sent in many small writes, as a client streaming a large upload does. */
function streamedForm(file: Buffer, boundary: string): ReadableStream<Uint8Array> {
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  let at = 0
  return new ReadableStream({
    pull(controller) {
      if (at >= body.length) return controller.close()
      controller.enqueue(body.subarray(at, at + 32_768))
      at += 32_768
    },
  })
}

describe('POST /files', () => {
  it('stores the uploaded bytes, detects the type from them and records size and hash', async () => {
    const response = await upload(PDF, 'report.pdf', { purpose: 'user_data' })
    expect(response.status).toBe(200)
    const file = (await response.json()) as FileJson
    expect(file).toMatchObject({
      type: 'file',
      filename: 'report.pdf',
      mime_type: 'application/pdf',
      size_bytes: PDF.length,
      downloadable: false,
    })
    expect(file.id).toMatch(/^or_file_[A-Za-z0-9]{24}$/)
    expect(server.files.get(file.id)?.bytes()).toEqual(PDF)
    const recorded = server.requests.at(-1)?.body as RecordedUpload
    expect(recorded.fields).toEqual({ purpose: 'user_data' })
    expect(recorded.files[0]).toMatchObject({
      filename: 'report.pdf',
      size: PDF.length,
      id: file.id,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    })
  })

  it('reads a large streamed upload as it arrives and keeps every byte', async () => {
    const large = Buffer.concat([PDF, Buffer.alloc(8 * 1024 * 1024, 3)])
    const response = await fetch(`${server.baseURL}/files`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'multipart/form-data; boundary=b0und4ry' },
      body: streamedForm(large, 'b0und4ry'),
      duplex: 'half',
    } as RequestInit)
    const file = (await response.json()) as FileJson
    expect(file.size_bytes).toBe(large.length)
    expect(server.files.get(file.id)?.sha256).toBe(createHash('sha256').update(large).digest('hex'))
  })

  it('rejects an empty file, an unknown type and a body that is not a form with 400', async () => {
    expect((await upload(new Uint8Array(0), 'empty.txt')).status).toBe(400)
    const binary = await upload(new Uint8Array([0, 1, 2, 0, 255, 254]), 'blob.bin')
    expect(binary.status).toBe(400)
    expect(((await binary.json()) as { error: { message: string } }).error.message).toMatch(
      /Unsupported file type/,
    )
    const json = await fetch(`${server.baseURL}/files`, { method: 'POST', headers: auth, body: '{}' })
    expect(json.status).toBe(400)
  })

  it('answers 401 without a key, without reading the upload', async () => {
    const form = new FormData()
    form.set('file', new Blob([PDF]), 'a.pdf')
    expect((await fetch(`${server.baseURL}/files`, { method: 'POST', body: form })).status).toBe(401)
  })
})

describe('detectFileType', () => {
  it.each([
    ['%PDF-1.4', 'a.bin', 'application/pdf'],
    ['\x89PNG\r\n\x1a\n....', 'a', 'image/png'],
    ['\xff\xd8\xff\xe0', 'a', 'image/jpeg'],
    ['GIF89a', 'a', 'image/gif'],
    ['RIFF\x00\x00\x00\x00WEBPVP8 ', 'a', 'image/webp'],
    ['RIFF\x00\x00\x00\x00WAVEfmt ', 'a', 'audio/wav'],
    ['ID3\x04', 'a', 'audio/mpeg'],
    ['fLaC', 'a', 'audio/flac'],
    ['OggS', 'a', 'audio/ogg'],
    ['PK\x03\x04', 'a.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['{"a": 1}', 'a.txt', 'application/json'],
    ['{"a":1}\n{"a":2}\n', 'a.jsonl', 'application/x-ndjson'],
    ['a,b\n1,2\n', 'a.csv', 'text/csv'],
    ['# Title\n', 'a.md', 'text/markdown'],
    ['hello, héllo', 'a', 'text/plain'],
  ])('reads %j (named %s) as %s', (head, filename, type) => {
    expect(detectFileType(Buffer.from(head, head.startsWith('hello') ? 'utf8' : 'latin1'), filename)).toBe(
      type,
    )
  })

  it('knows no type for a zip that is not an office document, or for binary data', () => {
    expect(detectFileType(Buffer.from('PK\x03\x04', 'latin1'), 'a.zip')).toBeUndefined()
    expect(detectFileType(Buffer.from([0xc3, 0x28, 0x00]), 'a.txt')).toBeUndefined()
  })
})

describe('GET, DELETE /files and /files/:id/content', () => {
  it('lists files oldest first, limit at a time, with an opaque cursor', async () => {
    const own = await startMockServer()
    try {
      const ids: string[] = []
      for (let index = 0; index < 5; index++)
        ids.push(own.files.add({ filename: `${index}.txt`, bytes: Buffer.from('x') }).id)
      const seen: string[] = []
      let cursor: string | null = null
      do {
        const query: string = cursor === null ? 'limit=2' : `limit=2&cursor=${cursor}`
        const page = (await (await fetch(`${own.baseURL}/files?${query}`, { headers: auth })).json()) as {
          data: FileJson[]
          has_more: boolean
          cursor: string | null
        }
        seen.push(...page.data.map((file) => file.id))
        expect(page.has_more).toBe(page.cursor !== null)
        cursor = page.cursor
      } while (cursor !== null)
      expect(seen).toEqual(ids)
      expect((await fetch(`${own.baseURL}/files?limit=0`, { headers: auth })).status).toBe(400)
      expect((await fetch(`${own.baseURL}/files?cursor=nonsense`, { headers: auth })).status).toBe(400)
    } finally {
      await own.close()
    }
  })

  it('gets and deletes a file, then answers 404 for it', async () => {
    const file = (await (await upload(PDF, 'x.pdf')).json()) as FileJson
    const got = await fetch(`${server.baseURL}/files/${file.id}`, { headers: auth })
    expect(await got.json()).toEqual(file)
    const deleted = await fetch(`${server.baseURL}/files/${file.id}`, { method: 'DELETE', headers: auth })
    expect(await deleted.json()).toEqual({ id: file.id, type: 'file_deleted' })
    expect((await fetch(`${server.baseURL}/files/${file.id}`, { headers: auth })).status).toBe(404)
    expect(server.files.get(file.id)).toBeUndefined()
  })

  it('serves the bytes of a server-created file, and 400 for an upload, as upstream', async () => {
    const created = server.files.add({
      filename: 'out.csv',
      bytes: Buffer.from('a,b\n1,2\n'),
      mimeType: 'text/csv',
    })
    const content = await fetch(`${server.baseURL}/files/${created.id}/content`, { headers: auth })
    expect(content.headers.get('content-type')).toBe('text/csv')
    expect(await content.text()).toBe('a,b\n1,2\n')
    const uploaded = (await (await upload(PDF, 'x.pdf')).json()) as FileJson
    const refused = await fetch(`${server.baseURL}/files/${uploaded.id}/content`, { headers: auth })
    expect(refused.status).toBe(400)
  })
})
