// The tour of orsdk: `pnpm demo`. Against the emulator it starts itself, or against
// OpenRouter when OPENROUTER_API_KEY is set. Each step lives in tour/<package>.mjs.
// `--emulator` (the examples' test, run by `pnpm test`) ignores the key, exits 1 when a step
// fails, and gives up after three minutes, so a broken or hung step fails CI.
import { existsSync } from 'node:fs'
import { startMockServer } from '@orsdk/mock-server'
import { createClient, isOpenRouterError } from '@orsdk/transport'

const STEPS = [
  'transport',
  'chat',
  'tools',
  'embeddings',
  'messages',
  'responses',
  'audio',
  'images',
  'video',
  'rerank',
  'files',
  'oauth',
  'catalog',
  'account',
  'admin',
  'middleware-kit',
]

const asTest = process.argv.includes('--emulator')
const live = !asTest && Boolean(process.env.OPENROUTER_API_KEY)
if (asTest) {
  setTimeout(() => {
    console.error('\nThe demo did not finish within 3 minutes.')
    process.exit(1)
  }, 180_000).unref()
}
const server = live ? undefined : await startMockServer()
const client = createClient(
  live
    ? { headers: { 'X-OpenRouter-Title': 'orsdk demo' } }
    : { baseURL: server.baseURL, apiKey: `sk-or-v1-${'0'.repeat(64)}` },
)
const bold = (text) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text)
console.log(
  bold(
    `orsdk demo against ${live ? 'OpenRouter (OPENROUTER_API_KEY is set)' : `the emulator at ${server.baseURL}`}`,
  ),
)

let failed = 0
for (const name of STEPS) {
  const file = new URL(`./tour/${name}.mjs`, import.meta.url)
  if (!existsSync(file)) continue
  const step = await import(file.href)
  console.log(`\n${bold(`▸ ${step.title}`)}`)
  try {
    await step.run({ client, live, server, log: (...parts) => console.log('  ', ...parts) })
  } catch (error) {
    failed++
    console.log('   step failed:', isOpenRouterError(error) ? `${error.kind}: ${error.message}` : error)
  }
}
await client.close()
await server?.close()
console.log(failed === 0 ? '\nAll steps ran.' : `\n${failed} step(s) failed.`)
if (failed > 0) process.exitCode = 1
process.exitCode = failed === 0 ? 0 : 1
