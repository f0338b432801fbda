// Bundle-size entry: one rerank call.
import { rerank } from '@orsdk/rerank'
import { createClient } from '@orsdk/transport'

export async function run(baseURL: string, apiKey: string): Promise<number | undefined> {
  const client = createClient({ baseURL, apiKey })
  const { results } = await rerank(
    { model: 'cohere/rerank-v3.5', query: 'q', documents: ['a', 'b'] },
    { client },
  )
  return results[0]?.index
}
