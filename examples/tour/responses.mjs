// Demo step: the Responses API buffered and streamed, a tool loop carried by toInputItems,
// structured output, reasoning, a preset, and a failure mid-stream with its partial result.
import { isResponsesEvent, responses, responsesStream, toInputItems } from '@orsdk/responses'
import { isOpenRouterError } from '@orsdk/transport'

export const title = 'responses: the stateless Responses API, streamed, with a tool loop'

const model = 'openai/gpt-4o-mini'

export async function run({ client, log, live, server }) {
  const result = await responses(
    { model, instructions: 'Answer in five words.', input: 'Say hello.', max_output_tokens: 40 },
    { client },
  )
  log(`responses() → ${result.status}: "${result.output_text}" ($${result.usage?.cost ?? 0})`)

  const stream = await responsesStream({ model, input: 'Count from one to five in words.' }, { client })
  const types = new Set()
  let text = ''
  for await (const event of stream) {
    types.add(event.type)
    if (isResponsesEvent(event, 'response.output_text.delta')) text += event.delta
  }
  log(`responsesStream() → ${types.size} event types, "${text}" (generation ${stream.generationId})`)

  const tools = [
    {
      type: 'function',
      name: 'get_weather',
      description: 'Current weather of a city',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  ]
  const input = [{ role: 'user', content: 'What is the weather in Paris?' }]
  const first = await (await responsesStream({ model, tools, input }, { client })).finalResponse()
  const calls = first.output.filter((item) => item.type === 'function_call')
  for (const call of calls) log(`finalResponse() → ${call.name}(${call.arguments})`)
  input.push(
    ...toInputItems(first),
    ...calls.map((call) => ({
      type: 'function_call_output',
      call_id: call.call_id,
      output: '{"celsius":18}',
    })),
  )
  const answer = await responses({ model, tools, input }, { client })
  log(`after the tool output, via toInputItems → "${answer.output_text}"`)

  const schema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }
  const structured = await responses(
    {
      model,
      input: 'Name a city in France.',
      text: { format: { type: 'json_schema', name: 'city', schema } },
    },
    { client },
  )
  log(`structured output → ${JSON.stringify(JSON.parse(structured.output_text))}`)

  const reasoned = await responses(
    {
      model: live ? 'openai/o4-mini' : model,
      input: 'Is 91 prime?',
      reasoning: { effort: 'low', summary: 'auto' },
    },
    { client },
  )
  const reasoning = reasoned.output.find((item) => item.type === 'reasoning')
  log(
    `reasoning → ${reasoning ? `summary "${reasoning.summary[0]?.text ?? ''}"` : 'none shown'}, then "${reasoned.output_text}"`,
  )

  try {
    await responses({ input: 'x', previous_response_id: 'resp_123' }, { client })
  } catch (error) {
    if (!isOpenRouterError(error)) throw error
    log(`previous_response_id → ${error.kind} before any I/O: ${error.message.slice(0, 90)}…`)
  }
  if (live) return

  // OpenRouter resolves the preset saved under this slug; the emulator shows what was sent.
  await responses({ input: 'Draft a launch email.' }, { client, preset: 'email-copywriter' })
  log(`preset 'email-copywriter' → sent as model ${server.requests.at(-1)?.body.model}`)

  const failing = await responsesStream(
    { model, input: 'Tell me a story.' },
    {
      client,
      headers: {
        'x-mock-scenario': JSON.stringify({ chunks: 6, errorAfter: 6, errorCode: 'rate_limit_exceeded' }),
      },
    },
  )
  try {
    await failing.finalResponse()
  } catch (error) {
    if (!isOpenRouterError(error)) throw error
    log(
      `scripted response.failed → kind=${error.kind} retryable=${error.retryable}, partial "${error.partial?.output_text}"`,
    )
  }
}
