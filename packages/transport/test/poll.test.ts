import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isOpenRouterError } from '../src/index.js'
import { poll } from '../src/protocol.js'
import { rejection } from './helpers.js'

interface Job {
  status: string
}

/** A `check` that answers the given states in turn, recording the signal of each ask. */
function answers(states: { status: string; retryAfter?: string }[]) {
  const signals: AbortSignal[] = []
  let index = 0
  const check = vi.fn(async (signal: AbortSignal) => {
    signals.push(signal)
    const state = states[Math.min(index++, states.length - 1)] ?? { status: 'pending' }
    const headers = new Headers(state.retryAfter === undefined ? {} : { 'retry-after': state.retryAfter })
    return { value: { status: state.status }, headers }
  })
  return { check, signals }
}

const isDone = (job: Job) => job.status === 'completed' || job.status === 'failed'

describe('poll', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('asks again after intervalMs until done, reporting every state', async () => {
    const { check } = answers([{ status: 'pending' }, { status: 'in_progress' }, { status: 'completed' }])
    const onProgress = vi.fn()
    const done = poll({ operation: 'waitForJob', check, isDone, intervalMs: 1000, onProgress })
    await vi.advanceTimersByTimeAsync(0)
    expect(check).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(999)
    expect(check).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(check).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(1000)
    expect(await done).toEqual({ status: 'completed' })
    expect(onProgress.mock.calls.map(([job]) => job.status)).toEqual(['pending', 'in_progress', 'completed'])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('waits what Retry-After asks instead of the interval', async () => {
    const { check } = answers([{ status: 'pending', retryAfter: '7' }, { status: 'completed' }])
    const done = poll({ operation: 'waitForJob', check, isDone, intervalMs: 1000 })
    await vi.advanceTimersByTimeAsync(6999)
    expect(check).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(await done).toEqual({ status: 'completed' })
  })

  it('rejects at the deadline with kind timeout and the last state, aborting the ask in flight', async () => {
    const { check, signals } = answers([{ status: 'pending' }])
    const done = rejection(
      poll({ operation: 'waitForJob', check, isDone, intervalMs: 1000, timeoutMs: 2500 }),
    )
    await vi.advanceTimersByTimeAsync(2500)
    const error = await done
    expect(isOpenRouterError(error) && error.kind).toBe('timeout')
    expect((error as Error).message).toBe('waitForJob: not done within 2500 ms (timeoutMs)')
    expect(isOpenRouterError(error) && error.partial).toEqual({ status: 'pending' })
    expect(check).toHaveBeenCalledTimes(3)
    expect(signals.every((signal) => signal.aborted)).toBe(true)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('rejects with the abort reason during a wait, and asks no more', async () => {
    const { check } = answers([{ status: 'pending' }])
    const controller = new AbortController()
    const done = rejection(
      poll({ operation: 'waitForJob', check, isDone, intervalMs: 1000, signal: controller.signal }),
    )
    await vi.advanceTimersByTimeAsync(500)
    controller.abort()
    expect(((await done) as Error).name).toBe('AbortError')
    await vi.advanceTimersByTimeAsync(5000)
    expect(check).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('rejects with the abort reason during an ask, whatever the ask rejects with', async () => {
    const controller = new AbortController()
    const check = (signal: AbortSignal) =>
      new Promise<{ value: Job }>((_, reject) =>
        signal.addEventListener('abort', () => reject(new Error('cut'))),
      )
    const done = rejection(
      poll({ operation: 'waitForJob', check, isDone, intervalMs: 1000, signal: controller.signal }),
    )
    controller.abort(new DOMException('stop', 'AbortError'))
    expect(((await done) as Error).message).toBe('stop')
  })

  it('rejects at once for a signal already aborted, asking nothing', async () => {
    const { check } = answers([{ status: 'pending' }])
    const error = await rejection(
      poll({ operation: 'waitForJob', check, isDone, intervalMs: 1000, signal: AbortSignal.abort() }),
    )
    expect((error as Error).name).toBe('AbortError')
    expect(check).not.toHaveBeenCalled()
  })

  it('passes an error of the ask on as it is', async () => {
    const check = async () => {
      throw new Error('HTTP 500')
    }
    expect(
      ((await rejection(poll({ operation: 'w', check, isDone, intervalMs: 10 }))) as Error).message,
    ).toBe('HTTP 500')
  })
})
