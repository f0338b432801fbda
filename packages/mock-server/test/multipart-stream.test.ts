import { describe, expect, it } from 'vitest'
import { parseMultipartStream } from '../src/multipart-stream'

const BOUNDARY = 'XyZ-boundary'

function form(file: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(
      `preamble to ignore\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nuser_data\r\n` +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a b.bin"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${BOUNDARY}--\r\nepilogue`),
  ])
}

async function* pieces(body: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < body.length; at += size) yield body.subarray(at, at + size)
}

describe('parseMultipartStream', () => {
  // Bytes that look like the start of a delimiter, inside the file, at every cut of the body.
  const file = Buffer.from(`%PDF-1.7\r\n--${BOUNDARY.slice(0, 5)}\r\n-\r\n--\r\n${'x'.repeat(50)}\r`)

  it('reads the same fields and file however the body is cut into chunks', async () => {
    const body = form(file)
    for (let size = 1; size <= body.length; size++) {
      const parsed = await parseMultipartStream(pieces(body, size), BOUNDARY)
      expect(parsed.fields).toEqual({ purpose: 'user_data' })
      expect(parsed.files).toHaveLength(1)
      const [part] = parsed.files
      expect(part).toMatchObject({
        name: 'file',
        filename: 'a b.bin',
        type: 'application/pdf',
        size: file.length,
      })
      expect(Buffer.concat(part?.chunks ?? [])).toEqual(file)
    }
  })

  it('keeps a large file as the chunks it arrived in, never joined', async () => {
    const large = Buffer.alloc(4 * 1024 * 1024, 7)
    const parsed = await parseMultipartStream(pieces(form(large), 65_536), BOUNDARY)
    const [part] = parsed.files
    expect(part?.size).toBe(large.length)
    expect(part?.chunks.length).toBeGreaterThan(60)
    expect(Math.max(...(part?.chunks ?? []).map((chunk) => chunk.length))).toBeLessThanOrEqual(65_536 + 256)
  })

  it('throws for a body without its closing delimiter', async () => {
    const body = form(file).subarray(0, -20)
    await expect(parseMultipartStream(pieces(body, 7), BOUNDARY)).rejects.toThrow(/closing boundary/)
  })
})
