// Bundle-size entry: one @orsdk/account call (its params checked before any I/O).
import { getGenerationContent } from '@orsdk/account'
import { createClient } from '@orsdk/transport'

export async function run(baseURL: string, apiKey: string): Promise<unknown> {
  const client = createClient({ baseURL, apiKey })
  const { data } = await getGenerationContent('gen-1', { client })
  return data.output
}
