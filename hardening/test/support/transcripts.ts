import { readFileSync } from 'node:fs'
import fc from 'fast-check'

// A copy: a Buffer's slice() is a view, and mutations must never write into the shared fixture.
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)))

/** Real chat-style transcripts: recorded from OpenRouter's docs and issues, and from the emulator. */
export const CHAT_TRANSCRIPTS = [
  'chat-stream.openai-go-issue-227.sse',
  'chat-stream.midstream-error.docs-examples.sse',
  'emulator-chat-tools-reasoning.sse',
].map(fixture)

/** Real Anthropic-style transcripts of `/messages`. */
export const MESSAGES_TRANSCRIPTS = [
  'messages-stream.openapi-examples.sse',
  'messages-stream-error.openapi-example.sse',
  'emulator-messages-thinking-tools.sse',
].map(fixture)

const encoder = new TextEncoder()
/** Pieces that matter to an SSE parser, inserted at random offsets; the last two are invalid UTF-8. */
const TOKENS = [
  '\r',
  '\n',
  '\r\n',
  ':',
  'data:',
  'data: [DONE]\n\n',
  'event: error\n',
  '\n\n',
  '{',
  '"',
  '\u00e9',
]
  .map((token) => encoder.encode(token))
  .concat([Uint8Array.of(0xff), Uint8Array.of(0xe4, 0xba)])

type Mutation =
  | { type: 'flip'; at: number; byte: number }
  | { type: 'truncate'; at: number }
  | { type: 'insert'; at: number; token: number }
  | { type: 'delete'; at: number; length: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ type: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ type: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    type: fc.constant('insert' as const),
    at: fc.nat(),
    token: fc.nat({ max: TOKENS.length - 1 }),
  }),
  fc.record({ type: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
)

function apply(bytes: Uint8Array, change: Mutation): Uint8Array {
  const at = bytes.length === 0 ? 0 : change.at % (bytes.length + 1)
  switch (change.type) {
    case 'flip': {
      if (bytes.length === 0) return bytes
      const copy = bytes.slice()
      copy[at % bytes.length] = change.byte
      return copy
    }
    case 'truncate':
      return bytes.slice(0, at)
    case 'insert': {
      const token = TOKENS[change.token] ?? new Uint8Array()
      const out = new Uint8Array(bytes.length + token.length)
      out.set(bytes.subarray(0, at))
      out.set(token, at)
      out.set(bytes.subarray(at), at + token.length)
      return out
    }
    case 'delete': {
      const tail = bytes.subarray(Math.min(bytes.length, at + change.length))
      const out = new Uint8Array(at + tail.length)
      out.set(bytes.subarray(0, at))
      out.set(tail, at)
      return out
    }
  }
}

/** A real transcript with 0..8 random mutations applied in order. */
export function mutatedTranscript(transcripts: Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(fc.nat({ max: transcripts.length - 1 }), fc.array(mutation, { maxLength: 8 }))
    .map(([index, changes]) => changes.reduce(apply, transcripts[index] as Uint8Array))
}

/**
 * A real transcript whose JSON events have random subtrees replaced by random JSON values:
 * well-formed SSE that carries shapes no provider sent, to reach the accumulators.
 */
export function reshapedTranscript(transcripts: Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(
      fc.nat({ max: transcripts.length - 1 }),
      fc.array(fc.tuple(fc.nat(), fc.array(fc.nat(), { maxLength: 4 }), fc.jsonValue({ maxDepth: 3 })), {
        minLength: 1,
        maxLength: 6,
      }),
    )
    .map(([index, edits]) => {
      const text = new TextDecoder().decode(transcripts[index])
      const lines = text.split('\n')
      const dataLines = lines.flatMap((line, at) => (parses(line.slice(6)) ? [at] : []))
      for (const [pick, path, value] of edits) {
        if (dataLines.length === 0) break
        const at = dataLines[pick % dataLines.length] as number
        const event = JSON.parse((lines[at] as string).slice(6)) as unknown
        lines[at] = `data: ${JSON.stringify(replaceAt(event, path, value))}`
      }
      return encoder.encode(lines.join('\n'))
    })
}

function parses(text: string): boolean {
  try {
    JSON.parse(text)
    return text.startsWith('{')
  } catch {
    return false
  }
}

/** Replaces the node reached by following `path` (indices into each level's keys) with `value`. */
function replaceAt(node: unknown, path: number[], value: unknown): unknown {
  if (path.length === 0 || typeof node !== 'object' || node === null) return value
  const keys = Object.keys(node)
  if (keys.length === 0) return value
  const key = keys[(path[0] as number) % keys.length] as string
  const copy: Record<string, unknown> = Array.isArray(node)
    ? ([...node] as unknown as Record<string, unknown>)
    : { ...node }
  copy[key] = replaceAt((node as Record<string, unknown>)[key], path.slice(1), value)
  return copy
}

/** Bytes cut into pieces at random offsets, as a socket may deliver them. */
export function splitAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const offsets = [...new Set(cuts.map((cut) => (bytes.length === 0 ? 0 : cut % bytes.length)))].sort(
    (a, b) => a - b,
  )
  const pieces: Uint8Array[] = []
  let from = 0
  for (const offset of offsets) {
    if (offset > from) pieces.push(bytes.subarray(from, offset))
    from = Math.max(from, offset)
  }
  pieces.push(bytes.subarray(from))
  return pieces
}

/** A web stream that delivers `pieces` one per pull. */
export function readableOf(pieces: Uint8Array[]): ReadableStream<Uint8Array> {
  let index = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const piece = pieces[index++]
      if (piece === undefined) controller.close()
      else controller.enqueue(piece)
    },
  })
}
