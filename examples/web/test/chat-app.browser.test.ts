import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { type MockServer, type RecordedRequest, startMockServer } from '@orsdk/mock-server'
import { type Client, createClient } from '@orsdk/transport'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/app'
import { bundlePage } from '../src/page-bundle'
import { sineWav } from './sine-wav'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const artifacts = join(import.meta.dirname, '..', 'test-artifacts')

// The emulator answers by the last user message, so the page sends what a person would type.
const SLOW_COUNT = 'Count slowly'
const LONG_STORY = 'Tell me a long story'
const BUSY = 'Are you busy?'
const WHAT_TIME = 'What time is it?'
const COUNTING = 'One, two, three, four, five, six.'

function lastUserText(request: RecordedRequest): string | undefined {
  const body = request.body as { messages?: { role?: string; content?: unknown }[] } | undefined
  const last = [...(body?.messages ?? [])].reverse().find((message) => message.role === 'user')
  return typeof last?.content === 'string' ? last.content : undefined
}

function chatRequests(emulator: MockServer): RecordedRequest[] {
  return emulator.requests.filter((request) => request.path === '/api/v1/chat/completions')
}

describe('the chat app in headless Chromium', () => {
  let emulator: MockServer
  let client: Client
  let site: ReturnType<typeof serve>
  let siteURL: string
  let browser: BrowserContext
  let page: Page
  let workFolder: string
  const pageTexts: string[] = []

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true)
    emulator = await startMockServer({
      script: (request) => {
        if (request.path !== '/api/v1/chat/completions') return undefined
        const text = lastUserText(request)
        if (text === SLOW_COUNT) return { text: COUNTING, chunks: 6, chunkDelayMs: 120 }
        // Stalls after 4 chunks: only the client leaving ends this request.
        if (text === LONG_STORY) return { chunks: 40, chunkDelayMs: 20, stallAfter: 4 }
        if (text === BUSY) return { status: 429, retryAfter: 3 }
        return undefined
      },
    })
    client = createClient({ baseURL: emulator.baseURL })
    const bundle = await bundlePage()
    // The browser build of the transport: fetch, no undici, nothing of Node's.
    expect(Object.keys(bundle.metafile.inputs).filter((path) => /undici|^node:/.test(path))).toEqual([])
    const app = createApp({ client, page: bundle, mode: 'emulator' })
    site = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((resolve) => site.once('listening', resolve))
    // localhost, not 127.0.0.1: OpenRouter takes only https or http://localhost callbacks.
    siteURL = `http://localhost:${(site.address() as AddressInfo).port}`

    workFolder = await mkdtemp(join(tmpdir(), 'orsdk-web-'))
    const microphone = join(workFolder, 'microphone.wav')
    await writeFile(microphone, sineWav({ seconds: 1, hertz: 440, sampleRate: 48_000 }))
    // A fresh profile (--user-data-dir) each run: nothing cached, nothing to sync.
    browser = await chromium.launchPersistentContext(join(workFolder, 'profile'), {
      executablePath: CHROMIUM,
      viewport: { width: 1000, height: 820 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-audio-capture=${microphone}`,
      ],
    })
    page = browser.pages()[0] ?? (await browser.newPage())
    page.setDefaultTimeout(10_000)
    page.on('pageerror', (error) => pageTexts.push(`page error: ${error.message}`))
    // Everything this app's server sends the page, to check that no key is ever in it.
    page.on('response', async (response) => {
      const type = response.headers()['content-type'] ?? ''
      if (!response.url().startsWith(siteURL) || !/json|html|javascript/.test(type)) return
      pageTexts.push(await response.text().catch(() => ''))
    })
    await mkdir(artifacts, { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
    // Also when a test failed with a response still open: close() waits for every connection.
    if (site !== undefined && 'closeAllConnections' in site) site.closeAllConnections()
    await new Promise((resolve) => site?.close(resolve))
    // The emulator first: it ends any upstream request still open, which client.close() awaits.
    await emulator?.close()
    await client?.close()
    if (workFolder) await rm(workFolder, { recursive: true, force: true })
  })

  const lastAnswer = () => page.locator('.message.assistant').last()

  it('signs in through the emulator’s consent page and keeps the key in the server session', async () => {
    await page.goto(siteURL)
    await page.click('#sign-in')
    await expect.poll(() => page.textContent('#account')).toContain('Signed in as user_emulator')
    expect(page.url()).toBe(`${siteURL}/`)

    const authorize = emulator.requests.find((request) => request.path === '/auth')
    expect(authorize?.query).toMatchObject({
      callback_url: `${siteURL}/callback`,
      code_challenge_method: 'S256',
    })
    const exchange = emulator.requests.find((request) => request.path === '/api/v1/auth/keys')
    expect(exchange?.body).toMatchObject({ code: '[redacted]', code_verifier: expect.any(String) })

    const cookies = await browser.cookies()
    expect(cookies.map(({ name, httpOnly, sameSite }) => ({ name, httpOnly, sameSite }))).toEqual([
      { name: 'orsdk_session', httpOnly: true, sameSite: 'Lax' },
    ])
    expect(cookies[0]?.value).not.toMatch(/sk-or/)
    expect(await page.evaluate(() => document.cookie)).toBe('')
  })

  it('renders a streamed answer as it arrives, in at least three steps, then its cost', async () => {
    await page.evaluate(() => {
      const seen: string[] = []
      Object.assign(window, { seenTexts: seen })
      const list = document.getElementById('messages') as HTMLElement
      new MutationObserver(() => {
        const text = list.querySelector('.message.assistant:last-child .text')?.textContent ?? ''
        if (text !== '' && text !== seen.at(-1)) seen.push(text)
      }).observe(list, { subtree: true, childList: true, characterData: true })
    })
    await page.fill('#input', SLOW_COUNT)
    await page.click('#send')
    await expect
      .poll(() => lastAnswer().locator('.cost').textContent())
      .toMatch(/^\$\S+ · \d+ in \/ \d+ out tokens$/)

    const seen = await page.evaluate(() => (window as unknown as { seenTexts: string[] }).seenTexts)
    expect(seen.length).toBeGreaterThanOrEqual(3)
    for (let index = 1; index < seen.length; index++) {
      expect(seen[index]?.startsWith(seen[index - 1] ?? '-')).toBe(true)
    }
    expect(seen.at(-1)).toBe(COUNTING)
    expect(await page.isDisabled('#stop')).toBe(true)
  })

  it('stops mid-stream on Stop, and the upstream request to the emulator ends', async () => {
    await page.fill('#input', LONG_STORY)
    await page.click('#send')
    await expect.poll(() => lastAnswer().locator('.text').textContent()).toMatch(/\S/)
    // The emulator has stalled this stream: the connection stays open until the client leaves.
    expect(emulator.openConnections()).toBeGreaterThanOrEqual(1)

    await page.click('#stop')
    await expect.poll(() => page.textContent('#error')).toBe('Stopped.')
    expect(await lastAnswer().locator('.status').textContent()).toBe('stopped')
    await expect.poll(() => emulator.openConnections(), { timeout: 15_000 }).toBe(0)
    expect(await page.inputValue('#input')).toBe(LONG_STORY)
  })

  it('shows reasoning and a tool call, runs the tool in the page and streams the rest of the answer', async () => {
    await page.selectOption('#model', 'anthropic/claude-sonnet-4')
    await page.check('#reasoning')
    await page.check('#tools')
    await page.fill('#input', WHAT_TIME)
    await page.click('#send')
    await expect.poll(() => lastAnswer().locator('.cost').count()).toBe(1)

    expect(await lastAnswer().locator('.reasoning').first().textContent()).toMatch(
      /^The user wants a short answer/,
    )
    const tool = await lastAnswer().locator('.tool').last().textContent()
    expect(tool).toMatch(/^called get_local_time\(\{.*\}\) → \{"local":.*"timeZone":/)
    expect(await lastAnswer().locator('.text').textContent()).toBe(
      'Hello from the OpenRouter emulator, answering as anthropic/claude-sonnet-4.',
    )
    const [first, second] = chatRequests(emulator).filter((request) => lastUserText(request) === WHAT_TIME)
    expect(first?.body).toMatchObject({
      reasoning: { effort: 'low' },
      tools: [{ function: { name: 'get_local_time' } }],
    })
    const followUp = second?.body as { messages: { role: string }[] } | undefined
    expect(followUp?.messages.at(-1)?.role).toBe('tool')
    await page.uncheck('#reasoning')
    await page.uncheck('#tools')
  })

  it('speaks an answer: the audio element gets a WAV the browser decodes', async () => {
    // Keeps a copy of the WAV on its way to the page (the page's CSP lets it fetch only its server).
    let wav: Buffer | undefined
    await page.route(`${siteURL}/api/speak`, async (route) => {
      const response = await route.fetch()
      wav = await response.body()
      await route.fulfill({ response })
    })
    await lastAnswer().locator('button.speak').click()
    const player = lastAnswer().locator('audio.spoken')
    // The element parsed the WAV: its metadata gives the clip's length.
    await expect.poll(() => player.evaluate((audio: HTMLAudioElement) => audio.duration)).toBeGreaterThan(0.2)
    await page.unroute(`${siteURL}/api/speak`)
    // And Web Audio decodes the same bytes.
    expect(wav?.subarray(0, 4).toString('latin1')).toBe('RIFF')
    const decoded = await page.evaluate(
      async (bytes) => {
        const buffer = await new OfflineAudioContext(1, 1, 8000).decodeAudioData(new Uint8Array(bytes).buffer)
        return { duration: buffer.duration, channels: buffer.numberOfChannels }
      },
      [...(wav ?? [])],
    )
    expect(decoded.duration).toBeGreaterThan(0.2)
    expect(decoded.channels).toBe(1)
  })

  it('transcribes a recording from the microphone into the input box', async () => {
    await page.fill('#input', '')
    await page.click('#mic')
    await page.waitForSelector('#mic[data-bytes]')
    await page.click('#mic')
    await expect.poll(() => page.inputValue('#input')).toMatch(/^transcribed: \d+ bytes of ogg$/)

    const uploaded = chatRequests(emulator).at(-1)?.body as {
      messages: { content: { type: string; input_audio?: { format: string } }[] }[]
    }
    expect(
      uploaded.messages.at(-1)?.content.find((part) => part.type === 'input_audio')?.input_audio,
    ).toMatchObject({
      format: 'ogg',
    })
    await page.screenshot({ path: join(artifacts, 'chat.png'), fullPage: true })
  })

  it('shows a rate limit in plain words, with the wait the server asked for', async () => {
    await page.selectOption('#model', 'openai/gpt-4o-mini')
    await page.fill('#input', BUSY)
    await page.click('#send')
    await expect.poll(() => page.textContent('#error')).toBe('Rate limited, retry in 3 s.')
    expect(await lastAnswer().locator('.status').textContent()).toBe('failed')
    await page.screenshot({ path: join(artifacts, 'error.png') })
  })

  it('never sent the key to the page, and the page threw nothing', () => {
    expect(pageTexts.length).toBeGreaterThan(3)
    // An issued key is sk-or-v1- and 64 hex digits (the bundle's own redaction pattern is not).
    expect(pageTexts.filter((text) => /sk-or-v1-[0-9a-f]{64}|page error/.test(text))).toEqual([])
  })
})
