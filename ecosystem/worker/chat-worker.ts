// A Cloudflare Worker that streams a chat completion to its caller: the request body is
// `{ prompt }`, the response is OpenRouter's SSE bytes, forwarded with `toReadableStream()`.
// An `x-mock-scenario` request header is passed on, so tests can script the emulator.
import { chatStream } from '@orsdk/chat'
import { createClient } from '@orsdk/transport'

interface Env {
  BASE_URL: string
  KEY: string
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { prompt } = (await request.json()) as { prompt: string }
    const scenario = request.headers.get('x-mock-scenario')
    const client = createClient({ baseURL: env.BASE_URL, apiKey: env.KEY })
    const stream = await chatStream(
      { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: prompt }] },
      { client, headers: scenario === null ? {} : { 'x-mock-scenario': scenario } },
    )
    return new Response(stream.toReadableStream(), { headers: { 'content-type': 'text/event-stream' } })
  },
}
