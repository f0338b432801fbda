import type { RecordedRequest, Scenario } from '@orsdk/mock-server'
import { isOpenRouterError } from '@orsdk/transport'
import { requestJson, requestStream } from '@orsdk/transport/protocol'
import { describe, expect, it } from 'vitest'
import { rotateModels } from '../src/rotate-models.js'
import {
  chatSpec,
  chunksOf,
  collect,
  engines,
  modelOf,
  rejection,
  streamSpec,
  withServer,
} from './helpers.js'

const MODELS = ['openai/gpt-4o-mini', 'google/gemini-2.5-flash', 'meta-llama/llama-3.3-70b-instruct']

/** Scripts a failure for the given models; the others answer normally. */
const failFor =
  (failures: Record<string, Scenario>) =>
  (request: RecordedRequest): Scenario | undefined =>
    failures[modelOf(request) ?? '']

const availabilityBody = (code: string, status: number) => ({
  error: {
    code: status,
    message: 'The model is temporarily out of capacity',
    availability: { code, retryable: true, requested_models: [MODELS[0]] },
  },
})

describe.each(engines)('rotateModels on the $name', ({ client: clientFor }) => {
  it('serves from the second model and says so when the first answers 402', async () => {
    await withServer(failFor({ [MODELS[0] as string]: { status: 402 } }), async (server) => {
      const served: string[] = []
      const rotations: Array<{ from: string; to: string; kind: unknown }> = []
      const middleware = rotateModels({
        models: MODELS,
        onServed: (model) => served.push(model),
        onRotate: ({ from, to, error }) =>
          rotations.push({ from, to, kind: isOpenRouterError(error) && error.kind }),
      })
      const response = await requestJson(chatSpec({ model: 'ignored/model' }), {
        client: clientFor(server, [middleware]),
      })
      expect(response.data).toMatchObject({ model: MODELS[1] })
      expect(served).toEqual([MODELS[1]])
      expect(rotations).toEqual([{ from: MODELS[0], to: MODELS[1], kind: 'payment_required' }])
      expect(server.requests.map(modelOf)).toEqual([MODELS[0], MODELS[1]])
    })
  })

  it('moves on when the body carries an availability code such as capacity_exhausted', async () => {
    const failures = {
      [MODELS[0] as string]: { status: 429, body: availabilityBody('capacity_exhausted', 429) },
      [MODELS[1] as string]: { status: 404, body: availabilityBody('model_unavailable_upstream', 404) },
    }
    await withServer(failFor(failures), async (server) => {
      const response = await requestJson(chatSpec(), {
        client: clientFor(server, [rotateModels({ models: MODELS })]),
      })
      expect(response.data).toMatchObject({ model: MODELS[2] })
      expect(server.requests).toHaveLength(3)
    })
  })

  it('rethrows the last error when every model is exhausted', async () => {
    await withServer(
      () => ({ status: 503 }),
      async (server) => {
        const error = await rejection(
          requestJson(chatSpec(), { client: clientFor(server, [rotateModels({ models: MODELS })]) }),
        )
        expect(error).toMatchObject({ kind: 'server', status: 503 })
        expect(server.requests.map(modelOf)).toEqual(MODELS)
      },
    )
  })

  it('does not rotate when the request itself is wrong', async () => {
    await withServer(failFor({ [MODELS[0] as string]: { status: 400 } }), async (server) => {
      const error = await rejection(
        requestJson(chatSpec(), { client: clientFor(server, [rotateModels({ models: MODELS })]) }),
      )
      expect(error).toMatchObject({ kind: 'invalid_request' })
      expect(server.requests).toHaveLength(1)
    })
  })

  it('follows shouldRotate when one is given', async () => {
    await withServer(failFor({ [MODELS[0] as string]: { status: 400 } }), async (server) => {
      const middleware = rotateModels({ models: MODELS, shouldRotate: () => true })
      const response = await requestJson(chatSpec(), { client: clientFor(server, [middleware]) })
      expect(response.data).toMatchObject({ model: MODELS[1] })
    })
  })

  it('rotates a stream whose start fails on the first model', async () => {
    await withServer(failFor({ [MODELS[0] as string]: { status: 429 } }), async (server) => {
      const served: string[] = []
      const middleware = rotateModels({ models: MODELS, onServed: (model) => served.push(model) })
      const source = await requestStream(streamSpec(), { client: clientFor(server, [middleware]) })
      const models = new Set((await collect(chunksOf(source))).map((chunk) => chunk.model))
      expect([...models]).toEqual([MODELS[1]])
      expect(served).toEqual([MODELS[1]])
    })
  })
})

describe('rotateModels options', () => {
  it('throws a TypeError naming the option when models or a hook is invalid', () => {
    expect(() => rotateModels({ models: [] })).toThrow(/models must be a non-empty array/)
    expect(() => rotateModels({ models: ['a', ''] })).toThrow(/models\[1\]/)
    expect(() => rotateModels(undefined as unknown as { models: string[] })).toThrow(TypeError)
    expect(() => rotateModels({ models: ['a'], onServed: 'log' as unknown as () => void })).toThrow(
      /onServed/,
    )
  })
})
