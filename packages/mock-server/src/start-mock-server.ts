import { createServer } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { createCatalogStore } from './catalog-store'
import type { ServerState } from './exchange'
import { createFileStore, type FileStore } from './file-store'
import { createGenerationStore } from './generation-store'
import { handleRequest } from './handle-request'
import type { RecordedRequest } from './record-request'
import { createAuthCodeStore } from './routes/auth-code-store'
import type { Scenario } from './scenario'
import { createSpecState } from './spec-state'
import { createVideoStore } from './video-store'

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Port to listen on; default 0 (a free port). */
  port?: number
  /** Host to listen on; default '127.0.0.1'. */
  host?: string
  /** Scripts each request; its result wins over the `x-mock-scenario` header. */
  script?: (request: RecordedRequest) => Scenario | undefined
  /** Replaces the /models document (`{data:[...]}`); default the bundled models-all.json snapshot. */
  models?: unknown
  /** Replaces the /providers document; default the bundled providers.json snapshot. */
  providers?: unknown
  /** How long an OAuth code stays valid; default 10 minutes. */
  authCodeTtlMs?: number
}

/** A running emulator. */
export interface MockServer {
  /** Site origin, e.g. http://127.0.0.1:PORT (where /auth lives). */
  url: string
  /** `url + '/api/v1'`: pass it as the SDK's baseURL. */
  baseURL: string
  /** Every request received, in order, with credentials redacted. */
  requests: RecordedRequest[]
  /** TCP connections currently open on the server. */
  openConnections(): number
  /**
   * The files `POST /files` stored, with their real bytes (`files.get(id)?.bytes()`), and `add()` for
   * a file as if OpenRouter had created it (downloadable, unlike uploads).
   */
  files: Pick<FileStore, 'get' | 'list' | 'add'>
  /** Swaps the served catalog at run time. */
  setCatalog(catalog: { models?: unknown; providers?: unknown }): void
  /** Clears `requests`. */
  reset(): void
  /** Closes the server and destroys every open socket, stalled streams included; resolves when done. */
  close(): Promise<void>
}

const TEN_MINUTES_MS = 10 * 60 * 1000

/**
 * Starts a local OpenRouter emulator on loopback.
 *
 * @example
 * ```ts
 * const server = await startMockServer()
 * const response = await fetch(`${server.baseURL}/chat/completions`, {
 *   method: 'POST',
 *   headers: { authorization: 'Bearer sk-or-v1-test', 'content-type': 'application/json' },
 *   body: JSON.stringify({ model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }),
 * })
 * console.log((await response.json()).choices[0].message.content)
 * await server.close()
 * ```
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1'
  const state: ServerState = {
    catalog: createCatalogStore({ models: options.models, providers: options.providers }),
    generations: createGenerationStore(),
    authCodes: createAuthCodeStore(),
    authCodeTtlMs: options.authCodeTtlMs ?? TEN_MINUTES_MS,
    files: createFileStore(),
    videos: createVideoStore(),
    spec: createSpecState(),
  }
  const requests: RecordedRequest[] = []
  const context = { state, requests, script: options.script }
  const sockets = new Set<Socket>()
  const server = createServer((request, response) => void handleRequest(request, response, context))
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  let closing: Promise<void> | undefined

  return {
    url,
    baseURL: `${url}/api/v1`,
    requests,
    openConnections: () => sockets.size,
    files: {
      get: (id) => state.files.get(id),
      list: () => state.files.list(),
      add: (file) => state.files.add(file),
    },
    setCatalog: (catalog) => state.catalog.set(catalog),
    reset: () => {
      requests.length = 0
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections?.()
        for (const socket of sockets) socket.destroy()
      })
      return closing
    },
  }
}
