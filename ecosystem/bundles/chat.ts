// Bundle-size entry: one buffered chat call.
import { chat } from '@orsdk/chat'
import { createClient } from '@orsdk/transport'

export async function run(baseURL: string, apiKey: string): Promise<string> {
  const client = createClient({ baseURL, apiKey })
  const completion = await chat(
    { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] },
    { client },
  )
  return completion.choices[0]?.message.content ?? ''
}
