import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the fake OpenRouter answers; tests change it between runs. */
export interface ServedCatalog {
  /** `/models` body, or raw text when a string (malformed answers). */
  models: unknown
  providers: unknown
}

export interface CatalogServer {
  readonly baseURL: string
  readonly requests: { url: string; authorization: string | undefined }[]
  close(): Promise<void>
}

/**
 * A loopback stand-in for OpenRouter's catalog endpoints (port 0, 127.0.0.1). Like the real API,
 * `/models` without `output_modalities=all` answers text-output models only.
 */
export async function startCatalogServer(served: ServedCatalog): Promise<CatalogServer> {
  const requests: CatalogServer['requests'] = []
  const server = createServer((request: IncomingMessage, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    requests.push({ url: url.pathname + url.search, authorization: request.headers.authorization })
    const send = (body: unknown) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(typeof body === 'string' ? body : JSON.stringify(body))
    }
    if (url.pathname === '/api/v1/models') {
      send(url.searchParams.get('output_modalities') === 'all' ? served.models : textOnly(served.models))
    } else if (url.pathname === '/api/v1/providers') {
      send(served.providers)
    } else {
      response.writeHead(404, { 'content-type': 'application/json' })
      response.end('{"error":{"code":404,"message":"Not Found"}}')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseURL: `http://127.0.0.1:${port}/api/v1`,
    requests,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}

function textOnly(models: unknown): unknown {
  if (typeof models !== 'object' || models === null || !('data' in models) || !Array.isArray(models.data)) {
    return models
  }
  const data = models.data.filter((model: { architecture?: { output_modalities?: string[] } }) =>
    model.architecture?.output_modalities?.includes('text'),
  )
  return { ...models, data }
}
