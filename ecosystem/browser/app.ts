// The browser proof: streams a chat completion from the emulator (another origin, so CORS is
// real) into <pre id="out">, then runs the PKCE flow up to the key, in headless mode (a page
// cannot read a cross-origin redirect, so it asks /auth for JSON instead of following a callback).
// The page URL carries ?baseURL=<emulator API base>.
import { chatStream } from '@orsdk/chat'
import { buildAuthorizeUrl, codeChallenge, exchangeCode, generateCodeVerifier } from '@orsdk/oauth'
import { createClient } from '@orsdk/transport'

const TEST_KEY = `sk-or-v1-${'5e'.repeat(32)}`

function element(id: string): HTMLElement {
  const found = document.getElementById(id)
  if (found === null) throw new Error(`missing #${id}`)
  return found
}

async function streamChat(baseURL: string): Promise<void> {
  const client = createClient({ baseURL, apiKey: TEST_KEY })
  const out = element('out')
  const stream = await chatStream(
    { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] },
    { client, headers: { 'x-mock-scenario': JSON.stringify({ chunks: 6, chunkDelayMs: 30 }) } },
  )
  for await (const chunk of stream) out.textContent += chunk.choices[0]?.delta.content ?? ''
  await client.close()
}

async function signIn(baseURL: string): Promise<void> {
  const client = createClient({ baseURL })
  const verifier = generateCodeVerifier()
  const challenge = await codeChallenge(verifier)
  const url = buildAuthorizeUrl(undefined, {
    codeChallenge: challenge,
    keyLabel: 'orsdk browser test',
    baseURL,
  })
  const response = await fetch(url, { headers: { accept: 'application/json' } })
  const { code } = (await response.json()) as { code: string }
  const { key } = await exchangeCode(code, { codeVerifier: verifier, client })
  element('pkce').textContent = `key: ${key.slice(0, 12)}…`
  await client.close()
}

async function main(): Promise<void> {
  const baseURL = new URLSearchParams(location.search).get('baseURL')
  if (baseURL === null) throw new Error('the page needs ?baseURL=')
  element('status').textContent = 'streaming'
  await streamChat(baseURL)
  element('status').textContent = 'signing in'
  await signIn(baseURL)
  element('status').textContent = 'done'
}

main().catch((error: unknown) => {
  element('status').textContent = `error: ${error instanceof Error ? error.message : String(error)}`
  console.error(error)
})
