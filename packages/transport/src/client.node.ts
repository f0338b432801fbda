import { buildClient } from './create-client.js'
import type { Client, ClientOptions } from './options.js'
import { nodePlatform } from './platform.node.js'

/**
 * Creates a client. Nothing connects until the first request.
 *
 * @example
 * const client = createClient({ apiKey: process.env.OPENROUTER_API_KEY, headers: { 'X-OpenRouter-Title': 'My app' } })
 * await chat({ model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }, { client })
 */
export function createClient(options: ClientOptions = {}): Client {
  return buildClient(options, nodePlatform)
}

let shared: Client | undefined

/**
 * The client calls use without `options.client`, built on first use from the environment
 * (`OPENROUTER_API_KEY`, `OPENROUTER_BASE_URL`).
 *
 * @example
 * process.on('beforeExit', () => defaultClient().close())
 */
export function defaultClient(): Client {
  shared ??= createClient()
  return shared
}
