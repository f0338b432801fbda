import { copyFile, mkdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Metafile } from 'esbuild'

/** The export conditions of a worker/browser bundle (transport's `node` build must stay out). */
export const EDGE_CONDITIONS = ['workerd', 'worker', 'browser']

/** One bundle: its code, esbuild's metafile and its size minified + gzipped (level 9). */
export interface Bundle {
  code: string
  metafile: Metafile
  bytes: number
  gzipBytes: number
}

/**
 * Bundles `entry` for a worker target. With `project`, the entry is first copied into that
 * temp project, so every bare import resolves from its node_modules (the packed install), not
 * from the workspace.
 */
export async function bundleForEdge(
  entry: string,
  options: { project?: string; minify?: boolean; format?: 'esm' | 'iife' } = {},
): Promise<Bundle> {
  let entryPoint = entry
  if (options.project !== undefined) {
    const folder = join(options.project, 'entries')
    await mkdir(folder, { recursive: true })
    entryPoint = join(folder, basename(entry))
    await copyFile(entry, entryPoint)
  }
  const result = await build({
    entryPoints: [entryPoint],
    absWorkingDir: options.project ?? process.cwd(),
    bundle: true,
    format: options.format ?? 'esm',
    platform: 'browser',
    conditions: EDGE_CONDITIONS,
    target: 'es2022',
    minify: options.minify ?? true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]?.text ?? ''
  return {
    code,
    metafile: result.metafile,
    bytes: Buffer.byteLength(code),
    gzipBytes: gzipSync(code, { level: 9 }).length,
  }
}

/** Inputs and imports a worker bundle must not contain: undici and any `node:` module. */
export function forbiddenInputs(bundle: Bundle): string[] {
  const inputs = Object.keys(bundle.metafile.inputs).filter(
    (path) => path.includes('undici') || path.startsWith('node:'),
  )
  const imports = Object.values(bundle.metafile.outputs).flatMap((output) =>
    output.imports
      .map((item) => item.path)
      .filter((path) => path.startsWith('node:') || path.includes('undici')),
  )
  const inCode = /\bfrom\s*["']node:|\b(?:import|require)\s*\(\s*["']node:/.test(bundle.code)
    ? ['node: in code']
    : []
  return [...inputs, ...imports, ...inCode]
}

/** The biggest inputs of a bundle by bytes kept in the output: what dominates its size. */
export function largestInputs(bundle: Bundle, count = 5): { path: string; bytes: number }[] {
  const output = Object.values(bundle.metafile.outputs)[0]
  if (output === undefined) return []
  return Object.entries(output.inputs)
    .map(([path, input]) => ({ path, bytes: input.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count)
}
