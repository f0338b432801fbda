import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Chromium's start and the page bundle dominate; the browser test itself takes seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // The page renders as the emulator streams; waits end on what the page shows, within 10 s.
    expect: { poll: { timeout: 10_000 } },
  },
})
