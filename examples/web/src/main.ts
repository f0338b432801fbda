// `pnpm web`: the chat app on http://localhost:3000. Offline against the emulator it starts
// itself; against OpenRouter with OPENROUTER_API_KEY set, or with --live (sign in for a key).
import { serve } from '@hono/node-server'
import { startMockServer } from '@orsdk/mock-server'
import { createClient } from '@orsdk/transport'
import { createApp } from './app'
import { bundlePage, measureBundle } from './page-bundle'

const port = Number(process.env.PORT ?? 3000)
const serverKey = process.env.OPENROUTER_API_KEY || undefined
const live = serverKey !== undefined || process.argv.includes('--live')
const site = `http://localhost:${port}`

const emulator = live ? undefined : await startMockServer()
const client = createClient({
  // Unset: https://openrouter.ai/api/v1 (or OPENROUTER_BASE_URL).
  baseURL: emulator?.baseURL,
  headers: { 'HTTP-Referer': site, 'X-OpenRouter-Title': 'orsdk chat example' },
})
const page = await bundlePage()
const app = createApp({ client, page, serverKey, mode: emulator ? 'emulator' : 'openrouter' })
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' })

const size = measureBundle(page)
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
console.log(`Chat on ${site}`)
console.log(emulator ? `offline: the OpenRouter emulator at ${emulator.url}` : 'live: OpenRouter')
const orsdkShare = Object.values(size.dependencies).reduce((sum, bytes) => sum + bytes, size.orsdk)
console.log(
  `page script: ${kb(size.gzip)} gzip, ${kb(size.minified)} minified (orsdk and its dependencies: ${kb(orsdkShare)})`,
)

async function shutDown(): Promise<void> {
  server.close()
  await client.close()
  await emulator?.close()
}
process.once('SIGINT', () => void shutDown())
process.once('SIGTERM', () => void shutDown())
