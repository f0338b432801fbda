import { createClient } from '@orsdk/transport'
import { EventStream, jsonSseProtocol, requestJson, requestStream } from '@orsdk/transport/protocol'
import { abortedStreamUsage, type RecoveredUsage } from './aborted-stream-usage.js'

let report: (recovered: RecoveredUsage) => void = () => {}
const recovered = new Promise<RecoveredUsage>((resolve) => {
  report = resolve
})
const client = createClient({
  baseURL: process.env.MOCK_BASE_URL,
  apiKey: process.env.MOCK_API_KEY,
  middleware: [
    abortedStreamUsage({
      fetchGeneration: async (id) =>
        (
          await requestJson(
            { operation: 'generation', method: 'GET', path: '/generation', query: { id } },
            { client },
          )
        ).data,
      onUsage: report,
      firstDelayMs: 20,
      maxDelayMs: 40,
      maxAttempts: 50,
    }),
  ],
})
const controller = new AbortController()
const body = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }], stream: true }
// A slow stream whose record the emulator writes 100 ms after it ends.
const headers = {
  'x-mock-scenario': JSON.stringify({ chunks: 30, chunkDelayMs: 30, generationDelayMs: 100 }),
}
const source = await requestStream(
  { operation: 'chat.stream', method: 'POST', path: '/chat/completions', body },
  { client, signal: controller.signal, headers },
)
const protocol = jsonSseProtocol<unknown, undefined>({
  name: 'chat stream',
  accumulate: () => ({ add: () => {}, result: () => undefined }),
})
const events = new EventStream(source, protocol)[Symbol.asyncIterator]()
await events.next()
controller.abort()
await events.next().catch(() => {})
const { usage, record } = await recovered
console.log(
  `abortedStreamUsage: cancelled ${record.cancelled}, cost ${usage.cost > 0 ? 'above zero' : 'zero'}`,
)
await client.close()
