import { defineConfig } from 'tsup'

export default defineConfig({
  // The public entry, and the two ways the package's `#file-path` import reads a path.
  entry: ['src/index.ts', 'src/file-path.node.ts', 'src/file-path.fetch.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: ['src/index.ts'] },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  removeNodeProtocol: false,
  external: ['#file-path'],
})
