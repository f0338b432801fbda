// Bundle-size entry: a bare client and one `requestJson` call, the baseline the account and admin
// calls are measured on top of (what a package adds to the transport it shares).
import { createClient } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'

export async function run(baseURL: string, apiKey: string): Promise<unknown> {
  const client = createClient({ baseURL, apiKey })
  const { data } = await requestJson(
    { operation: 'getGenerationContent', method: 'GET', path: '/generation/content', query: { id: 'gen-1' } },
    { client },
  )
  return data
}
