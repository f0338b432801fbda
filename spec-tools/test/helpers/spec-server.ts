import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the fake openrouter.ai answers; tests change it between runs. */
export interface ServedSpec {
  /** Body of /openapi.yaml and /openapi.json. */
  text: string
  status: number
}

export interface SpecServer {
  /** `http://127.0.0.1:PORT`: the spec is at `${origin}/openapi.yaml`. */
  readonly origin: string
  readonly requests: { url: string; authorization: string | undefined }[]
  close(): Promise<void>
}

/** A loopback stand-in for the site that publishes OpenRouter's OpenAPI spec (port 0, 127.0.0.1). */
export async function startSpecServer(served: ServedSpec): Promise<SpecServer> {
  const requests: SpecServer['requests'] = []
  const server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', authorization: request.headers.authorization })
    if (request.url === '/openapi.yaml' || request.url === '/openapi.json') {
      const type = request.url.endsWith('.json') ? 'application/json' : 'application/yaml'
      response.writeHead(served.status, { 'content-type': served.status === 200 ? type : 'text/html' })
      response.end(served.text)
      return
    }
    response.writeHead(404, { 'content-type': 'text/plain' })
    response.end('Not Found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
