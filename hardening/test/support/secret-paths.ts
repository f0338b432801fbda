import { chat, chatStream } from '@orsdk/chat'
import { embeddings } from '@orsdk/embeddings'
import { messages, messagesStream } from '@orsdk/messages'
import type { Scenario } from '@orsdk/mock-server'
import type { CallOptions } from '@orsdk/transport'

/** Header that tells the emulator's `script` which case a request is. */
export const CASE_HEADER = 'x-secrets-case'
const STATUSES = [400, 401, 402, 403, 404, 408, 413, 422, 429, 500, 502, 503, 524, 529]
export const model = 'openai/gpt-4o-mini'
const chatParams = { model, messages: [{ role: 'user' as const, content: 'Hi' }] }
const messagesParams = { model: 'anthropic/claude-haiku-4.5', max_tokens: 32, messages: chatParams.messages }
const quick = { headersMs: 300, idleMs: 300, eventIdleMs: 300 }

/** One error path: a call that must reject, under a scenario the emulator's `script` applies. */
export interface ErrorPath {
  name: string
  scenario?: (key: string) => Scenario
  run: (options: CallOptions) => Promise<unknown>
}

const drain = async (stream: AsyncIterable<unknown>) => {
  for await (const _ of stream) {
    // reading is the point
  }
}
/** The capability calls the sweep drives, each reading a stream to its end. */
export const calls: Record<string, (options: CallOptions) => Promise<unknown>> = {
  chat: (options) => chat(chatParams, options),
  chatStream: async (options) => drain(await chatStream(chatParams, options)),
  messages: (options) => messages(messagesParams, options),
  messagesStream: async (options) => drain(await messagesStream(messagesParams, options)),
  embeddings: (options) => embeddings({ model: 'openai/text-embedding-3-small', input: 'Hi' }, options),
}

/** Every error path this sweep drives, for one key in use. */
export function errorPaths(): ErrorPath[] {
  const paths: ErrorPath[] = []
  for (const [name, run] of Object.entries(calls)) {
    for (const status of STATUSES)
      paths.push({ name: `${name} HTTP ${status}`, scenario: () => ({ status }), run })
    // Upstreams and proxies that echo the key back, in JSON, in HTML and in a body that is not JSON at all.
    paths.push({
      name: `${name} HTTP 401 echoing the key`,
      scenario: (key) => ({
        status: 401,
        body: { error: { code: 401, message: `Invalid key ${key}`, metadata: { raw: key } } },
      }),
      run,
    })
    paths.push({
      name: `${name} HTML 502 echoing the key`,
      scenario: (key) => ({
        status: 502,
        body: `<html><title>Bad key ${key}</title><body>Authorization: Bearer ${key}</body></html>`,
      }),
      run,
    })
    paths.push({
      name: `${name} 200 not-JSON echoing the key`,
      scenario: (key) => ({ status: 200, body: `${key} rejected` }),
      run,
    })
    paths.push({
      name: `${name} truncated JSON`,
      scenario: () => ({ status: 200, body: '{"truncated' }),
      run,
    })
    paths.push({ name: `${name} reset before headers`, scenario: () => ({ resetBeforeHeaders: true }), run })
    paths.push({
      name: `${name} slow headers`,
      scenario: () => ({ headersDelayMs: 2000 }),
      run: (o) => run({ ...o, timeout: quick }),
    })
    paths.push({
      name: `${name} aborted before sending`,
      run: (o) => run({ ...o, signal: AbortSignal.abort() }),
    })
  }
  for (const name of ['chat', 'chatStream', 'messagesStream'] as const) {
    const run = calls[name] as ErrorPath['run']
    paths.push({
      name: `${name} in-band error`,
      scenario: () => ({ chunks: 4, errorAfter: 1, errorCode: 429 }),
      run,
    })
  }
  for (const name of ['chatStream', 'messagesStream'] as const) {
    const run = calls[name] as ErrorPath['run']
    paths.push({ name: `${name} reset mid-stream`, scenario: () => ({ chunks: 4, resetAfter: 1 }), run })
    paths.push({
      name: `${name} stall`,
      scenario: () => ({ chunks: 4, stallAfter: 1 }),
      run: (o) => run({ ...o, timeout: quick }),
    })
    paths.push({
      name: `${name} aborted mid-stream`,
      scenario: () => ({ chunks: 6, chunkDelayMs: 50 }),
      run: async (options) => {
        const controller = new AbortController()
        const open =
          name === 'chatStream'
            ? chatStream(chatParams, { ...options, signal: controller.signal })
            : messagesStream(messagesParams, { ...options, signal: controller.signal })
        for await (const _ of await open) controller.abort()
      },
    })
  }
  paths.push({
    name: 'chatStream in-band error echoing the key',
    scenario: (key) => ({ raw: [`data: {"error":{"code":502,"message":"bad key ${key}"}}\n\n`] }),
    run: calls.chatStream as ErrorPath['run'],
  })
  paths.push({
    name: 'messagesStream in-band error echoing the key',
    scenario: (key) => ({
      raw: [
        `event: error\ndata: {"type":"error","error":{"type":"api_error","message":"bad key ${key}"}}\n\n`,
      ],
    }),
    run: calls.messagesStream as ErrorPath['run'],
  })
  return paths
}
