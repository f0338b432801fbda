#!/usr/bin/env node
// Installs the extra runtimes the runtimes test runs the smoke suite on, each from the npm registry
// into its own folder under ecosystem/.runtimes/<name>/ (binary at node_modules/.bin/<bin>).
// Idempotent: a runtime whose binary is already there is skipped. Exact versions, the ones known to
// install and run on Node 20 / npm 11 machines; change them here and nowhere else.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const RUNTIMES = [
  { name: 'node22', spec: 'node@22.23.3', bin: 'node' },
  { name: 'node24', spec: 'node@24.21.0', bin: 'node' },
  { name: 'bun', spec: 'bun@1.4.5', bin: 'bun' },
  { name: 'deno', spec: 'deno@2.9.6', bin: 'deno' },
]

export const runtimesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '.runtimes')

/** Where a runtime's binary lives once installed. */
export function runtimeBinary(runtime) {
  return join(runtimesDir, runtime.name, 'node_modules', '.bin', runtime.bin)
}

function install(runtime) {
  const folder = join(runtimesDir, runtime.name)
  if (existsSync(runtimeBinary(runtime))) {
    console.log(`${runtime.spec}: already installed`)
    return
  }
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'package.json'), '{"private":true}\n')
  const started = Date.now()
  execFileSync('npm', ['i', '-E', runtime.spec, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: folder,
    stdio: 'inherit',
  })
  console.log(`${runtime.spec}: installed in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.argv.slice(2)
  for (const runtime of RUNTIMES) if (only.length === 0 || only.includes(runtime.name)) install(runtime)
}
