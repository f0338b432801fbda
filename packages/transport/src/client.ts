import { buildClient, CLIENT_PIPELINE, type ClientWithPipeline } from './create-client.js'
import { invalidRequest } from './errors/factories.js'
import type { CallOptions, Client, ClientOptions } from './options.js'
import { platform } from './platform-instance.js'

/**
 * Creates a client. Nothing connects until the first request. The runtime's engine is picked
 * by the package's export conditions: undici on Node, `fetch` everywhere else.
 *
 * @example
 * const client = createClient({ apiKey: process.env.OPENROUTER_API_KEY, app: { name: 'My app', url: 'https://app.example' } })
 * await chat({ model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }, { client })
 */
export function createClient(options: ClientOptions = {}): Client {
  return buildClient(options, platform)
}

let shared: Client | undefined

/**
 * The client calls use without `options.client`, built on first use from the environment
 * (`OPENROUTER_API_KEY`, `OPENROUTER_BASE_URL`). One per process and module format.
 *
 * @example
 * process.on('beforeExit', () => defaultClient().close())
 */
export function defaultClient(): Client {
  shared ??= createClient()
  return shared
}

/** The client a call goes through: `options.client`, else the default one. */
export function clientOf(options: CallOptions): ClientWithPipeline {
  const client = options.client ?? defaultClient()
  if (
    typeof client !== 'object' ||
    client === null ||
    typeof (client as ClientWithPipeline)[CLIENT_PIPELINE] !== 'function'
  )
    throw invalidRequest('options.client must be a client made by createClient')
  return client as ClientWithPipeline
}
