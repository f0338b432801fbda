// Bundle-size entry: speak, then transcribe what was spoken.
import { speak, transcribe } from '@orsdk/audio'
import { createClient } from '@orsdk/transport'

export async function run(baseURL: string, apiKey: string): Promise<string> {
  const client = createClient({ baseURL, apiKey })
  const audio = await speak({ model: 'openai/gpt-4o-audio-preview', text: 'Hi', voice: 'alloy' }, { client })
  return transcribe({ model: 'openai/gpt-4o-audio-preview', audio, format: 'wav' }, { client })
}
