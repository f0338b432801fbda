import { createHash } from 'node:crypto'
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RecordedUpload } from '@orsdk/mock-server'
import {
  clientEngines,
  eventually,
  expectInvalid,
  rejection,
  scenario,
  useClient,
  useMockServer,
} from '@orsdk/test-support'
import { createClient, isOpenRouterError } from '@orsdk/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uploadFile } from '../src/index.js'

const mock = useMockServer()
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n')
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

let folder: string
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'orsdk-files-'))
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

/** A stream of `bytes` in pieces of `size`, pulled as the upload reads it. */
function streamOf(bytes: Uint8Array, size = 1000): ReadableStream<Uint8Array> {
  let at = 0
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close()
      controller.enqueue(bytes.slice(at, at + size))
      at += size
    },
  })
}

describe.each(clientEngines(createClient))('uploadFile on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))
  const stored = (id: string) => mock.server.files.get(id)?.bytes()

  it('uploads bytes as multipart and the emulator stores exactly those bytes', async () => {
    const file = await uploadFile(
      { data: PDF, filename: 'report.pdf', purpose: 'user_data' },
      { client: client() },
    )
    expect(file).toMatchObject({
      filename: 'report.pdf',
      mime_type: 'application/pdf',
      size_bytes: PDF.length,
    })
    expect(file.id).toMatch(/^or_file_/)
    expect(new Uint8Array(stored(file.id) ?? [])).toEqual(PDF)
    const request = mock.server.requests.at(-1)
    expect(request?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=----orsdk/)
    const recorded = request?.body as RecordedUpload
    expect(recorded.fields).toEqual({ purpose: 'user_data' })
    expect(recorded.files[0]).toMatchObject({
      name: 'file',
      filename: 'report.pdf',
      type: 'application/pdf',
      sha256: sha256(PDF),
    })
  })

  it('uploads from an ArrayBuffer, a Blob and a ReadableStream, with the type from the Blob or the name', async () => {
    const csv = new TextEncoder().encode('a,b\n1,2\n')
    const fromBuffer = await uploadFile(
      { data: csv.slice().buffer, filename: 'table.csv' },
      { client: client() },
    )
    expect(fromBuffer.mime_type).toBe('text/csv')
    const fromBlob = await uploadFile(
      { data: new Blob([PDF], { type: 'application/pdf' }), filename: 'no-extension' },
      { client: client() },
    )
    const recorded = mock.server.requests.at(-1)?.body as RecordedUpload | undefined
    expect(recorded?.files[0]?.type).toBe('application/pdf')
    const large = new Uint8Array(3 * 1024 * 1024).fill(65)
    const fromStream = await uploadFile(
      { data: streamOf(large, 65_536), filename: 'big.txt' },
      { client: client() },
    )
    expect(fromStream.size_bytes).toBe(large.length)
    expect(mock.server.files.get(fromStream.id)?.sha256).toBe(sha256(large))
    expect(new Uint8Array(stored(fromBlob.id) ?? [])).toEqual(PDF)
  })

  it('uploads a file from a path, as a string or { path }, with scope in the query', async () => {
    const path = join(folder, 'notes.md')
    await writeFile(path, '# Notes\n\nHello.\n')
    const file = await uploadFile(path, { client: client(), workspace_id: 'w-1', provider: 'openai' })
    expect(file).toMatchObject({ filename: 'notes.md', mime_type: 'text/markdown' })
    expect(mock.server.requests.at(-1)?.query).toEqual({ workspace_id: 'w-1', provider: 'openai' })
    const renamed = await uploadFile(
      { path, filename: 'renamed.md', purpose: 'assistants' },
      { client: client() },
    )
    expect(renamed.filename).toBe('renamed.md')
    expect(stored(renamed.id)?.toString()).toBe('# Notes\n\nHello.\n')
  })

  it('rejects bad input before any I/O, naming the field', async () => {
    const options = { client: client() }
    await expectInvalid(mock.server, uploadFile({ data: PDF, filename: '' }, options), 'file.filename')
    await expectInvalid(
      mock.server,
      uploadFile({ data: new Uint8Array(0), filename: 'a.pdf' }, options),
      'file.data',
    )
    const unknown = await expectInvalid(
      mock.server,
      uploadFile({ data: PDF, filename: 'blob.bin' }, options),
      'file.mime',
    )
    expect(unknown).toContain('cannot tell the type of "blob.bin"')
    const unstored = await expectInvalid(
      mock.server,
      uploadFile({ data: PDF, filename: 'a.zip', mime: 'application/zip' }, options),
      'file.mime',
    )
    expect(unstored).toContain('application/zip is not a type OpenRouter stores')
    await expectInvalid(
      mock.server,
      uploadFile({ data: 'text' as never, filename: 'a.txt' }, options),
      'file.data',
    )
    await expectInvalid(mock.server, uploadFile(join(folder, 'missing.pdf'), options), 'file.path')
    await expectInvalid(mock.server, uploadFile(folder, options), 'file.path')
    await expectInvalid(
      mock.server,
      uploadFile({ data: PDF, filename: 'a.pdf', purpose: '' }, options),
      'file.purpose',
    )
    await expectInvalid(mock.server, uploadFile(null as never, options), 'file')
    // A sparse file: over the limit on disk, nothing in memory.
    const huge = join(folder, 'huge.pdf')
    await writeFile(huge, '')
    await truncate(huge, 100 * 1024 * 1024 + 1)
    const tooBig = await expectInvalid(mock.server, uploadFile(huge, options), 'file.path')
    expect(tooBig).toContain('100.0 MB; OpenRouter stores files up to 100 MB')
  })

  it('rejects with the abort reason when aborted mid-upload, and cancels the stream it was reading', async () => {
    let pulls = 0
    let cancelled = false
    const endless = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulls++
          controller.enqueue(new Uint8Array(16_384).fill(66))
        },
        cancel() {
          cancelled = true
        },
      },
      { highWaterMark: 0 },
    )
    const controller = new AbortController()
    const uploading = uploadFile(
      { data: endless, filename: 'endless.txt' },
      { client: client(), signal: controller.signal },
    )
    await eventually(() => pulls > 10)
    controller.abort()
    expect(((await rejection(uploading)) as Error).name).toBe('AbortError')
    await eventually(() => cancelled)
  })

  it('rejects with the emulator 400 when the bytes are of no stored type, and an HTTP error by kind', async () => {
    const binary = await rejection(
      uploadFile({ data: new Uint8Array([0, 1, 2, 255]), filename: 'a.txt' }, { client: client() }),
    )
    expect(isOpenRouterError(binary) && [binary.kind, binary.status]).toEqual(['invalid_request', 400])
    const limited = await rejection(
      uploadFile({ data: PDF, filename: 'a.pdf' }, scenario({ status: 429 }, { client: client() })),
    )
    expect(isOpenRouterError(limited) && limited.kind).toBe('rate_limit')
  })
})
