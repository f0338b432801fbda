import { type ChildProcess, fork } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'

/** The emulator in a child process: its own fd limit and heap, driven over IPC. */
export interface EmulatorProcess {
  baseURL: string
  pid: number | undefined
  openConnections(): Promise<number>
  requestCount(): Promise<number>
  reset(): Promise<void>
  close(): Promise<void>
}

type Reply = { type: string; count?: number; baseURL?: string }

function ask(child: ChildProcess, type: string): Promise<Reply> {
  return new Promise((resolve) => {
    const listen = (message: Reply) => {
      if (message.type !== type) return
      child.off('message', listen)
      resolve(message)
    }
    child.on('message', listen)
    child.send({ type })
  })
}

/** Forks `emulator-process.mjs` and waits until it listens. */
export async function startEmulatorProcess(): Promise<EmulatorProcess> {
  const child = fork(fileURLToPath(new URL('./emulator-process.mjs', import.meta.url)), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const [ready] = (await once(child, 'message')) as [Reply]
  if (ready.type !== 'ready' || ready.baseURL === undefined)
    throw new Error('the emulator process did not start')
  return {
    baseURL: ready.baseURL,
    pid: child.pid,
    openConnections: async () => (await ask(child, 'connections')).count ?? -1,
    requestCount: async () => (await ask(child, 'requests')).count ?? -1,
    reset: async () => {
      await ask(child, 'reset')
    },
    close: async () => {
      if (child.exitCode !== null) return
      const exited = once(child, 'exit')
      child.send({ type: 'close' })
      await exited
    },
  }
}
