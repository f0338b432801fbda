import { afterAll, expect } from 'vitest'

/**
 * Counts unhandled rejections and uncaught exceptions in the worker, and fails the file if
 * any happened. vitest reports them too; counting them here makes "zero" an assertion.
 */
const counts = { unhandledRejection: 0, uncaughtException: 0, last: undefined as unknown }
process.on('unhandledRejection', (reason) => {
  counts.unhandledRejection++
  counts.last = reason
})
process.on('uncaughtExceptionMonitor', (error) => {
  counts.uncaughtException++
  counts.last = error
})

afterAll(() => {
  expect(
    { unhandledRejection: counts.unhandledRejection, uncaughtException: counts.uncaughtException },
    String(counts.last),
  ).toEqual({
    unhandledRejection: 0,
    uncaughtException: 0,
  })
})
