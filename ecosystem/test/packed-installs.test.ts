import { copyFile, readdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { CATALOG_NEXT_VERSION, TEST_KEY } from './helpers/packages'
import { runCommand } from './helpers/run-command'
import { createProject, fileSpecs } from './helpers/temp-project'

const fixtures = join(import.meta.dirname, 'fixtures', 'packed')
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
const expectedText = 'Hello from the OpenRouter emulator, answering as openai/gpt-4o-mini.'

async function runNode(project: string, script: string, env: Record<string, string> = {}) {
  await copyFile(join(fixtures, script), join(project, script))
  const result = await runCommand(process.execPath, [script], { cwd: project, env, timeoutMs: 30_000 })
  expect(result.code, result.stderr).toBe(0)
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}')
}

describe('@orsdk/oauth installed alone', () => {
  it('runs the PKCE flow when only oauth and the transport it needs are installed', async () => {
    const project = join(inject('workDir'), 'oauth-only')
    const ms = await createProject(
      project,
      fileSpecs(inject('tarballs'), ['@orsdk/oauth', '@orsdk/transport']),
    )
    console.log(`npm install of oauth + transport: ${(ms / 1000).toFixed(1)} s`)
    expect((await readdir(join(project, 'node_modules', '@orsdk'))).sort()).toEqual(['oauth', 'transport'])
    const result = await runNode(project, 'pkce-flow.mjs', { OPENROUTER_BASE_URL: inject('emulatorBaseURL') })
    expect(result).toEqual({ keyPrefix: 'sk-or-v1-', keyLength: 73, userId: 'user_emulator' })
  })
})

describe('@orsdk/chat from the packed install', () => {
  const project = inject('fullProject')
  const env = { EMULATOR_BASE_URL: inject('emulatorBaseURL'), TEST_KEY }

  it('answers when required from CommonJS', async () => {
    expect(await runNode(project, 'chat-require.cjs', env)).toEqual({ text: expectedText })
  })

  it('answers when imported from ESM', async () => {
    expect(await runNode(project, 'chat-import.mjs', env)).toEqual({ text: expectedText })
  })

  it.each([
    { module: 'node16', moduleResolution: 'node16' },
    { module: 'esnext', moduleResolution: 'bundler' },
    { module: 'nodenext', moduleResolution: 'nodenext' },
  ])(
    'type-checks .ts, .mts and .cts users when module is $module and resolution $moduleResolution',
    async (options) => {
      const files = ['uses-chat.ts', 'uses-chat.mts', 'uses-chat.cts']
      for (const file of files) await copyFile(join(fixtures, file), join(project, file))
      const config = `tsconfig.${options.moduleResolution}.json`
      // skipLibCheck as `tsc --init` sets it: checking valibot's own declarations alone takes ~7 s here.
      const compilerOptions = {
        ...options,
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        target: 'es2022',
        lib: ['es2022', 'dom'],
        types: [],
      }
      await writeFile(join(project, config), JSON.stringify({ compilerOptions, files }, null, 2))
      const result = await runCommand(process.execPath, [tsc, '--project', config], {
        cwd: project,
        timeoutMs: 60_000,
      })
      expect(result.stdout + result.stderr).toBe('')
      expect(result.code).toBe(0)
    },
  )
})

describe('@orsdk/catalog at two versions', () => {
  // packages/catalog/test/packaging.test.ts proves a project pinning either catalog version beside
  // chat (one version per project). This adds the case it leaves out: both versions in ONE project
  // (the second under an alias), each loading its own copy, in the shared install (no extra cost).
  it('loads each version from its own folder when both are installed beside the rest', async () => {
    const result = await runNode(inject('fullProject'), 'catalog-versions.mjs')
    expect(result).toEqual({
      pinned: '0.1.0',
      next: CATALOG_NEXT_VERSION,
      pinnedModel: 'openai/gpt-4o-mini',
      nextModel: 'openai/gpt-4o-mini',
      sameCount: true,
      distinctModules: true,
    })
  })
})
