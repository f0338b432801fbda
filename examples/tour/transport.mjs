import { isOpenRouterError } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'

export const title = 'transport: one client, typed errors, scripted failures'

export async function run({ client, log, live }) {
  // What a capability package does under the hood: one request through the client's pipeline.
  const models = await requestJson(
    {
      operation: 'models',
      method: 'GET',
      path: '/models',
      query: { output_modalities: 'all' },
      auth: 'optional',
    },
    { client },
  )
  log(`GET /models?output_modalities=all → ${models.status}, ${models.data.data.length} models`)
  if (live) return
  // The emulator fails on request: a 429 with Retry-After becomes a typed error.
  try {
    await requestJson(
      {
        operation: 'chat',
        method: 'POST',
        path: '/chat/completions',
        body: { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] },
      },
      { client, headers: { 'x-mock-scenario': JSON.stringify({ status: 429, retryAfter: 3 }) } },
    )
  } catch (error) {
    if (!isOpenRouterError(error)) throw error
    log(
      `scripted 429 → OpenRouterError kind=${error.kind} retryable=${error.retryable} retryAfterMs=${error.retryAfterMs}`,
    )
  }
}
