// Demo step: buffered chat, a stream read chunk by chunk, and a stream folded into one completion.
import { chat, chatStream } from '@orsdk/chat'

export const title = 'Chat: buffered, streaming and the accumulated completion'

export async function run({ client, log, live }) {
  const model = 'openai/gpt-4o-mini'
  const completion = await chat(
    { model, messages: [{ role: 'user', content: 'Say hello in five words.' }], max_tokens: 30 },
    { client },
  )
  log(`chat: "${completion.choices[0]?.message.content}"`)
  log(
    `  served by ${completion.provider ?? 'unknown'} as ${completion.model}, cost $${completion.usage?.cost ?? 0}`,
  )

  const stream = await chatStream(
    { model, messages: [{ role: 'user', content: 'Count from one to five in words.' }], max_tokens: 40 },
    { client },
  )
  let chunks = 0
  let text = ''
  for await (const chunk of stream) {
    chunks++
    text += chunk.choices[0]?.delta.content ?? ''
  }
  log(`chatStream: ${chunks} chunks -> "${text}" (generation ${stream.generationId})`)

  const tools = [
    {
      type: 'function',
      function: {
        name: 'get_weather',
        description: 'Weather for a city',
        parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      },
    },
  ]
  const final = await (
    await chatStream(
      { model, messages: [{ role: 'user', content: 'Weather in Paris?' }], tools, max_tokens: 60 },
      { client },
    )
  ).finalCompletion()
  const call = final.choices[0]?.message.tool_calls?.[0]
  log(
    call
      ? `finalCompletion: tool call ${call.function.name}(${call.function.arguments}), finish ${final.choices[0]?.finish_reason}`
      : `finalCompletion: "${final.choices[0]?.message.content}"`,
  )
  if (!live) log('  (the emulator split those arguments across chunks; the accumulator joined them by index)')
}
