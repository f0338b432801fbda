import { ChatStream } from '@orsdk/chat'
import { MessagesStream } from '@orsdk/messages'
import { EventStream, jsonSseProtocol, type StreamSource } from '@orsdk/transport/protocol'
import fc from 'fast-check'
import { afterAll, describe, it } from 'vitest'
import { seedFrom } from '../support/prng.js'
import { settle, tally } from '../support/settle.js'
import {
  CHAT_TRANSCRIPTS,
  MESSAGES_TRANSCRIPTS,
  mutatedTranscript,
  readableOf,
  reshapedTranscript,
  splitAt,
} from '../support/transcripts.js'
import { recordFuzzRuns } from './fuzz-figures.js'

const SEED = seedFrom('FUZZ_SEED')
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000)
const counts: Record<string, Record<string, number>> = {}

type Consumer = (body: ReadableStream<Uint8Array>) => Promise<unknown>

/** The generic stream with the chat-style protocol and no accumulation: decoding alone. */
class FuzzStream extends EventStream<unknown, undefined> {
  constructor(source: StreamSource) {
    super(
      source,
      jsonSseProtocol<unknown, undefined>({
        name: 'fuzz stream',
        accumulate: () => ({ add: () => {}, result: () => undefined }),
      }),
    )
  }
}

const consumers: Record<string, Consumer> = {
  'EventStream (jsonSseProtocol)': async (body) => {
    for await (const _ of FuzzStream.fromReadableStream(body)) {
      // reading is the test
    }
  },
  'ChatStream.finalCompletion': (body) => ChatStream.fromReadableStream(body).finalCompletion(),
  'MessagesStream.finalMessage': (body) => MessagesStream.fromReadableStream(body).finalMessage(),
}

const inputs: Record<string, fc.Arbitrary<Uint8Array>> = {
  'random bytes': fc.uint8Array({ maxLength: 2048 }),
  'mutated chat transcripts': mutatedTranscript(CHAT_TRANSCRIPTS),
  'reshaped chat transcripts': reshapedTranscript(CHAT_TRANSCRIPTS),
  'mutated messages transcripts': mutatedTranscript(MESSAGES_TRANSCRIPTS),
  'reshaped messages transcripts': reshapedTranscript(MESSAGES_TRANSCRIPTS),
}

afterAll(() => {
  console.log(`stream decoder fuzz (seed ${SEED}):`, counts)
  recordFuzzRuns('stream decoder', SEED, counts)
})

describe('stream decoders under fuzzed bytes', () => {
  for (const [consumerName, consume] of Object.entries(consumers)) {
    for (const [inputName, input] of Object.entries(inputs)) {
      it(`only completes or throws OpenRouterError when ${consumerName} reads ${inputName}`, async () => {
        const row: Record<string, number> = {}
        counts[`${consumerName} <- ${inputName}`] = row
        await fc.assert(
          fc.asyncProperty(input, fc.array(fc.nat(), { maxLength: 12 }), async (bytes, cuts) => {
            const verdict = await settle(() => consume(readableOf(splitAt(bytes, cuts))))
            tally(row, verdict)
            if (!verdict.ok) throw verdict.error ?? new Error(verdict.problem)
          }),
          { seed: SEED, numRuns: RUNS },
        )
      })
    }
  }
})
