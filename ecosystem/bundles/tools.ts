// Bundle-size entry: a tool loop with one tool, as an edge function ships it.
import { runTools } from '@orsdk/tools'
import { createClient } from '@orsdk/transport'

export async function run(baseURL: string, apiKey: string): Promise<string | null | undefined> {
  const client = createClient({ baseURL, apiKey })
  const { completion } = await runTools(
    {
      model: 'openai/gpt-4o-mini',
      messages: [{ role: 'user', content: 'What time is it?' }],
      tools: {
        now: {
          description: 'The current time',
          parameters: { type: 'object', properties: {} },
          run: () => new Date().toISOString(),
        },
      },
    },
    { client },
  )
  return completion.choices[0]?.message.content
}
