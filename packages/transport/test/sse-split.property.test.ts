import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ChunkStream } from './helpers.js'

const encoder = new TextEncoder()

/** Delivers `bytes` in pieces cut at the given offsets. */
function piecewise(bytes: Uint8Array, cuts: number[]): ReadableStream<Uint8Array> {
  const offsets = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b)
  const pieces: Uint8Array[] = []
  let start = 0
  for (const offset of [...offsets, bytes.length]) {
    if (offset > start) pieces.push(bytes.slice(start, offset))
    start = Math.max(start, offset)
  }
  return new ReadableStream({
    pull(controller) {
      const piece = pieces.shift()
      if (piece === undefined) controller.close()
      else controller.enqueue(piece)
    },
  })
}

async function decode(stream: ReadableStream<Uint8Array>): Promise<unknown[]> {
  const items: unknown[] = []
  for await (const item of ChunkStream.fromReadableStream(stream)) {
    items.push(item)
  }
  return items
}

// Text that stresses the decoder: multi-byte UTF-8 (2, 3 and 4 bytes), and characters
// JSON leaves unescaped.
const content = fc.string({
  unit: fc.constantFrom('a', 'é', '亚', '👋', ' ', ':', '\\', '"', 'Z'),
  maxLength: 12,
})
const chunk = fc.record({
  id: fc.constant('gen-1'),
  choices: fc.tuple(fc.record({ delta: fc.record({ content }) })),
})

describe('SSE decoding', () => {
  it('yields the same events for any split of the byte stream, with LF, CRLF or CR line ends', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(chunk, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 40 }),
        async (chunks, eol, comments, cuts) => {
          const events = chunks.map(
            (item) =>
              `${comments ? `: OPENROUTER PROCESSING${eol}${eol}` : ''}data: ${JSON.stringify(item)}${eol}${eol}`,
          )
          const text = `${events.join('')}data: [DONE]${eol}${eol}`
          const bytes = encoder.encode(text)
          expect(await decode(piecewise(bytes, cuts))).toEqual(chunks)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('yields the same events when every byte arrives alone', async () => {
    const chunks = [
      { choices: [{ delta: { content: '亚👋é' } }] },
      { choices: [{ delta: { content: 'x' } }] },
    ]
    const bytes = encoder.encode(
      `${chunks.map((item) => `data: ${JSON.stringify(item)}\r\n\r\n`).join('')}data: [DONE]\r\n\r\n`,
    )
    expect(await decode(piecewise(bytes, Array.from(bytes.keys())))).toEqual(chunks)
  })
})
