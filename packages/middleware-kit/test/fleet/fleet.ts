import { type ChildProcess, fork } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'

/** What every worker is started with (see worker.mjs). */
export interface FleetSettings {
  baseURL: string
  apiKey: string
  redisURL: string
  prefix: string
  breakerModel: string
  limits: { requests: number; intervalMs: number }
}

/** Worker processes driven over IPC. */
export interface Fleet {
  /** One breaker call from worker `index` at the time `now`: 'ok', the error's code or status. */
  call(index: number, now: number): Promise<string>
  /** One breaker call from every worker at once. */
  callAll(now: number): Promise<string[]>
  /** Sends `model` requests through one limiter of every worker, from `workers` loops each, for `durationMs`. */
  load(options: {
    limiter: 'redis' | 'memory'
    model: string
    durationMs: number
    workers: number
  }): Promise<void>
  close(): Promise<void>
}

type Reply = { type: string; outcome?: string }

/** Forks `count` workers and waits until each has connected to Redis. */
export async function startFleet(count: number, settings: FleetSettings): Promise<Fleet> {
  const worker = fileURLToPath(new URL('./worker.mjs', import.meta.url))
  const children = Array.from({ length: count }, () =>
    fork(worker, [JSON.stringify(settings)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  )
  await Promise.all(children.map((child) => reply(child, 'ready')))
  const childAt = (index: number) => {
    const child = children[index]
    if (child === undefined) throw new Error(`no worker ${index}`)
    return child
  }
  const call = async (index: number, now: number) => {
    const child = childAt(index)
    const answer = reply(child, 'called')
    child.send({ type: 'call', now })
    return (await answer).outcome ?? 'none'
  }
  return {
    call,
    callAll: (now) => Promise.all(children.map((_, index) => call(index, now))),
    async load(options) {
      await Promise.all(
        children.map((child) => {
          const answer = reply(child, 'loaded')
          child.send({ type: 'load', ...options })
          return answer
        }),
      )
    },
    async close() {
      await Promise.all(
        children.map(async (child) => {
          if (child.exitCode !== null || child.signalCode !== null) return
          const exited = once(child, 'exit')
          if (child.connected) child.send({ type: 'close' })
          else child.kill()
          await exited
        }),
      )
    },
  }
}

/** The next message of `type` from `child`; rejects if the child exits first. */
function reply(child: ChildProcess, type: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: Reply) => {
      if (message.type !== type) return
      child.off('message', onMessage)
      child.off('exit', onExit)
      resolve(message)
    }
    const onExit = (code: number | null) => {
      child.off('message', onMessage)
      reject(new Error(`worker exited with ${code} before '${type}'`))
    }
    child.on('message', onMessage)
    child.once('exit', onExit)
  })
}
