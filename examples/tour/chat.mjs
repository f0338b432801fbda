// Demo step: buffered chat, a stream read chunk by chunk, a stream folded into one completion,
// web-search citations, the next turn and what it cost.
import { chat, chatStream, costOf, toAssistantMessage } from '@orsdk/chat'

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

  // Web search: citations arrive as delta.annotations and are kept by finalCompletion().
  const searched = await (
    await chatStream(
      {
        model,
        messages: [{ role: 'user', content: 'What is new in OpenRouter?' }],
        plugins: [{ id: 'web', max_results: 2 }],
        max_tokens: 120,
      },
      { client },
    )
  ).finalCompletion()
  for (const annotation of searched.choices[0]?.message.annotations ?? [])
    if (annotation.type === 'url_citation')
      log(`cited: ${annotation.url_citation.title} <${annotation.url_citation.url}>`)

  // The next turn: the assistant message to append, tool-call ids unique, reasoning kept.
  const next = toAssistantMessage(final)
  log(
    `toAssistantMessage → ${JSON.stringify({ role: next.role, tool_calls: next.tool_calls?.map((entry) => entry.function.name) })}`,
  )
  const cost = costOf(searched.usage)
  log(`costOf(usage) → $${cost?.total ?? 0}${cost?.byok ? ' (BYOK)' : ''}`)
}
