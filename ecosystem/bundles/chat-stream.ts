// Bundle-size entry: one streaming chat call, as an edge function ships it.
import { chatStream } from '@orsdk/chat'
import { createClient } from '@orsdk/transport'

export async function run(baseURL: string, apiKey: string): Promise<string> {
  const client = createClient({ baseURL, apiKey })
  const stream = await chatStream(
    { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] },
    { client },
  )
  let text = ''
  for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? ''
  return text
}
