import { EventStream, jsonSseProtocol } from '@orsdk/transport'
import { createParser } from 'eventsource-parser'

const chunk = (i) => ({
  id: 'gen-1795821260-d7blOItIHWgdkA4eHYvu',
  provider: 'EmulatorProvider',
  model: 'openai/gpt-4o-mini',
  object: 'chat.completion.chunk',
  created: 1795821260,
  choices: [
    {
      index: 0,
      delta: { role: 'assistant', content: 'word ' + i },
      finish_reason: null,
      native_finish_reason: null,
      logprobs: null,
    },
  ],
  system_fingerprint: 'fp_x',
})
let text = ''
for (let i = 0; i < 20000; i++) text += `data: ${JSON.stringify(chunk(i))}\n\n`
text += 'data: [DONE]\n\n'
const bytes = new TextEncoder().encode(text)
const pieces = []
for (let i = 0; i < bytes.length; i += 65536) pieces.push(bytes.subarray(i, i + 65536))
const body = () => ({
  async *[Symbol.asyncIterator]() {
    for (const p of pieces) yield p
  },
  cancel() {},
  text() {},
  bytes() {},
})
async function raw() {
  let n = 0
  const parser = createParser({
    onEvent: (e) => {
      if (e.data !== '[DONE]') {
        JSON.parse(e.data)
        n++
      }
    },
  })
  const d = new TextDecoder()
  for await (const p of body()[Symbol.asyncIterator]()) parser.feed(d.decode(p, { stream: true }))
  return n
}
const protocol = jsonSseProtocol('x')
async function ours() {
  let n = 0
  for await (const _ of new EventStream(body(), protocol, {
    status: 200,
    headers: new Headers(),
    eventIdleMs: 300000,
  }))
    n++
  return n
}
const res = { raw: [], ours: [] }
for (let r = 0; r < 12; r++)
  for (const [k, f] of Object.entries({ raw, ours })) {
    const t = performance.now()
    await f()
    res[k].push(performance.now() - t)
  }
for (const [k, v] of Object.entries(res)) {
  v.sort((a, b) => a - b)
  console.log(k, v[6].toFixed(1), 'ms')
}
console.log('ratio', (res.raw[6] / res.ours[6]).toFixed(3))
// variant A: async generator without watchdog
async function* genA(b) {
  const messages = []
  const parser = createParser({ onEvent: (m) => messages.push(m) })
  const d = new TextDecoder()
  for await (const p of b) {
    parser.feed(d.decode(p, { stream: true }))
    for (const m of messages) {
      if (m.data === '[DONE]') return
      const c = JSON.parse(m.data)
      if (c.error) throw 1
      yield c
    }
    messages.length = 0
  }
}
async function A() {
  let n = 0
  for await (const _ of genA(body())) n++
  return n
}
// variant B: manual iterator
function iterB(b) {
  const queue = []
  let qi = 0
  const parser = createParser({ onEvent: (m) => queue.push(m) })
  const d = new TextDecoder()
  const src = b[Symbol.asyncIterator]()
  let done = false
  async function fill() {
    while (qi >= queue.length) {
      queue.length = 0
      qi = 0
      const r = await src.next()
      if (r.done) return false
      parser.feed(d.decode(r.value, { stream: true }))
    }
    return true
  }
  const it = {
    next() {
      if (done) return Promise.resolve({ value: undefined, done: true })
      if (qi < queue.length) {
        const m = queue[qi++]
        if (m.data === '[DONE]') {
          done = true
          return Promise.resolve({ value: undefined, done: true })
        }
        return Promise.resolve({ value: JSON.parse(m.data), done: false })
      }
      return fill().then((ok) => (ok ? it.next() : { value: undefined, done: true }))
    },
    [Symbol.asyncIterator]() {
      return it
    },
  }
  return it
}
async function B() {
  let n = 0
  for await (const _ of iterB(body())) n++
  return n
}
const res2 = { raw: [], A: [], B: [], ours: [] }
for (let r = 0; r < 12; r++)
  for (const [k, f] of Object.entries({ raw, A, B, ours })) {
    const t = performance.now()
    await f()
    res2[k].push(performance.now() - t)
  }
for (const [k, v] of Object.entries(res2)) {
  v.sort((a, b) => a - b)
  console.log(k, v[6].toFixed(1), 'ms', (res2.raw[6] / v[6]).toFixed(3))
}
