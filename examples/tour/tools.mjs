// Demo step: structured output checked by a zod schema, and a two-step tool loop.
import { getModel } from '@orsdk/catalog'
import { costOf } from '@orsdk/chat'
import { chatObject, runTools, tool } from '@orsdk/tools'
import { z } from 'zod'

export const title = 'tools: structured output with any schema library, and a tool loop'

export async function run({ client, log, live }) {
  const model = 'openai/gpt-4o-mini'

  // chatObject: response_format built from the schema, the reply parsed and validated.
  const Weather = z.object({ city: z.string(), celsius: z.number(), conditions: z.string() })
  const { value } = await chatObject(
    {
      model,
      name: 'weather',
      schema: Weather,
      messages: [{ role: 'user', content: 'Invent the weather in Paris today, as JSON.' }],
      max_tokens: 100,
    },
    // The catalog says whether the model honours json_schema (structured_outputs), before any I/O.
    { client, catalog: { getModel }, unsupportedModel: 'reject' },
  )
  log(`chatObject → ${JSON.stringify(value)} (checked by zod)`)

  // runTools: the model asks for both tools at once; they run in parallel; it then answers.
  const City = z.object({ city: z.string() })
  const tools = {
    get_weather: tool({
      description: 'Current weather of a city',
      parameters: City,
      run: ({ city }) => ({ city, celsius: 18, conditions: 'sunny' }),
    }),
    get_time: tool({
      description: 'Local time of a city',
      parameters: City,
      run: ({ city }) => ({ city, time: new Date().toISOString().slice(11, 16) }),
    }),
  }
  const result = await runTools(
    {
      model,
      messages: [{ role: 'user', content: 'What are the weather and the local time in Paris?' }],
      tools,
      parallel_tool_calls: true,
      max_tokens: 200,
    },
    { client, maxSteps: 4 },
  )
  for (const message of result.messages) {
    if (message.role === 'assistant' && message.tool_calls)
      log(
        `step: the model calls ${message.tool_calls.map((call) => `${call.function.name}(${call.function.arguments})`).join(' and ')}`,
      )
    if (message.role === 'tool') log(`  ${message.tool_call_id.slice(0, 12)}… → ${message.content}`)
  }
  log(
    `runTools → ${result.steps} steps (${result.stopReason}): "${result.completion.choices[0]?.message.content}"`,
  )
  log(`  ${result.usage.total_tokens} tokens over the loop, $${costOf(result.usage)?.total ?? 0}`)
  if (!live)
    log('  (the emulator calls every tool when parallel_tool_calls is true, and answers once it has results)')
}
