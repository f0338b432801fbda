// Bundle-size comparison: the `openai` client doing the same streaming chat call.
import OpenAI from 'openai'

export async function run(baseURL: string, apiKey: string): Promise<string> {
  const client = new OpenAI({ baseURL, apiKey, maxRetries: 0 })
  const stream = await client.chat.completions.create({
    model: 'openai/gpt-4o-mini',
    messages: [{ role: 'user', content: 'Hi' }],
    stream: true,
  })
  let text = ''
  for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? ''
  return text
}
