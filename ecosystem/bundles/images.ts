// Bundle-size entry: one buffered image generation, bytes decoded.
import { generateImage } from '@orsdk/images'
import { createClient } from '@orsdk/transport'

export async function run(baseURL: string, apiKey: string): Promise<number> {
  const client = createClient({ baseURL, apiKey })
  const { images } = await generateImage({ model: 'openai/gpt-image-1', prompt: 'a fox' }, { client })
  return images[0]?.data.length ?? 0
}
