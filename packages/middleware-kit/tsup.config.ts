import { defineConfig } from 'tsup'

export default defineConfig({
  // tracing and redis are entries of their own: users without OpenTelemetry never load
  // @opentelemetry/api, and the main entry never references a Redis client.
  entry: ['src/index.ts', 'src/tracing.ts', 'src/redis.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['@opentelemetry/api'],
})
