import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { ResponsesStream, responsesStream } from '../src/index.js'
import {
  collect,
  engines,
  params,
  rejection,
  scenario,
  useClient,
  useMockServer,
  weatherTool,
} from './helpers.js'

const mock = useMockServer()

describe.each(engines)('forwarding a responses stream on the $name', (engine) => {
  const client = useClient(() => engine.client(mock.server.baseURL))
  const extra = { tools: [weatherTool], reasoning: { effort: 'low' as const, summary: 'auto' as const } }

  it('rebuilds the same events and response when toReadableStream feeds fromReadableStream', async () => {
    const direct = await collect(await responsesStream(params(extra), { client: client() }))
    const rebuilt = ResponsesStream.fromReadableStream(
      (await responsesStream(params(extra), { client: client() })).toReadableStream(),
    )
    expect((await collect(rebuilt)).map((event) => event.type)).toEqual(direct.map((event) => event.type))
    const again = ResponsesStream.fromReadableStream(
      (await responsesStream(params(extra), { client: client() })).toReadableStream(),
    )
    const result = await again.finalResponse()
    expect(result.output.map((item) => item.type)).toEqual(['reasoning', 'function_call'])
    expect(result.usage?.cost).toBeGreaterThan(0)
  })

  it('rebuilds the response from a fetch Response, as a browser reads a forwarding server', async () => {
    const source = await responsesStream(
      params(),
      scenario({ chunks: 5, text: 'a b c d e' }, { client: client() }),
    )
    const response = new Response(source.toReadableStream(), {
      headers: { 'content-type': 'text/event-stream' },
    })
    expect((await ResponsesStream.fromResponse(response).finalResponse()).output_text).toBe('a b c d e')
  })

  it('rethrows a failure on the receiving side with the same kind, code and partial response', async () => {
    const source = await responsesStream(
      params(),
      scenario(
        { chunks: 4, errorAfter: 6, errorCode: 'rate_limit_exceeded', text: 'aa bb cc dd' },
        { client: client() },
      ),
    )
    const error = await rejection(
      ResponsesStream.fromReadableStream(source.toReadableStream()).finalResponse(),
    )
    if (!isOpenRouterError(error)) throw error
    expect(error).toMatchObject({
      kind: 'rate_limit',
      code: 'rate_limit_exceeded',
      errorType: 'rate_limit_exceeded',
    })
    expect(error.message).toContain('Rate limit exceeded')
    expect(error.message).not.toContain('failed with in-band error code rate_limit_exceeded: OpenRouter')
    expect((error.partial as { output_text: string }).output_text).toBe('aa bb')
  })

  it('rethrows a cut stream as stream_disconnect on the receiving side', async () => {
    const source = await responsesStream(
      params(),
      scenario({ chunks: 4, noDone: true }, { client: client() }),
    )
    const error = await rejection(collect(ResponsesStream.fromReadableStream(source.toReadableStream())))
    expect(isOpenRouterError(error) && error.kind).toBe('stream_disconnect')
  })

  it('rejects the first read with the mapped error when the forwarding server answered non-2xx', async () => {
    const response = new Response(JSON.stringify({ error: { code: 401, message: 'No auth' } }), {
      status: 401,
    })
    const error = await rejection(collect(ResponsesStream.fromResponse(response)))
    expect(isOpenRouterError(error) && error.kind).toBe('auth')
  })
})
