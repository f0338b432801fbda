import { speak, transcribe } from '@orsdk/audio'
import { chat, chatStream } from '@orsdk/chat'
import { embeddings } from '@orsdk/embeddings'
import { messages, messagesStream } from '@orsdk/messages'
import { sampleAudioWav } from '@orsdk/mock-server'
import { buildAuthorizeUrl, exchangeCode } from '@orsdk/oauth'
import type { Client } from '@orsdk/transport'
import fc from 'fast-check'

const user = [{ role: 'user', content: 'Hi' }]
const wav = sampleAudioWav()

type Options = Record<string, unknown> & { client: Client }

/**
 * Opens a stream and reads it to its end. With a function `into` the stream is the sink's:
 * reading it again would be the caller's mistake (an `invalid_request` after the request was
 * sent), so the sink is wrapped instead, to learn when it gets its terminal event.
 */
async function readToEnd<Stream>(
  open: (options: Options) => Promise<Stream>,
  finish: (stream: Stream) => Promise<unknown>,
  options: Options,
): Promise<unknown> {
  const into = options.into
  if (typeof into !== 'function') return finish(await open(options))
  let ended = () => {}
  const end = new Promise<void>((resolve) => {
    ended = resolve
  })
  const sink = (event: { type: string }) => {
    try {
      return into(event)
    } finally {
      if (event.type !== 'item') ended()
    }
  }
  await open({ ...options, into: sink })
  return end
}
/** Each capability with one valid params value; `call` passes whatever it gets on, typed or not. */
export const targets: {
  name: string
  valid: unknown
  call: (params: unknown, options: Options) => Promise<unknown> | unknown
}[] = [
  {
    name: 'chat',
    valid: { model: 'openai/gpt-4o-mini', messages: user },
    call: (p, o) => chat(p as never, o),
  },
  {
    name: 'chatStream',
    valid: { model: 'openai/gpt-4o-mini', messages: user },
    call: (p, o) =>
      readToEnd(
        (options) => chatStream(p as never, options),
        (stream) => stream.finalCompletion(),
        o,
      ),
  },
  {
    name: 'embeddings',
    valid: { model: 'openai/text-embedding-3-small', input: ['a', 'b'] },
    call: (p, o) => embeddings(p as never, o),
  },
  {
    name: 'messages',
    valid: { model: 'anthropic/claude-haiku-4.5', max_tokens: 32, messages: user },
    call: (p, o) => messages(p as never, o),
  },
  {
    name: 'messagesStream',
    valid: { model: 'anthropic/claude-haiku-4.5', max_tokens: 32, messages: user },
    call: (p, o) =>
      readToEnd(
        (options) => messagesStream(p as never, options),
        (stream) => stream.finalMessage(),
        o,
      ),
  },
  {
    name: 'speak',
    valid: { model: 'openai/gpt-4o-audio-preview', text: 'Hello', voice: 'alloy' },
    call: (p, o) => speak(p as never, o),
  },
  {
    name: 'transcribe',
    valid: { model: 'google/gemini-2.5-flash', audio: wav, format: 'wav' },
    call: (p, o) => transcribe(p as never, o),
  },
  {
    name: 'exchangeCode',
    valid: 'a-code',
    call: (p, o) => exchangeCode(p as never, { codeVerifier: 'v'.repeat(64), ...o }),
  },
  {
    name: 'buildAuthorizeUrl',
    valid: 'https://app.example/callback',
    call: (p, o) => buildAuthorizeUrl(p as never, o as never),
  },
]

/** Replaces the node at `path` (indices into each level's keys), or adds a key, or deletes one. */
function mutate(node: unknown, path: number[], value: unknown, action: 'set' | 'delete' | 'add'): unknown {
  if (typeof node !== 'object' || node === null || node instanceof Uint8Array)
    return action === 'delete' ? undefined : value
  const copy: Record<string, unknown> = Array.isArray(node)
    ? ([...node] as unknown as Record<string, unknown>)
    : { ...node }
  const keys = Object.keys(copy)
  if (path.length <= 1 || keys.length === 0) {
    const key =
      action === 'add' || keys.length === 0
        ? `extra_${path[0] ?? 0}`
        : (keys[(path[0] ?? 0) % keys.length] as string)
    if (action === 'delete') delete copy[key]
    else copy[key] = value
    return copy
  }
  const key = keys[(path[0] as number) % keys.length] as string
  copy[key] = mutate(copy[key], path.slice(1), value, action)
  return copy
}

// Values that a JSON body cannot carry, beside fc.anything()'s: they must fail as invalid_request, not TypeError.
const awkward = fc.constantFrom<unknown>(
  10n,
  Symbol('s'),
  () => 1,
  Number.NaN,
  -0,
  new Date(0),
  new Map(),
  Object.create(null),
)
export const anyValue = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
  awkward,
)
export const callOptions = fc.record(
  {
    apiKey: anyValue,
    timeout: anyValue,
    headers: anyValue,
    signal: anyValue,
    middleware: anyValue,
    into: anyValue,
    codeVerifier: anyValue,
    codeChallenge: anyValue,
    codeChallengeMethod: anyValue,
    limit: anyValue,
    keyLabel: anyValue,
  },
  { requiredKeys: [] },
)

export function paramsFor(valid: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    anyValue,
    fc
      .tuple(
        fc.array(fc.nat(), { maxLength: 4 }),
        anyValue,
        fc.constantFrom('set' as const, 'delete' as const, 'add' as const),
      )
      .map(([path, value, action]) => mutate(valid, path, value, action)),
  )
}
