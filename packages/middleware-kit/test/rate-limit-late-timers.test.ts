import type { Middleware } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { rateLimit } from '../src/rate-limit.js'
import { chatSpec, engines, withServer } from './helpers.js'

// Regression: the limiter once reserved start times ahead and slept until them; when the event
// loop stalled, the timers of several waiters fired together and a burst over quota went out.
describe('rateLimit when timers fire late', () => {
  it('never lets more than `requests` start within one interval, even after a stalled event loop', async () => {
    await withServer(undefined, async (server) => {
      const starts: number[] = []
      const stamp: Middleware = (request, next) => {
        starts.push(Date.now())
        return next(request)
      }
      const client = engines[0]?.client(server, [rateLimit({ requests: 2, intervalMs: 60 }), stamp])
      if (client === undefined) throw new Error('no engine')
      const calls = Promise.all([1, 2, 3, 4, 5].map(() => client.request(chatSpec())))
      // Block the event loop past every waiter's wake-up time, so their timers fire together.
      const blockUntil = Date.now() + 200
      while (Date.now() < blockUntil) {
        // busy wait
      }
      await calls
      for (let index = 2; index < starts.length; index++) {
        expect((starts[index] ?? 0) - (starts[index - 2] ?? 0)).toBeGreaterThanOrEqual(60)
      }
    })
  })
})
