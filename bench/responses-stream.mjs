// The Responses API stream, measured like the chat stream: events/s of `responsesStream()`
// (iterated, and pushed into a sink that accumulates the response as `finalResponse()` does)
// and of the `openai` client's Responses stream, each as a ratio to raw undici +
// eventsource-parser + JSON.parse of the same bytes.
import { responsesStream } from '@orsdk/responses'
import { createParser } from 'eventsource-parser'
import { request } from 'undici'
import { compare } from './measure.mjs'

/** Runs the comparison on `chunks`-delta streams; resolves with events/s per variant. */
export function measureResponsesStreams({ baseURL, headers, agent, client, openai, chunks }) {
  const scenario = JSON.stringify({ chunks })
  const body = { model: 'openai/gpt-4o-mini', input: 'Hello' }
  const streamHeaders = { 'x-mock-scenario': scenario }
  const variants = {
    'raw undici + parser': async () => {
      const response = await request(`${baseURL}/responses`, {
        method: 'POST',
        headers: { ...headers, ...streamHeaders },
        body: JSON.stringify({ ...body, stream: true }),
        dispatcher: agent,
      })
      let events = 0
      const parser = createParser({
        onEvent: (event) => {
          if (event.data === '[DONE]') return
          JSON.parse(event.data)
          events++
        },
      })
      const decoder = new TextDecoder()
      for await (const chunk of response.body) parser.feed(decoder.decode(chunk, { stream: true }))
      return events
    },
    '@orsdk/responses responsesStream()': async () => {
      let events = 0
      for await (const _ of await responsesStream(body, { client, headers: streamHeaders })) events++
      return events
    },
    '@orsdk/responses into (accumulating)': async () => {
      let events = 0
      await new Promise((resolve, reject) => {
        const into = (event) => {
          if (event.type === 'item') events++
          else if (event.type === 'complete') resolve()
          else reject(event.error)
        }
        responsesStream(body, { client, headers: streamHeaders, into }).catch(reject)
      })
      return events
    },
    'openai responses stream': async () => {
      let events = 0
      const stream = await openai.responses.create({ ...body, stream: true }, { headers: streamHeaders })
      for await (const _ of stream) events++
      return events
    },
  }
  return compare(variants, async (run) => {
    const started = performance.now()
    const events = await run()
    return events / ((performance.now() - started) / 1000)
  })
}
