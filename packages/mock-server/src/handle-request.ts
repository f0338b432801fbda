import type { IncomingMessage, ServerResponse } from 'node:http'
import { sendCannedResponse } from './canned-response'
import { sendPreflight, setCorsHeaders } from './cors'
import { buildErrorBody } from './errors'
import type { Exchange, ServerState } from './exchange'
import { type RecordedRequest, readRequest } from './record-request'
import { dispatch, streamsBody } from './routes'
import { resolveScenario, SCENARIO_HEADER, type Scenario } from './scenario'
import { sleep } from './timing'

/** What the request handler needs from its server. */
export interface HandlerContext {
  state: ServerState
  requests: RecordedRequest[]
  script: ((request: RecordedRequest) => Scenario | undefined) | undefined
}

function sendPlainError(response: ServerResponse, status: number, message: string): void {
  const text = JSON.stringify(buildErrorBody(status, message))
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  })
  response.end(text)
}

async function answer(request: IncomingMessage, response: ServerResponse, context: HandlerContext) {
  const controller = new AbortController()
  // 'close' fires when the response finished, the client left or close() destroyed the socket:
  // every timer of this request listens to this signal, so none outlives it.
  response.once('close', () => controller.abort())
  const { recorded, body } = await readRequest(request, streamsBody)
  context.requests.push(recorded)
  setCorsHeaders(response)
  if (recorded.method === 'OPTIONS') {
    sendPreflight(response)
    return
  }
  let scenario: Scenario
  try {
    const header = request.headers[SCENARIO_HEADER]
    scenario = resolveScenario(recorded, Array.isArray(header) ? header[0] : header, context.script)
  } catch (error) {
    sendPlainError(response, 400, (error as Error).message)
    return
  }
  const exchange: Exchange = {
    request,
    response,
    recorded,
    body,
    scenario,
    state: context.state,
    signal: controller.signal,
  }
  if (scenario.headersDelayMs !== undefined && !(await sleep(scenario.headersDelayMs, controller.signal)))
    return
  if (scenario.resetBeforeHeaders === true) {
    request.socket.destroy()
    return
  }
  if (await sendCannedResponse(exchange)) return
  await dispatch(exchange)
}

/** Handles one HTTP request: records it, resolves its scenario, then answers it (never rejects). */
export async function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  context: HandlerContext,
) {
  try {
    await answer(request, response, context)
  } catch (error) {
    if (!response.headersSent && !response.destroyed) {
      sendPlainError(response, 500, `Emulator failure: ${(error as Error).message}`)
    } else {
      response.destroy()
    }
  }
}
