// Bundle-size comparison: `@openrouter/sdk` doing the same streaming chat call.
import { OpenRouter } from '@openrouter/sdk'

export async function run(serverURL: string, apiKey: string): Promise<string> {
  const client = new OpenRouter({ serverURL, apiKey })
  const stream = await client.chat.send({
    chatRequest: { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }], stream: true },
  })
  let text = ''
  if (!(Symbol.asyncIterator in stream)) return text
  for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? ''
  return text
}
