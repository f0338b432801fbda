// Bundle-size entry: one paged @orsdk/admin list (a management key), walked to the end.
import { listKeys } from '@orsdk/admin'
import { createClient } from '@orsdk/transport'

export async function run(baseURL: string, apiKey: string): Promise<number> {
  const client = createClient({ baseURL, apiKey })
  let count = 0
  for await (const _key of listKeys({}, { client })) count++
  return count
}
