import { defineConfig } from 'tsup'

export default defineConfig({
  // tracing is its own entry so users without OpenTelemetry never load @opentelemetry/api.
  entry: ['src/index.ts', 'src/tracing.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['@opentelemetry/api'],
})
