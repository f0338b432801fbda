import { execFile } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { driftedCatalog } from './fixture-catalog'
import { type CatalogServer, startCatalogServer } from './helpers/catalog-server'
import { makeSeededRepo, PACKAGE_DIR, removeTempRepo, runCli } from './helpers/temp-repo'

const run = promisify(execFile)
const CHANGESET_BIN = join(
  createRequire(import.meta.url).resolve('@changesets/cli/package.json'),
  '../bin.js',
)
const REPO_CHANGESET_CONFIG = join(PACKAGE_DIR, '../../.changeset/config.json')
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
}

const version = (root: string, name: string) =>
  JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')).version

// A tiny copy of the workspace: the real catalog package.json and changesets config, plus
// transport and chat (chat depends on transport with workspace:^; nothing depends on catalog).
function writeWorkspace(root: string): void {
  writeFileSync(join(root, 'package.json'), '{ "name": "orsdk-probe", "private": true }\n')
  copyFileSync(REPO_CHANGESET_CONFIG, join(root, '.changeset/config.json'))
  copyFileSync(join(PACKAGE_DIR, 'package.json'), join(root, 'packages/catalog/package.json'))
  const write = (name: string, manifest: object) => {
    mkdirSync(join(root, 'packages', name), { recursive: true })
    writeFileSync(join(root, 'packages', name, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  }
  write('transport', { name: '@orsdk/transport', version: '0.1.0' })
  write('chat', {
    name: '@orsdk/chat',
    version: '0.1.0',
    dependencies: { '@orsdk/transport': 'workspace:^' },
  })
}

describe('a refresh changeset', () => {
  let server: CatalogServer
  let root: string

  beforeAll(async () => {
    const catalog = driftedCatalog()
    server = await startCatalogServer({ models: catalog.models, providers: catalog.providers })
    root = await makeSeededRepo()
    writeWorkspace(root)
  })
  afterAll(async () => {
    await server.close()
    removeTempRepo(root)
  })

  it('releases @orsdk/catalog alone, as a patch', async () => {
    const git = (...args: string[]) => run('git', args, { cwd: root, env: GIT_ENV })
    await git('init', '--quiet', '--initial-branch=main')
    await git('add', '-A')
    await git('commit', '--quiet', '-m', 'base')
    await git('checkout', '--quiet', '-b', 'catalog-refresh')

    const refresh = await runCli(['--root', root, '--fetched-at', '2026-09-01T00:00:00Z'], {
      cwd: root,
      env: { OPENROUTER_BASE_URL: server.baseURL },
    })
    expect(refresh.code).toBe(0)
    await git('add', '-A')
    await git('commit', '--quiet', '-m', 'chore: refresh openrouter catalog')

    const status = await run(process.execPath, [CHANGESET_BIN, 'status', '--verbose'], { cwd: root })
    expect(status.stdout).toContain('@orsdk/catalog')
    expect(status.stdout).not.toContain('@orsdk/transport')
    expect(status.stdout).not.toContain('@orsdk/chat')

    await run(process.execPath, [CHANGESET_BIN, 'version'], { cwd: root })
    expect(version(root, 'catalog')).toBe('0.1.1')
    expect(version(root, 'transport')).toBe('0.1.0')
    expect(version(root, 'chat')).toBe('0.1.0')
    expect(readFileSync(join(root, 'packages/catalog/CHANGELOG.md'), 'utf8')).toContain(
      'Refresh snapshot: 1 added, 1 removed, 1 repriced',
    )
    expect(readdirSync(join(root, '.changeset')).filter((name) => name.endsWith('.md'))).toEqual([])
    expect(readdirSync(join(root, 'packages/transport'))).toEqual(['package.json'])
  })
})
