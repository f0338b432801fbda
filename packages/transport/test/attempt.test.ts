import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startAttempt } from '../src/attempt.js'
import { isOpenRouterError } from '../src/index.js'

describe('startAttempt', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('aborts with a totalMs timeout error when the bound passes, and not a moment before', () => {
    const attempt = startAttempt(undefined, 500)
    vi.advanceTimersByTime(499)
    expect(attempt.signal?.aborted).toBe(false)
    vi.advanceTimersByTime(1)
    const reason = attempt.signal?.reason
    expect(isOpenRouterError(reason) && reason.kind).toBe('timeout')
    expect(isOpenRouterError(reason) && reason.message).toContain('within 500 ms (timeout.totalMs)')
  })

  it('clears its timer and the listener on the caller signal when it ends', () => {
    const caller = new AbortController()
    const remove = vi.spyOn(caller.signal, 'removeEventListener')
    const attempt = startAttempt(caller.signal, 500)
    attempt.end()
    expect(vi.getTimerCount()).toBe(0)
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function))
    caller.abort()
    expect(attempt.signal?.aborted).toBe(false)
  })

  it("passes the caller's abort reason through as is", () => {
    const caller = new AbortController()
    const attempt = startAttempt(caller.signal, 500)
    const reason = new Error('user went away')
    caller.abort(reason)
    expect(attempt.signal?.reason).toBe(reason)
    attempt.end()
  })

  it('adds no signal and no timer when nothing bounds the call', () => {
    const caller = new AbortController()
    expect(startAttempt(caller.signal, undefined).signal).toBe(caller.signal)
    expect(startAttempt(undefined, undefined).signal).toBeUndefined()
    expect(vi.getTimerCount()).toBe(0)
  })
})
