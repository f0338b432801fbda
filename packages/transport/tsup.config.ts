import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

export default defineConfig({
  // The public entries, and the platforms the package's `#platform` import picks from
  // (test/packaging.test.ts checks that every target of `imports` and `exports` is built).
  entry: [
    'src/index.ts',
    'src/protocol.ts',
    'src/valibot.ts',
    'src/platform.node.ts',
    'src/platform.bun.ts',
    'src/platform.fetch.ts',
    'src/platform.browser.ts',
  ],
  format: ['esm', 'cjs'],
  dts: { entry: ['src/index.ts', 'src/protocol.ts', 'src/valibot.ts'] },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  removeNodeProtocol: false,
  // Shared chunks in both formats: the entries hold one client module, so one `defaultClient`.
  splitting: true,
  external: ['#platform'],
  // The two libraries' code is compiled in (of valibot, only what src/valibot.ts lists): loading
  // them from node_modules was most of a Node cold import. Their types stay imports of the
  // dependencies; their licenses ship in THIRD_PARTY_LICENSES.md.
  noExternal: ['valibot', 'eventsource-parser'],
  define: { __ORSDK_TRANSPORT_VERSION__: JSON.stringify(version) },
})
