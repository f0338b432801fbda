import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import handler from './fixtures/worker-auth-handler.js'
import { useMockServer } from './helpers.js'

// The slice of esbuild's JS API this test uses (esbuild ships with tsup; it is not our dependency).
interface BuildResult {
  outputFiles: { contents: Uint8Array; text: string }[]
  metafile: { inputs: Record<string, unknown>; outputs: Record<string, { imports: { path: string }[] }> }
}
type Build = (options: Record<string, unknown>) => Promise<BuildResult>

async function loadEsbuild(): Promise<Build> {
  // esbuild is not resolvable from this package, so resolve it the way tsup does.
  const require = createRequire(import.meta.url)
  const path = createRequire(require.resolve('tsup')).resolve('esbuild')
  const module = (await import(pathToFileURL(path).href)) as { build?: Build; default?: { build: Build } }
  const build = module.build ?? module.default?.build
  if (build === undefined) throw new Error(`no build() in ${path}`)
  return build
}

const packageDir = fileURLToPath(new URL('..', import.meta.url))

/** Bundles like wrangler does for workerd: browser platform, worker conditions, ESM, minified. */
async function bundleForWorker(options: Record<string, unknown>) {
  const build = await loadEsbuild()
  const result = await build({
    ...options,
    absWorkingDir: packageDir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    minify: true,
    metafile: true,
    write: false,
    logLevel: 'silent',
  })
  const code = result.outputFiles.map((file) => file.text).join('\n')
  const bytes = Buffer.concat(result.outputFiles.map((file) => file.contents))
  return { result, code, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
}

function expectWorkerClean({ result, code }: Awaited<ReturnType<typeof bundleForWorker>>): void {
  const inputs = Object.keys(result.metafile.inputs)
  expect(inputs.filter((input) => input.includes('undici') || input.startsWith('node:'))).toEqual([])
  for (const output of Object.values(result.metafile.outputs)) expect(output.imports).toEqual([])
  expect(code).not.toMatch(/(?:require\(|from|import\()\s*["']node:/)
  expect(code).not.toContain('undici')
}

describe('a worker bundle of the auth handler', () => {
  // transport's client alone (createClient + fetch engine + error mapping) is ~6 KB gzip of it.
  it('holds no undici and no node: import and stays under 8.25 KB gzip when bundled for workerd', async () => {
    const bundle = await bundleForWorker({ entryPoints: ['test/fixtures/worker-auth-handler.ts'] })
    expectWorkerClean(bundle)
    const transport = await bundleForWorker({
      stdin: {
        contents: "export { createClient, isOpenRouterError } from '@orsdk/transport'",
        resolveDir: packageDir,
      },
    })
    console.log(
      `worker auth handler: ${bundle.minified} B minified, ${bundle.gzip} B gzip (transport client alone: ${transport.gzip} B gzip)`,
    )
    expect(bundle.gzip).toBeLessThan(8.25 * 1024)
    // What oauth and the handler add on top of the transport every capability shares.
    expect(bundle.gzip - transport.gzip).toBeLessThan(2.5 * 1024)
  })

  it('costs under 3 KB gzip when only the PKCE functions are imported', async () => {
    const bundle = await bundleForWorker({
      stdin: {
        contents:
          "export { buildAuthorizeUrl, codeChallenge, generateCodeVerifier, keyHash } from './src/index.ts'",
        resolveDir: packageDir,
        loader: 'ts',
      },
    })
    expectWorkerClean(bundle)
    console.log(`PKCE functions alone: ${bundle.minified} B minified, ${bundle.gzip} B gzip`)
    expect(bundle.gzip).toBeLessThan(3 * 1024)
  })
})

describe('the worker auth handler', () => {
  const mock = useMockServer()

  it('signs a user in from /login to /callback when run against the emulator', async () => {
    const env = { OPENROUTER_BASE_URL: mock.server.baseURL }
    const login = await handler.fetch(new Request('http://localhost:8787/login'), env)
    expect(login.status).toBe(302)
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const authorize = login.headers.get('location') ?? ''
    expect(authorize.startsWith(`${mock.server.url}/auth?`)).toBe(true)
    // The browser visits OpenRouter, which redirects back to /callback?code=...
    const redirect = (await fetch(authorize, { redirect: 'manual' })).headers.get('location') ?? ''
    expect(redirect.startsWith('http://localhost:8787/callback?code=')).toBe(true)
    const callback = await handler.fetch(new Request(redirect, { headers: { cookie } }), env)
    expect(callback.status).toBe(200)
    expect(await callback.json()).toEqual({
      userId: 'user_emulator',
      keyHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
  })

  it('answers 403 with the server message when the verifier cookie does not match', async () => {
    const env = { OPENROUTER_BASE_URL: mock.server.baseURL }
    const login = await handler.fetch(new Request('http://localhost:8787/login'), env)
    const redirect = (await fetch(login.headers.get('location') ?? '', { redirect: 'manual' })).headers.get(
      'location',
    )
    const wrong = `pkce_verifier=${'x'.repeat(64)}`
    const callback = await handler.fetch(new Request(redirect ?? '', { headers: { cookie: wrong } }), env)
    expect(callback.status).toBe(403)
    expect(await callback.text()).toContain('Invalid code or code_verifier')
  })
})
