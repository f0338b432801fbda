import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

export default defineConfig({
  define: { __ORSDK_TRANSPORT_VERSION__: JSON.stringify(version) },
  // The tests run the sources on Node: `#platform` is the Node platform (a `fetch` option still
  // selects the fetch engine, which is how both engines are tested).
  resolve: { alias: { '#platform': fileURLToPath(new URL('./src/platform.node.ts', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['@orsdk/test-support/setup'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
})
