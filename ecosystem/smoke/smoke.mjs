// The shared smoke suite: the public API of every capability package, as installed from the
// packed tarballs, against the emulator. Plain ESM that runs unchanged on Node, Bun and Deno.
// Env: EMULATOR_BASE_URL (the API base, .../api/v1) and EMULATOR_URL (the site origin, for /auth).
// Prints one JSON line of results and exits 0, or prints the failure and exits 1.
import { speak, transcribe } from '@orsdk/audio'
import { contextLength, getModel, listModels, snapshotInfo } from '@orsdk/catalog'
import { fetchModels } from '@orsdk/catalog/live'
import { chat, chatStream } from '@orsdk/chat'
import { embeddings } from '@orsdk/embeddings'
import { messagesStream } from '@orsdk/messages'
import { buildAuthorizeUrl, codeChallenge, exchangeCode, generateCodeVerifier } from '@orsdk/oauth'
import { createClient } from '@orsdk/transport'

const baseURL = process.env.EMULATOR_BASE_URL
const siteURL = process.env.EMULATOR_URL
const apiKey = `sk-or-v1-${'5e'.repeat(32)}`
const model = 'openai/gpt-4o-mini'
const expectedText = `Hello from the OpenRouter emulator, answering as ${model}.`
const scenario = { 'x-mock-scenario': JSON.stringify({ chunks: 5 }) }

function check(condition, message) {
  if (!condition) throw new Error(`smoke: ${message}`)
}

function runtimeName() {
  if (typeof globalThis.Deno !== 'undefined') return `deno ${globalThis.Deno.version.deno}`
  if (typeof globalThis.Bun !== 'undefined') return `bun ${globalThis.Bun.version}`
  return `node ${process.versions.node}`
}

async function runChat(client) {
  const completion = await chat({ model, messages: [{ role: 'user', content: 'Hi' }] }, { client })
  check(
    completion.choices[0]?.message.content === expectedText,
    `chat text: ${completion.choices[0]?.message.content}`,
  )
  const stream = await chatStream(
    { model, messages: [{ role: 'user', content: 'Hi' }] },
    { client, headers: scenario },
  )
  let streamed = ''
  let chunks = 0
  for await (const chunk of stream) {
    streamed += chunk.choices[0]?.delta.content ?? ''
    chunks += 1
  }
  check(streamed === expectedText && chunks >= 5, `chatStream text: ${streamed} in ${chunks} chunks`)
  const again = await chatStream({ model, messages: [{ role: 'user', content: 'Hi' }] }, { client })
  const final = await again.finalCompletion()
  check(final.choices[0]?.message.content === expectedText, 'finalCompletion text')
  check(typeof final.usage?.total_tokens === 'number', 'finalCompletion usage')
  return { chat: completion.choices[0]?.message.content.length, chatStreamChunks: chunks }
}

async function runMessages(client) {
  const claude = 'anthropic/claude-sonnet-4'
  const params = { model: claude, max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] }
  const stream = await messagesStream(params, { client, headers: scenario })
  const events = []
  for await (const event of stream) events.push(event.event)
  check(events[0] === 'message_start' && events.at(-1) === 'message_stop', `messagesStream events: ${events}`)
  const message = await (await messagesStream(params, { client })).finalMessage()
  const text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('')
  check(text === `Hello from the OpenRouter emulator, answering as ${claude}.`, `finalMessage text: ${text}`)
  return { messagesStreamEvents: events.length, finalMessageStop: message.stop_reason }
}

async function runEmbeddings(client) {
  const params = { model: 'openai/text-embedding-3-small', input: ['a', 'b'], encoding_format: 'base64' }
  const response = await embeddings(params, { client })
  const vector = response.data[0]?.embedding
  check(vector instanceof Float32Array && vector.length === 8, `embedding: ${vector}`)
  const norm = Math.hypot(...vector)
  check(Math.abs(norm - 1) < 1e-5, `embedding norm: ${norm}`)
  return { embeddings: response.data.length, dimensions: vector.length }
}

async function runAudio(client) {
  const audio = await speak({ model: 'openai/gpt-4o-audio-preview', text: 'Hi', voice: 'alloy' }, { client })
  check(audio instanceof Uint8Array && audio.length > 44, `speak bytes: ${audio?.length}`)
  const riff = String.fromCharCode(...audio.subarray(0, 4))
  const text = await transcribe({ model: 'openai/gpt-4o-audio-preview', audio, format: 'wav' }, { client })
  check(typeof text === 'string' && text.includes(String(audio.length)), `transcribe: ${text}`)
  return { speakBytes: audio.length, speakHeader: riff, transcript: text }
}

async function runPkce(client) {
  const verifier = generateCodeVerifier()
  const challenge = await codeChallenge(verifier)
  const authorize = buildAuthorizeUrl('http://localhost:3000/callback', {
    codeChallenge: challenge,
    baseURL: siteURL ? `${siteURL}/api/v1` : client.baseURL,
  })
  const response = await fetch(authorize, { redirect: 'manual' })
  check(response.status === 302, `authorize status ${response.status}`)
  const code = new URL(response.headers.get('location') ?? '').searchParams.get('code')
  check(code, 'authorize code')
  const { key, userId } = await exchangeCode(code, { codeVerifier: verifier, client })
  check(/^sk-or-v1-[0-9a-f]{64}$/.test(key), 'exchanged key shape')
  return { pkceKeyPrefix: key.slice(0, 9), pkceUserId: userId }
}

async function runCatalog(client) {
  const model4o = getModel(model)
  check(model4o?.id === model, 'getModel')
  const context = contextLength(model)
  check(typeof context === 'number' && context > 0, 'contextLength')
  const info = snapshotInfo()
  const live = await fetchModels({}, { client })
  check(live.length > 0, 'fetchModels')
  return {
    catalogModels: info.modelCount,
    audioOut: listModels({ outputModality: 'audio' }).length,
    liveModels: live.length,
  }
}

async function runEngine(client) {
  const results = {}
  for (const step of [runChat, runMessages, runEmbeddings, runAudio, runPkce, runCatalog]) {
    try {
      Object.assign(results, await step(client))
    } catch (error) {
      error.message = `${step.name}: ${error.message}`
      throw error
    }
  }
  return results
}

async function main() {
  check(baseURL, 'EMULATOR_BASE_URL is not set')
  const engines = {
    // The runtime's own export condition picks the engine (undici under `node`, fetch elsewhere).
    default: createClient({ baseURL, apiKey }),
    fetch: createClient({ baseURL, apiKey, fetch: globalThis.fetch }),
  }
  const results = { runtime: runtimeName() }
  let failure
  try {
    for (const [name, client] of Object.entries(engines)) results[name] = await runEngine(client)
    console.log(JSON.stringify(results))
  } catch (error) {
    failure = error
  }
  // Closed after the results line, so a failing close() is told apart from a failing call.
  for (const [name, client] of Object.entries(engines)) {
    try {
      await client.close()
    } catch (error) {
      error.message = `close (${name} engine): ${error.message}`
      failure ??= error
    }
  }
  if (failure !== undefined) throw failure
}

// No process.exit on success: the process must end by itself (no socket or timer left behind).
main().catch((error) => {
  console.error(error?.stack ?? String(error))
  process.exitCode = 1
})
