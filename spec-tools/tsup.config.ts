import { defineConfig } from 'tsup'

// A private tool, never published: its dependencies stay external and are resolved from the
// workspace's node_modules when `pnpm spec:generate` / `pnpm spec:refresh` run it.
export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  platform: 'node',
  sourcemap: true,
  clean: true,
  target: 'node20',
  skipNodeModulesBundle: true,
})
