import { readFileSync } from 'node:fs'
import type { MockServer } from '@orsdk/mock-server'
import { clientEngines } from '@orsdk/test-support'
import { type Client, createClient } from '@orsdk/transport'
import { afterEach } from 'vitest'
import type { MessagesParams } from '../src/index.js'

export { collect, eventually, rejection, scenario, TEST_KEY, useMockServer } from '@orsdk/test-support'

export const engines = clientEngines(createClient)

/** A client of `engine` on the file's emulator, made per test and closed after it. */
export function useClient(mock: { readonly server: MockServer }, engine: (typeof engines)[number]) {
  let client: Client | undefined
  afterEach(async () => {
    await client?.close()
    client = undefined
  })
  return () => {
    client ??= engine.client(mock.server.baseURL)
    return client
  }
}

export const params = (extra: Partial<MessagesParams> = {}): MessagesParams => ({
  model: 'anthropic/claude-haiku-4.5',
  max_tokens: 200,
  messages: [{ role: 'user', content: 'Hello' }],
  ...extra,
})

export const weatherTool = {
  name: 'get_weather',
  description: 'Current weather of a city',
  input_schema: { type: 'object' as const, properties: { city: { type: 'string' } }, required: ['city'] },
}

/** A recorded stream from test/fixtures, split into one piece per event for the emulator's `raw`. */
export function fixturePieces(name: string): string[] {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => `${block}\n\n`)
}
