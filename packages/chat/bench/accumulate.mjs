// Cost of folding stream chunks into a completion (what finalCompletion() and the `into` sink pay
// per chunk): `pnpm --filter @orsdk/chat build && node packages/chat/bench/accumulate.mjs`.
// Reports chunks per second and the ratio to JSON.parse of the same chunks, which every stream
// pays anyway; never gates on absolute times.
import { CompletionAccumulator } from '@orsdk/chat'

const head = { id: 'gen-1', object: 'chat.completion.chunk', created: 1, model: 'openai/gpt-4o-mini' }
const choice = (delta, finish = null) => ({
  index: 0,
  delta,
  finish_reason: finish,
  native_finish_reason: finish,
  logprobs: null,
})
// Shaped like OpenRouter's chunks (fixtures/chat-stream.openai-go-issue-227.sse): provider,
// role repeated on every delta, null logprobs and native_finish_reason.
const text = Array.from({ length: 2000 }, (_, index) =>
  JSON.stringify({
    ...head,
    provider: 'OpenAI',
    choices: [choice({ role: 'assistant', content: `word${index} ` })],
    system_fingerprint: 'fp_1',
  }),
)
const mixed = Array.from({ length: 2000 }, (_, index) => {
  const delta =
    index % 4 === 0
      ? {
          role: 'assistant',
          content: '',
          reasoning: 'think ',
          reasoning_details: [{ type: 'reasoning.text', text: 'think ', index: 0 }],
        }
      : index % 4 === 1
        ? {
            role: 'assistant',
            content: '',
            tool_calls: [{ index: index % 3, function: { arguments: '{"a":' } }],
          }
        : index % 4 === 2
          ? {
              role: 'assistant',
              content: 'x',
              annotations: [{ type: 'url_citation', url_citation: { url: 'https://a.example' } }],
            }
          : { role: 'assistant', content: 'y ' }
  return JSON.stringify({ ...head, provider: 'Anthropic', choices: [choice(delta)] })
})

function measure(run, minMs = 400) {
  for (let i = 0; i < 20; i++) run()
  let count = 0
  const start = performance.now()
  while (performance.now() - start < minMs) {
    run()
    count++
  }
  return (performance.now() - start) / count
}

for (const [name, lines] of [
  ['text chunks', text],
  ['reasoning, tools, annotations', mixed],
]) {
  const chunks = lines.map((line) => JSON.parse(line))
  const accumulate = measure(() => {
    const accumulator = new CompletionAccumulator('gen-1')
    for (const chunk of chunks) accumulator.add(chunk)
    accumulator.result()
  })
  const parse = measure(() => {
    for (const line of lines) JSON.parse(line)
  })
  const perSecond = Math.round(chunks.length / (accumulate / 1000))
  console.log(
    `${name.padEnd(30)} accumulate ${perSecond.toLocaleString('en-US')} chunks/s   ratio to JSON.parse ${(accumulate / parse).toFixed(2)}x`,
  )
}
