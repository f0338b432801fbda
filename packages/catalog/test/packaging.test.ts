import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { type MockServer, startMockServer } from '@orsdk/mock-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_KEY } from './helpers/live-clients'

// Async on purpose: the emulator answers the child processes from this process's event loop.
const run = promisify(execFile)
const packagesDir = fileURLToPath(new URL('../..', import.meta.url))
const NPM_FLAGS = ['--no-audit', '--no-fund', '--prefer-offline']

// What an app pinning its own catalog writes: the snapshot, a live read and a chat call side by side.
// Without a built @orsdk/chat (another package, finished apart) the chat call goes through transport.
const appScript = (withChat: boolean) => `
import { createRequire } from 'node:module'
import { getModel, listModels, snapshotInfo } from '@orsdk/catalog'
import { fetchModels } from '@orsdk/catalog/live'
${withChat ? "import { chat } from '@orsdk/chat'" : "import { requestJson } from '@orsdk/transport/protocol'"}

const require = createRequire(import.meta.url)
const params = { model: getModel('openai/gpt-4o-mini').id, messages: [{ role: 'user', content: 'Hi' }] }
const completion = ${
  withChat
    ? 'await chat(params)'
    : "(await requestJson({ operation: 'chat', method: 'POST', path: '/chat/completions', body: params })).data"
}
console.log(JSON.stringify({
  catalogVersion: require('@orsdk/catalog/package.json').version,
  snapshotModels: listModels().length === snapshotInfo().modelCount && listModels().length,
  liveModels: (await fetchModels()).length,
  answered: completion.choices[0].message.content.startsWith('Hello from the OpenRouter emulator'),
  cjsLive: Object.keys(require('@orsdk/catalog/live')).sort(),
}))
`

// The catalog installed alone: the zero-io entries work (ESM and CJS), the live entry asks for its peer.
const ALONE = `
import { createRequire } from 'node:module'
import { getModel, snapshotInfo } from '@orsdk/catalog'
import { modelDescription } from '@orsdk/catalog/descriptions'
const require = createRequire(import.meta.url)
let live = 'loaded'
try { await import('@orsdk/catalog/live') } catch (error) { live = error.code }
console.log(JSON.stringify({
  models: snapshotInfo().modelCount,
  gpt: getModel('openai/gpt-4o')?.id,
  described: modelDescription('openai/gpt-4o')?.slice(0, 6),
  cjsDescribed: require('@orsdk/catalog/descriptions').modelDescription('openai/gpt-4o')?.slice(0, 6),
  live,
}))
`

/** Builds a package when its dist is missing or older than its sources (never while fresh). */
async function ensureBuilt(name: string): Promise<void> {
  const dist = await stat(join(packagesDir, name, 'dist/index.js')).catch(() => undefined)
  const sources = await readdir(join(packagesDir, name, 'src'), { recursive: true })
  const times = await Promise.all(
    sources.map(async (file) => (await stat(join(packagesDir, name, 'src', file))).mtimeMs),
  )
  if (dist === undefined || dist.mtimeMs < Math.max(...times))
    await run('pnpm', ['--filter', `@orsdk/${name}`, 'build'], { cwd: packagesDir })
}

/** Packs `name` into `destination` and returns the tarball's path. */
async function pack(name: string, destination: string): Promise<string> {
  const before = new Set(existsSync(destination) ? await readdir(destination) : [])
  await run('pnpm', ['pack', '--pack-destination', destination], { cwd: join(packagesDir, name) })
  const added = (await readdir(destination)).filter((file) => !before.has(file))
  if (added.length !== 1 || added[0] === undefined)
    throw new Error(`pnpm pack of ${name} gave ${added.join(', ')}`)
  return join(destination, added[0])
}

/** Repacks a catalog tarball under another version, as a second release of the package would be. */
async function repackAs(tarball: string, version: string, workDir: string): Promise<string> {
  const unpacked = join(workDir, `catalog-${version}`)
  await mkdir(unpacked, { recursive: true })
  await run('tar', ['-xzf', tarball, '-C', unpacked])
  const manifestPath = join(unpacked, 'package/package.json')
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'))
  await writeFile(manifestPath, JSON.stringify({ ...manifest, version }, null, 2))
  const { stdout } = await run('npm', ['pack', '--pack-destination', join(workDir, 'tarballs')], {
    cwd: join(unpacked, 'package'),
  })
  return join(workDir, 'tarballs', stdout.trim().split('\n').at(-1) ?? '')
}

/** Creates an npm project in `dir`, installs `tarballs` and runs `script` in it. */
async function installAndRun(dir: string, tarballs: string[], script: string, env: NodeJS.ProcessEnv) {
  await mkdir(dir, { recursive: true })
  await run('npm', ['init', '-y'], { cwd: dir })
  await run('npm', ['install', ...NPM_FLAGS, ...tarballs], { cwd: dir })
  await writeFile(join(dir, 'app.mjs'), script)
  const { stdout } = await run(process.execPath, ['app.mjs'], { cwd: dir, env })
  return { output: JSON.parse(stdout), scope: (await readdir(join(dir, 'node_modules/@orsdk'))).sort() }
}

describe('the packed @orsdk/catalog installed with npm', () => {
  let server: MockServer | undefined
  let workDir = ''
  let withChat = true

  beforeAll(async () => {
    await ensureBuilt('transport')
    try {
      await ensureBuilt('chat')
    } catch {
      withChat = false
    }
    await ensureBuilt('catalog')
    workDir = await mkdtemp(join(tmpdir(), 'orsdk-catalog-pack-'))
    server = await startMockServer()
  }, 180_000)

  afterAll(async () => {
    await server?.close()
    if (workDir !== '') await rm(workDir, { recursive: true, force: true })
  })

  it('runs beside @orsdk/chat at either catalog version when both are installed into one project', async () => {
    const tarballs = join(workDir, 'tarballs')
    const transport = await pack('transport', tarballs)
    const chat = withChat ? [await pack('chat', tarballs)] : []
    const catalog = await pack('catalog', tarballs)
    const older = await repackAs(catalog, '0.0.9', workDir)
    const { OPENROUTER_API_KEY: _dropped, ...environment } = process.env
    const env = { ...environment, OPENROUTER_BASE_URL: server?.baseURL ?? '', OPENROUTER_API_KEY: TEST_KEY }

    const [current, pinned] = await Promise.all([
      installAndRun(join(workDir, 'app-current'), [transport, ...chat, catalog], appScript(withChat), env),
      installAndRun(join(workDir, 'app-pinned'), [transport, ...chat, older], appScript(withChat), env),
    ])
    const manifest = JSON.parse(await readFile(join(packagesDir, 'catalog/package.json'), 'utf8'))
    for (const [app, version] of [
      [current, manifest.version],
      [pinned, '0.0.9'],
    ] as const) {
      expect(app.scope).toEqual(withChat ? ['catalog', 'chat', 'transport'] : ['catalog', 'transport'])
      expect(app.output).toMatchObject({ catalogVersion: version, liveModels: 549, answered: true })
      expect(app.output.snapshotModels).toBeGreaterThan(0)
      expect(app.output.cjsLive).toEqual([
        'fetchGeneration',
        'fetchKey',
        'fetchModelEndpoints',
        'fetchModels',
        'fetchProviders',
      ])
    }
  }, 240_000)

  it('brings no other package when the catalog tarball is installed alone', async () => {
    const catalog = await pack('catalog', join(workDir, 'alone-tarball'))
    const app = join(workDir, 'app-alone')
    const { output, scope } = await installAndRun(app, [catalog], ALONE, process.env)
    expect(scope).toEqual(['catalog'])
    expect((await readdir(join(app, 'node_modules'))).filter((entry) => !entry.startsWith('.'))).toEqual([
      '@orsdk',
    ])
    expect(output).toMatchObject({
      gpt: 'openai/gpt-4o',
      described: 'GPT-4o',
      cjsDescribed: 'GPT-4o',
      live: 'ERR_MODULE_NOT_FOUND',
    })
    expect(output.models).toBeGreaterThan(0)
  }, 240_000)
})
