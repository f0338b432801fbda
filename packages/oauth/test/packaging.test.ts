import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { type MockServer, startMockServer } from '@orsdk/mock-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Async on purpose: the emulator answers the child process from this process's event loop.
const run = promisify(execFile)
const packagesDir = fileURLToPath(new URL('../..', import.meta.url))

// What an auth service writes: the whole PKCE flow with the default client, no API key.
const FLOW = `
import { createRequire } from 'node:module'
import { buildAuthorizeUrl, codeChallenge, exchangeCode, generateCodeVerifier, keyHash } from '@orsdk/oauth'

const verifier = generateCodeVerifier()
const url = buildAuthorizeUrl('http://localhost:3000/callback', { codeChallenge: await codeChallenge(verifier) })
const redirect = await fetch(url, { redirect: 'manual' })
const code = new URL(redirect.headers.get('location')).searchParams.get('code')
const { key, userId } = await exchangeCode(code, { codeVerifier: verifier })
const required = createRequire(import.meta.url)('@orsdk/oauth')
console.log(JSON.stringify({
  authorizeOrigin: new URL(url).origin,
  keyShape: /^sk-or-v1-[0-9a-f]{64}$/.test(key),
  userId,
  hashLength: (await keyHash(key)).length,
  cjsExports: Object.keys(required).sort(),
}))
`

/** Fails early, and clearly, when a dist is missing or older than its sources. */
async function assertBuilt(name: string): Promise<void> {
  const dist = await stat(join(packagesDir, name, 'dist/index.js')).catch(() => undefined)
  const newestSource = Math.max(
    ...(await Promise.all(
      (
        await readdir(join(packagesDir, name, 'src'), { recursive: true })
      ).map(async (file) => (await stat(join(packagesDir, name, 'src', file))).mtimeMs),
    )),
  )
  if (dist === undefined || dist.mtimeMs < newestSource)
    throw new Error(`packages/${name}/dist is missing or stale: run pnpm --filter @orsdk/${name} build`)
}

describe('the packed @orsdk/oauth installed alone with npm', () => {
  let server: MockServer | undefined
  let workDir = ''

  beforeAll(async () => {
    await Promise.all([assertBuilt('transport'), assertBuilt('oauth')])
    workDir = await mkdtemp(join(tmpdir(), 'orsdk-oauth-pack-'))
    server = await startMockServer()
  })

  afterAll(async () => {
    await server?.close()
    if (workDir !== '') await rm(workDir, { recursive: true, force: true })
  })

  it('runs the PKCE flow and brings only @orsdk/transport along when installed into an empty project', async () => {
    const tarballs = join(workDir, 'tarballs')
    const app = join(workDir, 'app')
    await mkdir(app, { recursive: true })
    for (const name of ['transport', 'oauth'])
      await run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(packagesDir, name) })
    const packed = (await readdir(tarballs)).map((file) => join(tarballs, file))
    expect(packed.map((file) => file.replace(/.*[\\/]/, '')).sort()).toEqual([
      'orsdk-oauth-0.1.0.tgz',
      'orsdk-transport-0.1.0.tgz',
    ])

    await run('npm', ['init', '-y'], { cwd: app })
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...packed], { cwd: app })
    expect((await readdir(join(app, 'node_modules/@orsdk'))).sort()).toEqual(['oauth', 'transport'])
    const installed = JSON.parse(await readFile(join(app, 'node_modules/@orsdk/oauth/package.json'), 'utf8'))
    expect(installed.dependencies).toEqual({ '@orsdk/transport': '^0.1.0' })

    await writeFile(join(app, 'flow.mjs'), FLOW)
    const { OPENROUTER_API_KEY: _dropped, ...environment } = process.env
    const { stdout } = await run(process.execPath, ['flow.mjs'], {
      cwd: app,
      env: { ...environment, OPENROUTER_BASE_URL: server?.baseURL ?? '' },
    })
    expect(JSON.parse(stdout)).toEqual({
      authorizeOrigin: server?.url,
      keyShape: true,
      userId: 'user_emulator',
      hashLength: 64,
      cjsExports: ['buildAuthorizeUrl', 'codeChallenge', 'exchangeCode', 'generateCodeVerifier', 'keyHash'],
    })
  }, 180_000)
})
