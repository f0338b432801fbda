import { rejection } from '@orsdk/test-support'
import { createClient, isOpenRouterError, type Middleware } from '@orsdk/transport'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type VideoJob, waitForVideo } from '../src/index.js'

// The timing of the poll, on fake timers: every poll is answered by a middleware, so no socket
// (whose own timers fake time would freeze) is involved.

/** A client whose polls get these job states in turn, each with the given Retry-After. */
function scripted(states: { status: string; retryAfter?: string }[]) {
  const polls: number[] = []
  let index = 0
  const answer: Middleware = async () => {
    polls.push(Date.now())
    const state = states[Math.min(index++, states.length - 1)] ?? { status: 'pending' }
    const data: VideoJob = { id: 'job-1', polling_url: '/api/v1/videos/job-1', status: state.status }
    const headers = new Headers(state.retryAfter === undefined ? {} : { 'retry-after': state.retryAfter })
    return { type: 'json', status: 200, headers, data }
  }
  const client = createClient({
    baseURL: 'http://127.0.0.1:9/api/v1',
    apiKey: 'sk-or-v1-test',
    middleware: [answer],
  })
  return { client, polls }
}

describe('waitForVideo timing', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('polls at once, then every pollIntervalMs, 5 s by default', async () => {
    const { client, polls } = scripted([
      { status: 'pending' },
      { status: 'in_progress' },
      { status: 'completed' },
    ])
    const done = waitForVideo('job-1', { client })
    await vi.advanceTimersByTimeAsync(10_000)
    expect((await done).status).toBe('completed')
    expect(polls).toEqual([0, 5000, 10_000])
    const custom = scripted([{ status: 'pending' }, { status: 'completed' }])
    const quick = waitForVideo('job-1', { client: custom.client, pollIntervalMs: 250 })
    await vi.advanceTimersByTimeAsync(250)
    await quick
    expect(custom.polls).toEqual([10_000, 10_250])
    await Promise.all([client.close(), custom.client.close()])
  })

  it('waits what Retry-After asks instead of pollIntervalMs', async () => {
    const { client, polls } = scripted([{ status: 'pending', retryAfter: '30' }, { status: 'completed' }])
    const done = waitForVideo('job-1', { client, pollIntervalMs: 1000 })
    await vi.advanceTimersByTimeAsync(29_999)
    expect(polls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    await done
    expect(polls).toEqual([0, 30_000])
    await client.close()
  })

  it('times out after timeoutMs (15 minutes by default) with the last job, leaving no timer', async () => {
    const { client } = scripted([{ status: 'in_progress' }])
    const error = rejection(waitForVideo('job-1', { client }))
    await vi.advanceTimersByTimeAsync(15 * 60_000)
    const timeout = await error
    expect(isOpenRouterError(timeout) && timeout.kind).toBe('timeout')
    expect(isOpenRouterError(timeout) && (timeout.partial as VideoJob).status).toBe('in_progress')
    expect(vi.getTimerCount()).toBe(0)
    await client.close()
  })

  it('stops at once when aborted between polls, leaving no timer', async () => {
    const { client, polls } = scripted([{ status: 'pending' }])
    const controller = new AbortController()
    const error = rejection(waitForVideo('job-1', { client, signal: controller.signal }))
    await vi.advanceTimersByTimeAsync(2000)
    controller.abort()
    expect(((await error) as Error).name).toBe('AbortError')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(polls).toHaveLength(1)
    expect(vi.getTimerCount()).toBe(0)
    await client.close()
  })
})
