#!/usr/bin/env node
// Packs every packages/* with `pnpm pack` (which rewrites `workspace:^` to a real range, as a
// publish would) into ecosystem/.packs, after the packages are built. Idempotent: it replaces the
// tarballs of the current versions and removes stale ones. Prints one JSON line { name: file }.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
export const repoRoot = join(here, '..', '..')
export const packsDir = join(here, '..', '.packs')

// `pnpm` on PATH when there is one (CI runs through pnpm), else the pinned version through npx.
function pnpmCommand() {
  try {
    execFileSync('pnpm', ['--version'], { stdio: 'ignore' })
    return ['pnpm']
  } catch {
    return ['npx', '-y', 'pnpm@12.4.2']
  }
}

/**
 * Packs every package; returns { '@orsdk/chat': '/abs/.packs/orsdk-chat-0.1.0.tgz', ... }.
 * A package without dist/ fails the run unless `skipUnbuilt` (the CLI's --skip-unbuilt).
 */
export function packAll({ skipUnbuilt = false } = {}) {
  mkdirSync(packsDir, { recursive: true })
  const [command, ...prefix] = pnpmCommand()
  const packagesDir = join(repoRoot, 'packages')
  /** @type {Record<string, string>} */
  const tarballs = {}
  for (const folder of readdirSync(packagesDir).sort()) {
    const manifestPath = join(packagesDir, folder, 'package.json')
    if (!existsSync(manifestPath)) continue
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
    if (manifest.private) continue
    if (!existsSync(join(packagesDir, folder, 'dist'))) {
      if (skipUnbuilt) continue
      throw new Error(`pack-all: ${manifest.name} has no dist/: build it first (pnpm run build)`)
    }
    const file = `${manifest.name.replace('@', '').replace('/', '-')}-${manifest.version}.tgz`
    rmSync(join(packsDir, file), { force: true })
    execFileSync(command, [...prefix, 'pack', '--pack-destination', packsDir], {
      cwd: join(packagesDir, folder),
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    if (!existsSync(join(packsDir, file))) throw new Error(`pack-all: expected ${file} in ${packsDir}`)
    tarballs[manifest.name] = join(packsDir, file)
  }
  const current = new Set(Object.values(tarballs).map((path) => path.slice(packsDir.length + 1)))
  for (const file of readdirSync(packsDir)) if (!current.has(file)) rmSync(join(packsDir, file))
  return tarballs
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  console.log(JSON.stringify(packAll({ skipUnbuilt: process.argv.includes('--skip-unbuilt') })))
