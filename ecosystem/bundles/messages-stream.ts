// Bundle-size entry: one streaming Anthropic-style messages call.
import { messagesStream } from '@orsdk/messages'
import { createClient } from '@orsdk/transport'

export async function run(baseURL: string, apiKey: string): Promise<number> {
  const client = createClient({ baseURL, apiKey })
  const stream = await messagesStream(
    { model: 'anthropic/claude-sonnet-4', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] },
    { client },
  )
  const message = await stream.finalMessage()
  return message.content.length
}
