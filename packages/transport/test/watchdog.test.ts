import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createWatchdog } from '../src/watchdog.js'

describe('createWatchdog', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('fires once ms pass without touch, and not a moment before', () => {
    const onIdle = vi.fn()
    createWatchdog(1000, onIdle)
    vi.advanceTimersByTime(999)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(onIdle).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(10_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('starts the idle clock again on touch', () => {
    const onIdle = vi.fn()
    const watchdog = createWatchdog(1000, onIdle)
    vi.advanceTimersByTime(800)
    watchdog.touch()
    vi.advanceTimersByTime(800)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(200)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('does not count paused time, and counts afresh from resume', () => {
    const onIdle = vi.fn()
    const watchdog = createWatchdog(1000, onIdle)
    watchdog.pause()
    vi.advanceTimersByTime(5000)
    expect(onIdle).not.toHaveBeenCalled()
    watchdog.resume()
    vi.advanceTimersByTime(999)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('never fires after stop, and leaves no timer behind', () => {
    const onIdle = vi.fn()
    createWatchdog(1000, onIdle).stop()
    expect(vi.getTimerCount()).toBe(0)
    vi.advanceTimersByTime(5000)
    expect(onIdle).not.toHaveBeenCalled()
  })

  it('arms no timer at all for an infinite bound', () => {
    createWatchdog(Number.POSITIVE_INFINITY, vi.fn())
    expect(vi.getTimerCount()).toBe(0)
  })
})
