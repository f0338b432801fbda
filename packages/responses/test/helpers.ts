import { readFileSync } from 'node:fs'
import type { MockServer } from '@orsdk/mock-server'
import { clientEngines } from '@orsdk/test-support'
import { createClient } from '@orsdk/transport'
import type { ResponsesFunctionTool, ResponsesParams } from '../src/index.js'

export {
  closeAfterEach,
  collect,
  eventually,
  rejection,
  scenario,
  TEST_KEY,
  useClient,
  useMockServer,
  withServer,
} from '@orsdk/test-support'

export const engines = clientEngines(createClient)

export const MODEL = 'openai/gpt-4o-mini'

export const params = (extra: Partial<ResponsesParams> = {}): ResponsesParams => ({
  model: MODEL,
  input: 'Hello',
  ...extra,
})

export const weatherTool: ResponsesFunctionTool = {
  type: 'function',
  name: 'get_weather',
  description: 'Current weather of a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
}

/** A stream from test/fixtures, one piece per event, for the emulator's `raw`. */
export function fixturePieces(name: string): string[] {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => `${block}\n\n`)
}

/** The body of the last request the emulator received. */
export function lastBody<T = Record<string, unknown>>(server: MockServer): T {
  const request = server.requests.at(-1)
  if (request === undefined) throw new Error('no request reached the emulator')
  return request.body as T
}
