#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { startMockServer } from './start-mock-server'

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '0' }, host: { type: 'string', default: '127.0.0.1' } },
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`--port must be an integer from 0 to 65535, got ${values.port}`)
  }
  const server = await startMockServer({ port, host: values.host })
  process.stdout.write(`${JSON.stringify({ url: server.url, baseURL: server.baseURL })}\n`)
  const stop = (): void => {
    void server.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`orsdk-mock-server: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
