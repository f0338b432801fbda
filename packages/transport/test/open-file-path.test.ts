import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isOpenRouterError } from '../src/index.js'
import { createPlatform as createFetchPlatform } from '../src/platform.fetch.js'
import { platformCore } from '../src/platform-instance.js'
import { openFilePath } from '../src/protocol.js'
import { rejection } from './helpers.js'

const here = fileURLToPath(import.meta.url)

describe('openFilePath', () => {
  it('opens a file by path with its size and base name, its bytes read as a stream', async () => {
    const opened = await openFilePath(here, 'upload: path')
    expect(opened.filename).toBe('open-file-path.test.ts')
    const bytes = new Uint8Array(await new Response(opened.data).arrayBuffer())
    expect(bytes.length).toBe(opened.size)
    expect(new TextDecoder().decode(bytes)).toContain("describe('openFilePath'")
  })

  it('rejects a missing file with invalid_request naming the field and the reason', async () => {
    const error = await rejection(openFilePath('/no/such/file.pdf', 'upload: path'))
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toMatch(/^upload: path: cannot read "\/no\/such\/file.pdf" \(ENOENT\)/)
  })

  it('rejects with a clear error on a runtime without a file system', async () => {
    const error = await rejection(createFetchPlatform(platformCore).openFile('report.pdf', 'upload: path'))
    expect(isOpenRouterError(error) && error.message).toContain(
      'a file path can be read on Node, Bun and Deno only',
    )
  })
})
