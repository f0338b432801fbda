// Bundle-size entry: submit a video job, wait for it, stream the video.
import { createClient } from '@orsdk/transport'
import { createVideo, downloadVideo, waitForVideo } from '@orsdk/video'

export async function run(baseURL: string, apiKey: string): Promise<ReadableStream<Uint8Array>> {
  const client = createClient({ baseURL, apiKey })
  const job = await createVideo({ model: 'google/veo-3.1', prompt: 'waves' }, { client })
  const done = await waitForVideo(job, { client, pollIntervalMs: 1000 })
  return downloadVideo(done.id, { client })
}
