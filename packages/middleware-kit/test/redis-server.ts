import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient } from 'redis'

/** A `redis-server` of a test's own: loopback, no persistence, a temp dir removed at stop. */
export interface RedisServer {
  url: string
  /** Sends `signal` to the server (SIGKILL: an outage; SIGSTOP / SIGCONT: a hang and its end). */
  signal(signal: NodeJS.Signals): void
  stop(): Promise<void>
}

/** Starts Debian's `redis-server` (apt-get install -y redis-server) on a free loopback port. */
export async function startRedisServer(): Promise<RedisServer> {
  const dir = await mkdtemp(join(tmpdir(), 'orsdk-redis-'))
  for (let tries = 0; ; tries++) {
    const port = await freePort()
    const server = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    const output: string[] = []
    server.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    server.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    const started = await ready(server, output)
    if (started) return handle(server, `redis://127.0.0.1:${port}`, dir)
    // Another process took the port between our probe and the server's bind: pick another.
    if (tries >= 3) {
      await rm(dir, { recursive: true, force: true })
      throw new Error(`redis-server did not start (is it installed?):\n${output.join('')}`)
    }
  }
}

/** Connects a node-redis client; errors of a killed server are the test's subject, not noise. */
export async function connectRedis(url: string) {
  const client = createClient({ url })
  client.on('error', () => {})
  await client.connect()
  return client
}

function handle(server: ChildProcess, url: string, dir: string): RedisServer {
  return {
    url,
    signal: (signal) => {
      if (server.exitCode === null && server.signalCode === null) server.kill(signal)
    },
    async stop() {
      if (server.exitCode === null && server.signalCode === null) {
        const exited = once(server, 'exit')
        server.kill('SIGCONT')
        server.kill('SIGKILL')
        await exited
      }
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** Resolves true once the server accepts connections, false if it exits first. */
function ready(server: ChildProcess, output: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => {
      if (!output.join('').includes('Ready to accept connections')) return
      server.stdout?.off('data', check)
      server.off('exit', exited)
      resolve(true)
    }
    const exited = () => resolve(false)
    server.stdout?.on('data', check)
    server.once('exit', exited)
    server.once('error', exited)
  })
}

async function freePort(): Promise<number> {
  const probe = createServer()
  probe.listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const address = probe.address()
  probe.close()
  await once(probe, 'close')
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}
