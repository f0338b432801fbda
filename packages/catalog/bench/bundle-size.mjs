// What a bundler ships for each use of the built @orsdk/catalog, minified and gzipped (level 9), as
// ecosystem/test/bundle-size.test.ts measures `getModel` for its CI budget: esbuild (the version tsup
// builds with), ESM, platform browser, target es2022. Shows that `getModel` and `listModels` users
// do not carry the descriptions, and what `modelDescription` costs on its own.
// Run `pnpm --filter @orsdk/catalog build` first. Usage: node bench/bundle-size.mjs
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
if (!existsSync(`${packageDir}dist/descriptions/index.js`))
  throw new Error('dist is missing: run `pnpm --filter @orsdk/catalog build`')
const tsup = createRequire(import.meta.url).resolve('tsup/package.json')
const { build, version } = createRequire(tsup)('esbuild')

const USES = [
  [
    '`getModel`',
    "import { getModel } from './dist/index.js'\nexport const run = (id) => getModel(id)?.context_length",
  ],
  [
    '`listModels({ modality })`',
    "import { listModels } from './dist/index.js'\nexport const run = (modality) => listModels({ modality }).length",
  ],
  [
    '`modelDescription`',
    "import { modelDescription } from './dist/descriptions/index.js'\nexport const run = (id) => modelDescription(id)",
  ],
  [
    '`getModel` + `modelDescription`',
    "import { getModel } from './dist/index.js'\nimport { modelDescription } from './dist/descriptions/index.js'\n" +
      'export const run = (id) => [getModel(id)?.name, modelDescription(id)]',
  ],
]

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`
console.log(`@orsdk/catalog bundles (esbuild ${version}, minified, gzip -9)\n`)
console.log('| use | minified | gzip |')
console.log('| --- | ---: | ---: |')
for (const [use, contents] of USES) {
  const result = await build({
    stdin: { contents, resolveDir: packageDir, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]?.text ?? ''
  console.log(`| ${use} | ${kb(Buffer.byteLength(code))} | ${kb(gzipSync(code, { level: 9 }).length)} |`)
}
