// pnpm bench: throughput of orsdk against raw undici (+ eventsource-parser + JSON.parse for
// streams) and the `openai` client, all against one emulator, all in this run. Ratios are what
// matters; absolute numbers depend on the machine.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { createClient } from '@orsdk/transport'
import { EventStream, jsonSseProtocol, requestJson, requestStream } from '@orsdk/transport/protocol'
import { createParser } from 'eventsource-parser'
import OpenAI from 'openai'
import { Agent, request } from 'undici'
import { startEmulator } from './emulator.mjs'
import { coldImports, compare, fixed, KEY, percentile, table, throughput } from './measure.mjs'
import { measureResponsesStreams } from './responses-stream.mjs'

const emulator = await startEmulator()
const { baseURL } = emulator
const body = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hello' }] }
const json = JSON.stringify(body)
const STREAM_CHUNKS = Number(process.env.BENCH_STREAM_CHUNKS ?? 20_000)
const streamScenario = JSON.stringify({ chunks: STREAM_CHUNKS })
const streamJson = JSON.stringify({ ...body, stream: true })

const agent = new Agent()
const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }
const client = createClient({ baseURL, apiKey: KEY })
const openai = new OpenAI({ baseURL, apiKey: KEY, maxRetries: 0 })
const chatPackage = await import('@orsdk/chat').catch(() => undefined)

// --- buffered -------------------------------------------------------------------------
const buffered = {
  'raw undici': async () => {
    const response = await request(`${baseURL}/chat/completions`, {
      method: 'POST',
      headers,
      body: json,
      dispatcher: agent,
    })
    await response.body.json()
  },
  '@orsdk/transport': () =>
    requestJson({ operation: 'chat', method: 'POST', path: '/chat/completions', body }, { client }),
  ...(chatPackage && { '@orsdk/chat chat()': () => chatPackage.chat(body, { client }) }),
  'openai (maxRetries 0)': () => openai.chat.completions.create(body),
}
for (const concurrency of [1, 32]) {
  const total = concurrency === 1 ? 1500 : 6000
  const results = await compare(buffered, (call) => throughput(call, { total, concurrency }))
  report(`buffered chat requests/s, concurrency ${concurrency}`, results, 'req/s')
}

// --- streams --------------------------------------------------------------------------
async function rawStream() {
  const response = await request(`${baseURL}/chat/completions`, {
    method: 'POST',
    headers: { ...headers, 'x-mock-scenario': streamScenario },
    body: streamJson,
    dispatcher: agent,
  })
  let events = 0
  const parser = createParser({
    onEvent: (event) => {
      if (event.data !== '[DONE]') {
        JSON.parse(event.data)
        events++
      }
    },
  })
  const decoder = new TextDecoder()
  for await (const chunk of response.body) parser.feed(decoder.decode(chunk, { stream: true }))
  return events
}
// The generic stream with no accumulation: decoding alone, as a capability's items cost.
const protocol = jsonSseProtocol({ name: 'chat stream', accumulate: () => ({ add() {}, result() {} }) })
const streamOptions = { headers: { 'x-mock-scenario': streamScenario } }
const streams = {
  'raw undici + parser': rawStream,
  '@orsdk/transport EventStream': async () => {
    const source = await requestStream(
      {
        operation: 'chat.stream',
        method: 'POST',
        path: '/chat/completions',
        body: { ...body, stream: true },
      },
      { client, ...streamOptions },
    )
    let events = 0
    for await (const _ of new EventStream(source, protocol)) events++
    return events
  },
  ...(chatPackage && {
    '@orsdk/chat chatStream()': async () => {
      let events = 0
      for await (const _ of await chatPackage.chatStream(body, { client, ...streamOptions })) events++
      return events
    },
  }),
  'openai stream': async () => {
    let events = 0
    const stream = await openai.chat.completions.create(
      { ...body, stream: true },
      { headers: streamOptions.headers },
    )
    for await (const _ of stream) events++
    return events
  },
}
const streamResults = await compare(streams, async (run) => {
  const started = performance.now()
  const events = await run()
  return events / ((performance.now() - started) / 1000)
})
report(`stream events/s, ${STREAM_CHUNKS}-chunk streams`, streamResults, 'events/s')

const responsesResults = await measureResponsesStreams({
  baseURL,
  headers,
  agent,
  client,
  openai,
  chunks: STREAM_CHUNKS,
})
report(`Responses API stream events/s, ${STREAM_CHUNKS}-delta streams`, responsesResults, 'events/s')

// --- time to first delta ------------------------------------------------------------------
if (chatPackage) {
  const firstDelta = {
    'raw undici + parser': async () => {
      const started = performance.now()
      const response = await request(`${baseURL}/chat/completions`, {
        method: 'POST',
        headers,
        body: streamJson,
        dispatcher: agent,
      })
      let at
      const parser = createParser({
        onEvent: (event) => (at ??= event.data !== '[DONE]' && JSON.parse(event.data) && performance.now()),
      })
      const decoder = new TextDecoder()
      for await (const chunk of response.body) {
        parser.feed(decoder.decode(chunk, { stream: true }))
        if (at !== undefined) break
      }
      return at - started
    },
    '@orsdk/chat chatStream()': async () => {
      const started = performance.now()
      for await (const _ of await chatPackage.chatStream(body, { client })) return performance.now() - started
    },
    'openai stream': async () => {
      const started = performance.now()
      for await (const _ of await openai.chat.completions.create({ ...body, stream: true }))
        return performance.now() - started
    },
  }
  const rows = [['client', 'p50 ms', 'p99 ms', 'p50 × raw', 'p99 × raw']]
  const samples = {}
  for (const name of Object.keys(firstDelta)) samples[name] = []
  for (let round = 0; round < 400; round++) {
    for (const [name, run] of Object.entries(firstDelta)) samples[name].push(await run())
  }
  const raw = samples['raw undici + parser']
  for (const [name, values] of Object.entries(samples)) {
    const [p50, p99] = [percentile(values, 50), percentile(values, 99)]
    rows.push([
      name,
      fixed(p50, 3),
      fixed(p99, 3),
      fixed(p50 / percentile(raw, 50)),
      fixed(p99 / percentile(raw, 99)),
    ])
  }
  table('time to first delta (400 sequential streams each)', rows)
}

await client.close()
await agent.close()
emulator.close()

// --- cold import and validation (separate processes) ------------------------------------
// An empty module is the baseline: what Node's loader costs for any import at all.
const EMPTY_MODULE = 'data:text/javascript,export {}'
const coldModules = [EMPTY_MODULE, '@orsdk/transport', '@orsdk/chat', 'openai']
const cold = coldImports(coldModules, { cwd: fileURLToPath(new URL('.', import.meta.url)) })
const emptyImport = cold.get(EMPTY_MODULE)
table('cold import in fresh node processes (the import alone, median of 21 interleaved rounds)', [
  ['module', 'cpu ms', '+ cpu ms over an empty module', 'wall ms'],
  ...coldModules.map((specifier) => {
    const { cpu, wall } = cold.get(specifier)
    const name = specifier === EMPTY_MODULE ? '(an empty module)' : specifier
    return [name, fixed(cpu, 1), fixed(cpu - emptyImport.cpu, 1), fixed(wall, 1)]
  }),
])

console.log('\nrequest validation per chat() call (packages/chat/bench/validate-params.mjs)')
spawnSync(
  process.execPath,
  [fileURLToPath(new URL('../packages/chat/bench/validate-params.mjs', import.meta.url))],
  { stdio: 'inherit' },
)
console.log('\ncatalog import cost (packages/catalog/bench/import-cost.mjs)')
spawnSync(
  process.execPath,
  [fileURLToPath(new URL('../packages/catalog/bench/import-cost.mjs', import.meta.url))],
  { stdio: 'inherit' },
)

console.log('\nshared stores on Redis against the in-memory defaults (bench/shared-stores.mjs)')
spawnSync(process.execPath, [fileURLToPath(new URL('./shared-stores.mjs', import.meta.url))], {
  stdio: 'inherit',
})

function report(title, results, unit) {
  const raw = Object.values(results)[0]
  const openaiValue = Object.entries(results).find(([name]) => name.startsWith('openai'))?.[1]
  const rows = [['client', unit, '× raw undici', '× openai']]
  for (const [name, value] of Object.entries(results)) {
    rows.push([name, fixed(value, 0), fixed(value / raw), openaiValue ? fixed(value / openaiValue) : 'n/a'])
  }
  table(title, rows)
}
