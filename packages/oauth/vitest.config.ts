import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['@orsdk/test-support/setup'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
})
