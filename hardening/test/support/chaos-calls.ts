import { speak } from '@orsdk/audio'
import { chat, chatStream } from '@orsdk/chat'
import { embeddings } from '@orsdk/embeddings'
import { messagesStream } from '@orsdk/messages'
import { type CallOptions, isOpenRouterError } from '@orsdk/transport'
import type { Outcome, PlannedCall } from './chaos-plan.js'

const model = 'openai/gpt-4o-mini'
const user = [{ role: 'user' as const, content: 'Hello' }]

/** Header that tells the emulator's `script` which planned call a request is. */
export const CALL_HEADER = 'x-chaos-call'

/** What happened to one call. */
export interface CallResult {
  outcome: Outcome
  elapsedMs: number
  error?: unknown
}

async function drain(stream: AsyncIterable<unknown>, breakAfter: number | undefined): Promise<Outcome> {
  let seen = 0
  for await (const _ of stream) {
    if (breakAfter !== undefined && ++seen === breakAfter) return 'broke-early'
  }
  return 'ok'
}

async function send(call: PlannedCall, options: CallOptions): Promise<Outcome> {
  const breakAfter = call.fault === 'break-early' ? 2 : undefined
  switch (call.operation) {
    case 'chat':
      await chat({ model, messages: user }, options)
      return 'ok'
    case 'embeddings':
      await embeddings({ model: 'openai/text-embedding-3-small', input: 'Hello' }, options)
      return 'ok'
    case 'chat.stream':
      return drain(await chatStream({ model, messages: user }, options), breakAfter)
    case 'messages.stream':
      return drain(await messagesStream({ model, max_tokens: 64, messages: user }, options), breakAfter)
    case 'speak':
      await speak({ model: 'openai/gpt-4o-audio-preview', text: 'Hello' }, options)
      return 'ok'
  }
}

/** Runs one planned call and classifies how it settled; never rejects. */
export async function runCall(call: PlannedCall, options: CallOptions): Promise<CallResult> {
  const started = performance.now()
  const timed: CallOptions = {
    ...options,
    timeout: { headersMs: call.timeoutMs, idleMs: call.timeoutMs, eventIdleMs: call.timeoutMs },
  }
  try {
    const outcome = await send(call, timed)
    return { outcome, elapsedMs: performance.now() - started }
  } catch (error) {
    const outcome: Outcome = isOpenRouterError(error) ? error.kind : 'other-error'
    return { outcome, elapsedMs: performance.now() - started, error }
  }
}

/** Races a call against a generous watchdog, so a hang fails loudly instead of stalling the suite. */
export async function withWatchdog(run: Promise<CallResult>, watchdogMs: number): Promise<CallResult> {
  let timer: NodeJS.Timeout | undefined
  const hang = new Promise<CallResult>((resolve) => {
    timer = setTimeout(() => resolve({ outcome: 'hang', elapsedMs: watchdogMs }), watchdogMs)
  })
  try {
    return await Promise.race([run, hang])
  } finally {
    clearTimeout(timer)
  }
}
