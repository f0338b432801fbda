import { isMessagesEvent, messages, messagesStream } from '@orsdk/messages'
import { isOpenRouterError } from '@orsdk/transport'

export const title = 'messages: Anthropic-format /messages, buffered, streamed, with tools'

const model = 'openai/gpt-4o-mini'
const question = [{ role: 'user', content: 'Say hello in five words.' }]

export async function run({ client, log, live }) {
  const message = await messages({ model, max_tokens: 40, messages: question }, { client })
  const text = message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('')
  log(
    `messages() → ${message.stop_reason}, "${text}" (${message.usage.input_tokens} in / ${message.usage.output_tokens} out)`,
  )

  const stream = await messagesStream({ model, max_tokens: 40, messages: question }, { client })
  const seen = []
  let streamed = ''
  for await (const item of stream) {
    seen.push(item.event)
    if (isMessagesEvent(item, 'content_block_delta') && item.data.delta.type === 'text_delta') {
      streamed += item.data.delta.text
    }
  }
  log(`messagesStream() → ${seen.length} events (${[...new Set(seen)].join(', ')}): "${streamed}"`)

  const tools = [
    {
      name: 'get_weather',
      description: 'Current weather of a city',
      input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  ]
  const toolStream = await messagesStream(
    {
      model,
      max_tokens: 100,
      tools,
      tool_choice: { type: 'tool', name: 'get_weather' },
      messages: [{ role: 'user', content: 'Weather in Paris?' }],
    },
    { client },
  )
  const final = await toolStream.finalMessage()
  const call = final.content.find((block) => block.type === 'tool_use')
  log(`finalMessage() with tools → ${final.stop_reason}: ${call?.name}(${JSON.stringify(call?.input)})`)
  if (live) return

  // The emulator fails on request: an overloaded_error mid-stream becomes a typed error.
  const scripted = await messagesStream(
    { model, messages: question },
    { client, headers: { 'x-mock-scenario': JSON.stringify({ errorAfter: 3 }) } },
  )
  try {
    for await (const _ of scripted) {
      // read until the error
    }
  } catch (error) {
    if (!isOpenRouterError(error)) throw error
    log(
      `scripted event: error → OpenRouterError kind=${error.kind} errorType=${error.errorType} retryable=${error.retryable}`,
    )
  }
}
