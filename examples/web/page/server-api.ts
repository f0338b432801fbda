// The page's calls to its own server. The server holds the OpenRouter key; the page only ever
// sends its session cookie.
import { ChatStream } from '@orsdk/chat'
import type { ChatRequest } from '../src/chat-route'
import type { ModelChoice } from '../src/models-route'

/** A failed call to this app's server, with the error kind OpenRouter's failure had. */
export class RequestFailed extends Error {
  readonly kind: string
  readonly retryAfterMs: number | undefined

  constructor(kind: string, message: string, retryAfterMs?: number) {
    super(message)
    this.name = 'RequestFailed'
    this.kind = kind
    this.retryAfterMs = retryAfterMs
  }
}

async function failure(response: Response): Promise<RequestFailed> {
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { kind?: string; message?: string } }
    | undefined
  const retryAfter = Number(response.headers.get('retry-after'))
  return new RequestFailed(
    body?.error?.kind ?? (response.status >= 500 ? 'server' : 'invalid_request'),
    body?.error?.message ?? `HTTP ${response.status}`,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
  )
}

async function call(path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(path, init)
  if (!response.ok) throw await failure(response)
  return response
}

/** Who is signed in (never the key). */
export interface Me {
  signedIn: boolean
  userId: string | null
  usingServerKey: boolean
  mode: 'emulator' | 'openrouter'
}

export async function fetchMe(): Promise<Me> {
  return (await call('/api/me')).json()
}

export async function fetchModels(): Promise<{ models: ModelChoice[]; voice: string; listening: string }> {
  return (await call('/api/models')).json()
}

/**
 * Starts an answer. The server forwards `chatStream(...).toReadableStream()`; `fromResponse`
 * turns it back into chunks, and an error (before or during the stream) into an
 * `OpenRouterError` of the right kind. Aborting `signal` stops it here and upstream.
 */
export async function streamChat(request: ChatRequest, signal: AbortSignal): Promise<ChatStream> {
  const response = await fetch('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    signal,
  })
  return ChatStream.fromResponse(response)
}

/** The text spoken, as a WAV. */
export async function fetchSpeech(text: string): Promise<Blob> {
  const response = await call('/api/speak', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  })
  return response.blob()
}

/** The words in a recording. */
export async function fetchTranscript(recording: Blob): Promise<string> {
  const response = await call('/api/transcribe', {
    method: 'POST',
    headers: { 'content-type': recording.type },
    body: recording,
  })
  return ((await response.json()) as { text: string }).text
}
