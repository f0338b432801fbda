import { sampleVideoMp4 } from '@orsdk/mock-server'
import {
  clientEngines,
  eventually,
  expectInvalid,
  rejection,
  scenario,
  useClient,
  useMockServer,
} from '@orsdk/test-support'
import { createClient, isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import {
  createVideo,
  downloadVideo,
  getVideo,
  listVideoModels,
  type VideoJob,
  waitForVideo,
} from '../src/index.js'

const mock = useMockServer()
const MODEL = 'google/veo-3.1'
const params = { model: MODEL, prompt: 'waves at dusk', duration: 2 }

describe.each(clientEngines(createClient))('video on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('creates a job, waits for it through its states and downloads the video as a stream', async () => {
    const job = await createVideo(params, { client: client() })
    expect(job).toMatchObject({ status: 'pending', polling_url: `/api/v1/videos/${job.id}` })
    expect(mock.server.requests.at(-1)?.body).toEqual(params)
    const seen: string[] = []
    const done = await waitForVideo(job, {
      client: client(),
      pollIntervalMs: 0,
      onProgress: (current) => seen.push(current.status),
    })
    expect(seen).toEqual(['in_progress', 'in_progress', 'completed'])
    expect(done.status).toBe('completed')
    expect(done.usage?.cost).toBe(0.2)
    expect(done.unsigned_urls?.[0]).toContain(`/videos/${job.id}/content`)
    const stream = await downloadVideo(job.id, { client: client() })
    expect(stream).toBeInstanceOf(ReadableStream)
    expect(new Uint8Array(await new Response(stream).arrayBuffer())).toEqual(
      new Uint8Array(sampleVideoMp4(2)),
    )
  })

  it('resolves getVideo with a failed job, and rejects waitForVideo with an error naming it', async () => {
    const job = await createVideo(
      params,
      scenario({ errorAfter: 2, text: 'content policy' }, { client: client() }),
    )
    const first = await getVideo(job.id, { client: client() })
    expect(first.status).toBe('in_progress')
    const error = await rejection(waitForVideo(job.id, { client: client(), pollIntervalMs: 0 }))
    expect(isOpenRouterError(error)).toBe(true)
    expect((error as Error).message).toBe(`waitForVideo: video job ${job.id} failed: content policy`)
    expect(isOpenRouterError(error) && [error.kind, error.retryable, error.status]).toEqual([
      'server',
      false,
      200,
    ])
    expect(isOpenRouterError(error) && (error.body as VideoJob).status).toBe('failed')
    const failed = await getVideo(job.id, { client: client() })
    expect(failed).toMatchObject({ status: 'failed', error: 'content policy' })
  })

  it('settles a job given already final without a request', async () => {
    const before = mock.server.requests.length
    const completed = { id: 'job-x', polling_url: '/api/v1/videos/job-x', status: 'completed' }
    expect(await waitForVideo(completed, { client: client() })).toBe(completed)
    const error = await rejection(waitForVideo({ ...completed, status: 'expired' }, { client: client() }))
    expect((error as Error).message).toBe('waitForVideo: video job job-x ended expired')
    expect(mock.server.requests.length).toBe(before)
  })

  it('rejects with the abort reason when aborted during a poll, and asks no more', async () => {
    const job = await createVideo(params, { client: client() })
    const controller = new AbortController()
    const waiting = waitForVideo(
      job,
      scenario({ headersDelayMs: 5000 }, { client: client(), signal: controller.signal, pollIntervalMs: 0 }),
    )
    const polls = () =>
      mock.server.requests.filter((request) => request.path === `/api/v1/videos/${job.id}`).length
    await eventually(() => polls() === 1)
    controller.abort()
    expect(((await rejection(waiting)) as Error).name).toBe('AbortError')
    expect(polls()).toBe(1)
  })

  it('rejects with kind timeout and the last job when timeoutMs passes during a poll', async () => {
    const job = await createVideo(params, { client: client() })
    const error = await rejection(
      waitForVideo(job, scenario({ headersDelayMs: 5000 }, { client: client(), timeoutMs: 50 })),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('timeout')
    expect((error as Error).message).toBe('waitForVideo: not done within 50 ms (timeoutMs)')
  })

  it('rejects a download of a job that is not completed with the 400, and lists video models', async () => {
    const job = await createVideo(params, { client: client() })
    const error = await rejection(downloadVideo(job.id, { client: client() }))
    expect(isOpenRouterError(error) && [error.kind, error.status]).toEqual(['invalid_request', 400])
    const models = await listVideoModels({ client: client() })
    expect(models.map((model) => model.id)).toContain(MODEL)
    expect(models[0]?.supported_durations).toEqual([4, 8])
  })

  it('rejects an unknown job with 404, and bad params and options before any I/O', async () => {
    const missing = await rejection(getVideo('job-missing', { client: client() }))
    expect(isOpenRouterError(missing) && missing.status).toBe(404)
    const options = { client: client() }
    await expectInvalid(mock.server, createVideo({ model: MODEL }, options), 'prompt')
    await expectInvalid(mock.server, createVideo({ ...params, duration: 1.5 }, options), 'duration')
    await expectInvalid(
      mock.server,
      createVideo({ ...params, callback_url: 'http://x.example' }, options),
      'callback_url',
    )
    await expectInvalid(
      mock.server,
      createVideo(
        {
          ...params,
          frame_images: [{ type: 'image_url', image_url: { url: 'u' }, frame_type: 'middle' as never }],
        },
        options,
      ),
      'frame_images[0].frame_type',
    )
    await expectInvalid(mock.server, getVideo('', options), 'id')
    await expectInvalid(mock.server, waitForVideo({} as VideoJob, options), 'job')
    await expectInvalid(
      mock.server,
      waitForVideo('job-1', { ...options, pollIntervalMs: -1 }),
      'options.pollIntervalMs',
    )
    await expectInvalid(mock.server, waitForVideo('job-1', { ...options, timeoutMs: 0 }), 'options.timeoutMs')
    await expectInvalid(mock.server, downloadVideo('job-1', { ...options, index: -1 }), 'options.index')
  })

  it('creates a job from frame images alone, without a prompt', async () => {
    const frame = {
      type: 'image_url' as const,
      image_url: { url: 'https://example.com/a.png' },
      frame_type: 'first_frame' as const,
    }
    expect((await createVideo({ model: MODEL, frame_images: [frame] }, { client: client() })).status).toBe(
      'pending',
    )
  })
})
