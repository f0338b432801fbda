// Bundle-size entry: a streamed upload, then the listing (the path reader must stay out of it).
import { listFiles, uploadFile } from '@orsdk/files'
import { createClient } from '@orsdk/transport'

export async function run(baseURL: string, apiKey: string, data: Blob): Promise<number> {
  const client = createClient({ baseURL, apiKey })
  await uploadFile({ data, filename: 'notes.md' }, { client })
  let count = 0
  for await (const _ of listFiles({ client })) count++
  return count
}
