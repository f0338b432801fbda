// Demo tour step: a video job from submission to the MP4 on disk, polled with progress.
import { createWriteStream } from 'node:fs'
import { mkdtemp, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createVideo, downloadVideo, listVideoModels, waitForVideo } from '@orsdk/video'

export const title = 'video: submit a job, wait with progress, stream the MP4 to disk'

export async function run({ client, live, log }) {
  const models = await listVideoModels({ client })
  log(
    `listVideoModels → ${models.length} models, e.g. ${models
      .slice(0, 3)
      .map((model) => model.id)
      .join(', ')}`,
  )
  if (live) {
    log('skipped against OpenRouter: a video takes minutes and costs dollars; the emulator shows the flow')
    return
  }
  const job = await createVideo(
    { model: 'google/veo-3.1', prompt: 'A paper boat on a stream', duration: 4 },
    { client },
  )
  log(`createVideo → ${job.id} (${job.status})`)
  const statuses = []
  const done = await waitForVideo(job, {
    client,
    pollIntervalMs: 100,
    timeoutMs: 60_000,
    onProgress: (current) => statuses.push(current.status),
  })
  log(`waitForVideo → ${statuses.join(' → ')}, $${done.usage?.cost}`)
  const path = join(await mkdtemp(join(tmpdir(), 'orsdk-video-')), 'boat.mp4')
  await pipeline(Readable.fromWeb(await downloadVideo(done.id, { client })), createWriteStream(path))
  log(`downloadVideo → ${(await stat(path)).size} bytes streamed to ${path}`)
}
