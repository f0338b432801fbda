import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['@orsdk/test-support/setup', 'test/setup/fixture-snapshot.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
})
