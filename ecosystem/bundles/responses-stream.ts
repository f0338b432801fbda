// Bundle-size entry: one streaming Responses API call, accumulated into the final response.
import { responsesStream } from '@orsdk/responses'
import { createClient } from '@orsdk/transport'

export async function run(baseURL: string, apiKey: string): Promise<string> {
  const client = createClient({ baseURL, apiKey })
  const stream = await responsesStream({ model: 'openai/gpt-4o-mini', input: 'Hi' }, { client })
  const response = await stream.finalResponse()
  return response.output_text
}
