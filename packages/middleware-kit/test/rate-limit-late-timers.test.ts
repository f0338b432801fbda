import type { MiddlewareResponse } from '@orsdk/transport'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { rateLimit } from '../src/rate-limit.js'
import { middlewareRequest } from './helpers.js'

// Regression: the limiter once reserved start times ahead and slept until them; when the event
// loop stalled, the timers of several waiters fired together and a burst over quota went out.
describe('rateLimit when timers fire late', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('never lets more than `requests` start within one interval, even after a stalled event loop', async () => {
    vi.useFakeTimers({ now: 0 })
    const starts: number[] = []
    const answer: MiddlewareResponse = { type: 'json', status: 200, headers: new Headers(), data: {} }
    const next = async () => {
      starts.push(Date.now())
      return answer
    }
    const limiter = rateLimit({ requests: 2, intervalMs: 60 })
    const calls = Promise.all([1, 2, 3, 4, 5].map(() => limiter(middlewareRequest(), next)))
    await vi.advanceTimersByTimeAsync(0)
    expect(starts).toEqual([0, 0])
    // A stalled event loop: the clock jumps 200 ms and every due timer fires in that one turn,
    // before any waiter runs again.
    vi.advanceTimersByTime(200)
    await vi.advanceTimersByTimeAsync(0)
    expect(starts).toEqual([0, 0, 200, 200])
    await vi.advanceTimersByTimeAsync(60)
    expect(starts).toEqual([0, 0, 200, 200, 260])
    await calls
    for (let index = 2; index < starts.length; index++)
      expect((starts[index] ?? 0) - (starts[index - 2] ?? 0)).toBeGreaterThanOrEqual(60)
  })
})
