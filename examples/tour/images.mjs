// Demo tour step: generate an image (bytes on disk), stream partial images, list image models.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chatModalities } from '@orsdk/catalog'
import { generateImage, generateImageStream, listImageModels } from '@orsdk/images'

export const title = 'images: a PNG on disk, partial images as they arrive, image models'

const MODEL = 'openai/gpt-image-1'

export async function run({ client, log }) {
  const prompt = 'a red panda astronaut floating in space, studio lighting'
  const { images, usage, generationId } = await generateImage({ model: MODEL, prompt }, { client })
  const path = join(await mkdtemp(join(tmpdir(), 'orsdk-images-')), 'panda.png')
  await writeFile(path, images[0].data)
  log(
    `generateImage → ${images[0].data.length} bytes of ${images[0].mediaType}, $${usage?.cost}, ${generationId}`,
  )
  log(`written to ${path}`)

  const stream = await generateImageStream({ model: MODEL, prompt: 'a lighthouse at dusk' }, { client })
  const seen = []
  for await (const item of stream) seen.push(item.type === 'partial' ? `partial ${item.index}` : item.type)
  log(`generateImageStream → ${seen.join(', ')}`)

  const models = await listImageModels({ client })
  const streaming = models.filter((model) => model.supports_streaming).length
  log(`listImageModels → ${models.length} models, ${streaming} of them stream partial images`)
  log(
    `chat modalities for ${MODEL}: ${JSON.stringify(chatModalities(MODEL))} (never ['text'] for an image-only model)`,
  )
}
