/** A timer that fires `onIdle` once `ms` pass without `touch()` while not paused. */
export interface Watchdog {
  /** Progress happened: the idle clock starts again. */
  touch(): void
  /** Time from now until `resume()` does not count (the consumer holds the stream). */
  pause(): void
  resume(): void
  stop(): void
}

const inert: Watchdog = { touch() {}, pause() {}, resume() {}, stop() {} }

/**
 * One timer per watched body rather than one per chunk: `touch` only records the time,
 * and the timer, when it fires early, re-arms itself for what remains. Chunks on the hot
 * path then cost a clock read instead of a clearTimeout/setTimeout pair.
 */
export function createWatchdog(ms: number, onIdle: () => void): Watchdog {
  if (!Number.isFinite(ms) || ms <= 0) return inert
  let last = performance.now()
  let paused = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const arm = (delay: number) => {
    timer = setTimeout(check, delay)
    // Never keep a process alive only to watch a body.
    ;(timer as { unref?: () => void }).unref?.()
  }
  const check = () => {
    if (paused) return arm(ms)
    const elapsed = performance.now() - last
    if (elapsed >= ms) {
      timer = undefined
      onIdle()
    } else arm(ms - elapsed)
  }
  arm(ms)
  return {
    touch() {
      last = performance.now()
    },
    pause() {
      paused = true
    },
    resume() {
      paused = false
      last = performance.now()
    },
    stop() {
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
    },
  }
}
