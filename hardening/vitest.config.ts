import { defineConfig } from 'vitest/config'

/**
 * Four projects, one folder each. Load-sensitive ones run alone (groupOrder): the soak's memory
 * figures and the chaos suite's timing bounds must not share two cores with another project.
 */
const project = (name: string, groupOrder: number, testTimeout: number) => ({
  test: {
    name,
    include: [`test/${name}/**/*.test.ts`],
    setupFiles: ['test/support/unhandled-rejections.ts'],
    // --expose-gc: heap figures are taken after a forced collection.
    execArgv: ['--expose-gc'],
    testTimeout,
    hookTimeout: 30_000,
    sequence: { groupOrder },
  },
})

export default defineConfig({
  test: {
    projects: [
      project('secrets', 0, 30_000),
      project('fuzz', 0, 120_000),
      project('chaos', 1, 180_000),
      project('soak', 2, 180_000),
    ],
  },
})
