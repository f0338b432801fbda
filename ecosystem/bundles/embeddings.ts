// Bundle-size entry: one embeddings call with base64 vectors.
import { embeddings } from '@orsdk/embeddings'
import { createClient } from '@orsdk/transport'

export async function run(baseURL: string, apiKey: string): Promise<number> {
  const client = createClient({ baseURL, apiKey })
  const response = await embeddings(
    { model: 'openai/text-embedding-3-small', input: 'Hi', encoding_format: 'base64' },
    { client },
  )
  return response.data.length
}
