// Writes the shared skeleton of a package (package.json, tsconfig, tsup and vitest configs).
// Usage: node scripts/new-package.mjs <name> "<description>"
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'

const [name, description] = process.argv.slice(2)
if (!name || !description) throw new Error('usage: new-package.mjs <name> "<description>"')
const dir = new URL(`../packages/${name}/`, import.meta.url)
if (existsSync(new URL('package.json', dir))) throw new Error(`packages/${name} exists`)
mkdirSync(new URL('src/', dir), { recursive: true })
mkdirSync(new URL('test/', dir), { recursive: true })

const entry = (base) => ({
  import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
  require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
})
const pkg = {
  name: `@orsdk/${name}`,
  version: '0.1.0',
  description,
  license: 'MIT',
  type: 'module',
  sideEffects: false,
  engines: { node: '>=20.18.1' },
  main: './dist/index.cjs',
  module: './dist/index.js',
  types: './dist/index.d.cts',
  exports: { '.': entry('index'), './package.json': './package.json' },
  files: ['dist'],
  scripts: {
    build: 'tsup',
    test: 'vitest run',
    typecheck: 'tsc -p tsconfig.json',
    lint: 'biome check .',
  },
  dependencies: {},
  devDependencies: {},
}
const json = (value) => `${JSON.stringify(value, null, 2)}\n`
writeFileSync(new URL('package.json', dir), json(pkg))
writeFileSync(
  new URL('tsconfig.json', dir),
  json({ extends: '../../tsconfig.base.json', include: ['src', 'test', '*.config.ts'] }),
)
writeFileSync(
  new URL('tsup.config.ts', dir),
  `import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
})
`,
)
writeFileSync(
  new URL('vitest.config.ts', dir),
  `import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['@orsdk/test-support/setup'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
})
`,
)
console.log(
  `packages/${name} created: run node scripts/package-metadata.mjs for its npm metadata and LICENSE`,
)
