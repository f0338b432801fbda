import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { type BuildOptions, build, type Metafile } from 'esbuild'

/** The page as the server sends it. */
export interface Page {
  html: string
  /** `page/app.ts` and what it imports, bundled for the browser and minified. */
  script: string
  metafile: Metafile
}

// src/ and dist/ (where `pnpm start` compiles the server) both sit one level below the package.
const pageFolder = fileURLToPath(new URL('../page/', import.meta.url))
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url))

/**
 * How the page is bundled: ESM for the browser, export condition `browser`, so
 * `@orsdk/transport` brings its fetch engine and nothing of Node's.
 */
export const BROWSER_BUILD = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  conditions: ['browser'],
  target: 'es2022',
  minify: true,
  write: false,
  logLevel: 'silent',
  // This example's tsconfig for every file: inside the workspace, esbuild would otherwise apply
  // each package's own (a test-only `paths` entry there could swap a browser module for Node's).
  tsconfig,
} as const satisfies BuildOptions

/** Bundles `page/app.ts` with esbuild and reads `page/index.html`. */
export async function bundlePage(): Promise<Page> {
  const [html, result] = await Promise.all([
    readFile(`${pageFolder}index.html`, 'utf8'),
    build({ ...BROWSER_BUILD, entryPoints: [`${pageFolder}app.ts`], metafile: true }),
  ])
  return { html, script: result.outputFiles[0]?.text ?? '', metafile: result.metafile }
}

/** What the page's script weighs, and how much of it comes from where. */
export interface BundleSize {
  /** Minified bytes, and gzipped (level 9) bytes, of the whole script. */
  minified: number
  gzip: number
  /** Minified bytes in the output by origin: `@orsdk/*`, the page's own code. */
  orsdk: number
  page: number
  /** Minified bytes per `@orsdk/*` package, and per package they depend on (valibot, ...). */
  packages: Record<string, number>
  dependencies: Record<string, number>
}

/** Sizes from the bundle and esbuild's metafile (`bytesInOutput` of each input). */
export function measureBundle(page: Page): BundleSize {
  const size: BundleSize = {
    minified: Buffer.byteLength(page.script),
    gzip: gzipSync(page.script, { level: 9 }).length,
    orsdk: 0,
    page: 0,
    packages: {},
    dependencies: {},
  }
  const output = Object.values(page.metafile.outputs)[0]
  for (const [path, input] of Object.entries(output?.inputs ?? {})) {
    // Workspace packages resolve to packages/<name>/dist; installed ones to node_modules/@orsdk/<name>.
    const orsdk = /(?:^|\/)packages\/([^/]+)\/dist\/|node_modules\/@orsdk\/([^/]+)\//.exec(path)
    const name = orsdk?.[1] ?? orsdk?.[2]
    if (name !== undefined) {
      size.orsdk += input.bytesInOutput
      size.packages[`@orsdk/${name}`] = (size.packages[`@orsdk/${name}`] ?? 0) + input.bytesInOutput
      continue
    }
    const dependency = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1]
    if (dependency !== undefined) {
      size.dependencies[dependency] = (size.dependencies[dependency] ?? 0) + input.bytesInOutput
    } else {
      size.page += input.bytesInOutput
    }
  }
  return size
}
