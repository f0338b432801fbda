import type { Scenario } from '../src/scenario'

/** The key every test sends; the emulator accepts any non-empty bearer. */
export const KEY = 'sk-or-v1-test'

/** Serializes a scenario for the x-mock-scenario header: HTTP headers are Latin-1, so non-ASCII is \u-escaped. */
export function scenarioHeader(scenario: Scenario): string {
  return JSON.stringify(scenario).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** POSTs JSON with a key, optionally scripting the request through the x-mock-scenario header. */
export function postJson(
  url: string,
  body: unknown,
  scenario?: Scenario,
  signal?: AbortSignal,
): Promise<Response> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${KEY}`,
    'content-type': 'application/json',
  }
  if (scenario !== undefined) headers['x-mock-scenario'] = scenarioHeader(scenario)
  return fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: signal ?? null })
}

/** A minimal chat request. */
export function chatBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hello' }], ...extra }
}

/** One parsed SSE event: a comment, the [DONE] sentinel or a JSON chunk. */
export type SseEvent =
  | { kind: 'comment'; text: string }
  | { kind: 'done' }
  | { kind: 'data'; json: ChunkJson }

/** The parts of a chat chunk the tests look at. */
export interface ChunkJson {
  id: string
  object: string
  model: string
  provider: string
  choices: Array<{
    index: number
    delta: Record<string, unknown> & { content?: string; reasoning?: string }
    finish_reason: string | null
    native_finish_reason?: string | null
  }>
  usage?: Record<string, unknown>
  error?: { code: number | string; message: string; metadata?: { error_type: string } }
}

/** Parses an SSE body made of `data:` and comment events separated by blank lines. */
export function parseSse(text: string): SseEvent[] {
  return text
    .split('\n\n')
    .filter((block) => block !== '')
    .map((block): SseEvent => {
      if (block.startsWith(':')) return { kind: 'comment', text: block }
      const data = block.slice('data: '.length)
      return data === '[DONE]' ? { kind: 'done' } : { kind: 'data', json: JSON.parse(data) as ChunkJson }
    })
}

/** The JSON chunks of parsed events. */
export function dataChunks(events: SseEvent[]): ChunkJson[] {
  return events.flatMap((event) => (event.kind === 'data' ? [event.json] : []))
}

/** Concatenated `delta.content` of chunks. */
export function contentOf(chunks: ChunkJson[]): string {
  return chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')
}
