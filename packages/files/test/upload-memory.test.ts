import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { useMockServer } from '@orsdk/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// A 50 MB upload must not hold a second copy of the file: the body streams from views of the
// caller's buffer, or from the file read in 64 KB pieces. Each upload runs in a child process
// of its own (the emulator stays here, so its copy is not counted) and reports the growth of
// `process.memoryUsage().arrayBuffers` (where file bytes live) over the memory just before, at
// its peak while the upload was sent, sampled every 100 ms after two collections (pieces already
// sent are garbage, and V8 frees the buffers of one collection by the start of the next). One
// copy more would show as 50 MB. Measured: under 0.2 MB, with four uploads at once; we allow 16.
const MB = 1024 * 1024
const SIZE = 50 * MB
const ALLOWED_GROWTH = 16 * MB
const child = join(import.meta.dirname, 'fixtures', 'upload-child.mjs')
const run = promisify(execFile)

const mock = useMockServer()
let folder: string
let path: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'orsdk-upload-'))
  path = join(folder, 'big.pdf')
  const file = await open(path, 'w')
  await file.write('%PDF-1.7\n')
  const piece = new Uint8Array(MB).fill(7)
  for (let written = 0; written < SIZE; written += MB) await file.write(piece)
  await file.close()
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

interface Report {
  id: string
  size: number
  sha256?: string
  arrayBuffersGrowth: number
  rssGrowth: number
}

async function upload(source: 'bytes' | 'path', engine: 'node' | 'fetch'): Promise<Report> {
  if (!existsSync(join(import.meta.dirname, '..', 'dist', 'index.js')))
    throw new Error('build @orsdk/files first (pnpm --filter @orsdk/files build): the child runs dist/')
  const { stdout } = await run(
    process.execPath,
    ['--expose-gc', child, mock.server.baseURL, source, engine, path],
    { cwd: join(import.meta.dirname, '..'), timeout: 60_000 },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Report
}

describe('a 50 MB upload', () => {
  it.each([
    ['bytes', 'node'],
    ['bytes', 'fetch'],
  ] as const)('from a Uint8Array (%s) on the %s engine holds no second copy', async (source, engine) => {
    const report = await upload(source, engine)
    expect(report.size).toBe(SIZE)
    expect(mock.server.files.get(report.id)?.sha256).toBe(report.sha256)
    expect(report.arrayBuffersGrowth).toBeLessThan(ALLOWED_GROWTH)
  })

  it('from a file path on the node engine holds no copy of the file at all', async () => {
    const report = await upload('path', 'node')
    expect(report.size).toBe(SIZE + 9)
    expect(mock.server.files.get(report.id)?.sizeBytes).toBe(SIZE + 9)
    expect(report.arrayBuffersGrowth).toBeLessThan(ALLOWED_GROWTH)
  })
})
