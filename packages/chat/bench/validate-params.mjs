// Cost of request validation per chat call: `pnpm --filter @orsdk/chat build && node packages/chat/bench/validate-params.mjs`.
// Reports microseconds per call and the ratio to JSON.stringify of the same body, which every
// call pays anyway; never gates on absolute times.
import { ChatParamsSchema } from '@orsdk/chat'
import * as v from 'valibot'

const small = {
  model: 'openai/gpt-4o-mini',
  messages: [{ role: 'user', content: 'Hello' }],
  temperature: 0.7,
}
const turn = (index) => [
  { role: 'user', content: [{ type: 'text', text: `Question ${index}: ${'lorem ipsum '.repeat(40)}` }] },
  {
    role: 'assistant',
    content: null,
    tool_calls: [
      { id: `call_${index}`, type: 'function', function: { name: 'search', arguments: '{"q":"x"}' } },
    ],
  },
  { role: 'tool', tool_call_id: `call_${index}`, content: 'result '.repeat(50) },
]
const agent = {
  model: 'anthropic/claude-sonnet-4',
  messages: [
    { role: 'system', content: 'You are an agent.' },
    ...Array.from({ length: 30 }, (_, i) => turn(i)).flat(),
  ],
  tools: Array.from({ length: 10 }, (_, i) => ({
    type: 'function',
    function: { name: `tool_${i}`, parameters: { type: 'object', properties: { q: { type: 'string' } } } },
  })),
  provider: { order: ['anthropic'], allow_fallbacks: false },
  reasoning: { max_tokens: 2000 },
}

function measure(run, minMs = 300) {
  for (let i = 0; i < 1000; i++) run()
  let count = 0
  const start = performance.now()
  while (performance.now() - start < minMs) {
    for (let i = 0; i < 100; i++) run()
    count += 100
  }
  return ((performance.now() - start) * 1000) / count
}

const config = { abortEarly: true }
for (const [name, body] of [
  ['1 message', small],
  [`${agent.messages.length} messages, 10 tools`, agent],
]) {
  const validate = measure(() => v.safeParse(ChatParamsSchema, body, config))
  const serialize = measure(() => JSON.stringify(body))
  console.log(
    `${name.padEnd(26)} validate ${validate.toFixed(2)} µs/call   JSON.stringify ${serialize.toFixed(2)} µs/call   ratio ${(validate / serialize).toFixed(2)}x`,
  )
}
