import { execFile } from 'node:child_process'
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { driftedSpec } from './helpers/drifted-spec'
import { type SpecServer, startSpecServer } from './helpers/spec-server'
import { makeSeededRepo, REPO_ROOT, removeTempRepo, runCli } from './helpers/temp-repo'

const run = promisify(execFile)
const CHANGESET_BIN = join(
  createRequire(import.meta.url).resolve('@changesets/cli/package.json'),
  '../bin.js',
)
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
}
// The packages a drift could reach, plus two it must not drag along (chat depends on transport).
const PACKAGES = ['account', 'admin', 'mock-server', 'transport', 'chat']

const version = (root: string, name: string) =>
  JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')).version

describe('a spec refresh changeset', () => {
  let server: SpecServer
  let root: string

  beforeAll(async () => {
    server = await startSpecServer({ text: driftedSpec(), status: 200 })
    root = await makeSeededRepo(PACKAGES)
    writeFileSync(join(root, 'package.json'), '{ "name": "orsdk-probe", "private": true }\n')
    copyFileSync(join(REPO_ROOT, '.changeset/config.json'), join(root, '.changeset/config.json'))
  })
  afterAll(async () => {
    await server.close()
    removeTempRepo(root)
  })

  it('releases only the packages whose generated files changed, each as a patch', async () => {
    const git = (...args: string[]) => run('git', args, { cwd: root, env: GIT_ENV })
    await git('init', '--quiet', '--initial-branch=main')
    await git('add', '-A')
    await git('commit', '--quiet', '-m', 'base')
    await git('checkout', '--quiet', '-b', 'spec-refresh')
    const before = Object.fromEntries(PACKAGES.map((name) => [name, version(root, name)]))

    const refresh = await runCli(
      ['refresh', '--url', `${server.origin}/openapi.yaml`, '--fetched-at', '2026-09-01T00:00:00Z'],
      {
        cwd: root,
      },
    )
    expect(refresh.stderr).toBe('')
    expect(refresh.code).toBe(0)
    await git('add', '-A')
    await git('commit', '--quiet', '-m', 'chore: refresh openrouter openapi spec')

    const status = await run(process.execPath, [CHANGESET_BIN, 'status', '--verbose'], { cwd: root })
    expect(status.stdout).toContain('@orsdk/admin')
    expect(status.stdout).toContain('@orsdk/mock-server')
    for (const name of ['@orsdk/account', '@orsdk/transport', '@orsdk/chat'])
      expect(status.stdout).not.toContain(name)

    await run(process.execPath, [CHANGESET_BIN, 'version'], { cwd: root })
    const bump = (name: string) =>
      `${before[name]?.replace(/\d+$/, (patch: string) => String(Number(patch) + 1))}`
    expect(version(root, 'admin')).toBe(bump('admin'))
    expect(version(root, 'mock-server')).toBe(bump('mock-server'))
    for (const name of ['account', 'transport', 'chat']) expect(version(root, name)).toBe(before[name])
    expect(readFileSync(join(root, 'packages/admin/CHANGELOG.md'), 'utf8')).toContain(
      'Regenerate from the refreshed OpenRouter OpenAPI spec: 1 operation removed, 1 changed, 1 schema changed',
    )
    expect(readdirSync(join(root, '.changeset')).filter((name) => name.endsWith('.md'))).toEqual([])
    expect(readdirSync(join(root, 'packages/account')).sort()).toEqual(['package.json', 'src'])
  })
})
