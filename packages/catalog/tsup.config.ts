import { defineConfig } from 'tsup'

export default defineConfig([
  {
    // The live entry imports only types from the main one, so no snapshot data reaches it, and
    // `@orsdk/transport` (a peer dependency) stays external: the main entry never imports it. The
    // descriptions entry holds the descriptions and nothing of the rows. No shared chunks: the
    // entries share a few lines, and each file stays whole (as the CJS build is anyway).
    entry: {
      index: 'src/index.ts',
      'live/index': 'src/live/index.ts',
      'descriptions/index': 'src/descriptions/index.ts',
    },
    format: ['esm', 'cjs'],
    splitting: false,
    dts: true,
    sourcemap: true,
    // The embedded snapshot is one long line of JSON: its source text would double each map's size.
    esbuildOptions: (options) => {
      options.sourcesContent = false
    },
    target: 'es2022',
  },
  {
    // The refresh command, built apart so valibot is bundled into it (and only it): installing the
    // catalog brings no dependency. `dist/` is cleaned by the build script, not here, because the
    // two builds run at once.
    entry: { 'refresh/cli': 'src/refresh/cli.ts' },
    format: ['esm'],
    platform: 'node',
    noExternal: ['valibot'],
    target: 'node20',
  },
])
