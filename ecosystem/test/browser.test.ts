import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { bundleForEdge, forbiddenInputs } from './helpers/bundle'
import { startStaticServer } from './helpers/static-server'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const artifacts = join(import.meta.dirname, '..', 'test-artifacts')
const expected = 'Hello from the OpenRouter emulator, answering as openai/gpt-4o-mini.'

describe('browser bundle in headless Chromium', () => {
  it('streams a chat completion and runs PKCE to the key when served from another origin', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true)
    const bundle = await bundleForEdge(join(import.meta.dirname, '..', 'browser', 'app.ts'), {
      project: inject('fullProject'),
    })
    expect(forbiddenInputs(bundle)).toEqual([])
    const html = await readFile(join(import.meta.dirname, '..', 'browser', 'index.html'), 'utf8')
    const site = await startStaticServer({
      '/': ['text/html; charset=utf-8', html],
      '/app.js': ['text/javascript; charset=utf-8', bundle.code],
    })
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 560 } })
      const problems: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text())
      })
      page.on('pageerror', (error) => problems.push(error.message))
      const baseURL = inject('emulatorBaseURL')
      expect(new URL(baseURL).origin).not.toBe(site.url)
      await page.goto(`${site.url}/?baseURL=${encodeURIComponent(baseURL)}`)
      await page.waitForFunction(
        () => /^(done|error)/.test(document.getElementById('status')?.textContent ?? ''),
        undefined,
        { timeout: 30_000 },
      )
      expect(await page.textContent('#status')).toBe('done')
      expect(await page.textContent('#out')).toBe(expected)
      expect(await page.textContent('#pkce')).toMatch(/^key: sk-or-v1-[0-9a-f]{3}…$/)
      await mkdir(artifacts, { recursive: true })
      await page.screenshot({ path: join(artifacts, 'browser-chat.png') })
      expect(problems).toEqual([])
    } finally {
      await browser.close()
      await site.close()
    }
  })
})
