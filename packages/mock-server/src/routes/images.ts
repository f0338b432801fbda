import type { Exchange } from '../exchange'
import { createGenerationId } from '../generation-store'
import { createPng, sampleImagePng } from '../image-sample'
import { isRecord } from '../is-record'
import { modelRequestBody, sendError, sendJson } from '../respond'
import { sendScriptedStream } from '../scripted-stream'
import { outputModalities } from './catalog'
import { PROVIDER_NAME } from './chat-chunks'

const COST_PER_IMAGE = 0.04
const TOKENS_PER_IMAGE = 4175
// Partial images grow warmer as they arrive; the final image is `sampleImagePng()`.
const PARTIAL_COLOURS: [number, number, number][] = [
  [40, 40, 40],
  [120, 80, 40],
  [200, 110, 20],
]
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect width="16" height="16" fill="#ff8000"/></svg>'

/** Only OpenAI's image models stream natively; the others ignore `stream` and answer once. */
export const streamsImages = (model: string) => model.startsWith('openai/')

/** Checks `input_references`: an array of up to 16 `{type: 'image_url', image_url: {url}}`. */
function referencesProblem(references: unknown): string | undefined {
  if (references === undefined) return undefined
  if (!Array.isArray(references) || references.length > 16)
    return 'input_references must be an array of at most 16 image parts'
  const bad = references.findIndex(
    (item) =>
      !isRecord(item) ||
      item.type !== 'image_url' ||
      !isRecord(item.image_url) ||
      typeof item.image_url.url !== 'string',
  )
  return bad === -1 ? undefined : `input_references[${bad}] must be {type: "image_url", image_url: {url}}`
}

interface ImageRequest {
  model: string
  count: number
  svg: boolean
  usage: Record<string, number>
}

function readImageRequest(exchange: Exchange): ImageRequest | undefined {
  const body = modelRequestBody(exchange)
  if (body === undefined) return undefined
  if (typeof body.prompt !== 'string' || body.prompt === '')
    return void sendError(exchange, 400, '"prompt" must be a non-empty string')
  const count = body.n ?? 1
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 10)
    return void sendError(exchange, 400, '"n" must be an integer from 1 to 10')
  const problem = referencesProblem(body.input_references)
  if (problem !== undefined) return void sendError(exchange, 400, problem)
  const promptTokens = Math.max(1, Math.ceil(body.prompt.length / 4))
  return {
    model: body.model,
    count,
    svg: body.output_format === 'svg',
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: TOKENS_PER_IMAGE * count,
      total_tokens: promptTokens + TOKENS_PER_IMAGE * count,
      cost: Number((COST_PER_IMAGE * count).toFixed(6)),
    },
  }
}

// Encoded once, on first use: a stream sends the same few images many times.
let encoded: { partials: string[]; png: string; svg: string } | undefined
function encodedImages() {
  encoded ??= {
    partials: PARTIAL_COLOURS.map((colour) => createPng(16, colour).toString('base64')),
    png: sampleImagePng().toString('base64'),
    svg: Buffer.from(SVG).toString('base64'),
  }
  return encoded
}

const finalImage = (svg: boolean) => ({
  b64_json: svg ? encodedImages().svg : encodedImages().png,
  media_type: svg ? 'image/svg+xml' : 'image/png',
})

/**
 * POST /api/v1/images: `{created, data: [{b64_json, media_type}], usage}` with `n` images (the
 * PNG of `sampleImagePng()`, or an SVG for `output_format: 'svg'`). With `stream: true`, OpenAI
 * models stream SSE (`partial_image` events, `text_chunk`s for SVG, one `completed` per image,
 * `[DONE]`); other models ignore `stream` and answer with the JSON body, as upstream.
 */
export async function handleImages(exchange: Exchange): Promise<void> {
  const request = readImageRequest(exchange)
  if (request === undefined) return
  const created = Math.floor(Date.now() / 1000)
  exchange.response.setHeader('x-generation-id', createGenerationId())
  if (isRecord(exchange.body) && exchange.body.stream === true && streamsImages(request.model))
    return streamImages(exchange, request, created)
  sendJson(exchange, 200, {
    created,
    data: Array.from({ length: request.count }, () => finalImage(request.svg)),
    usage: request.usage,
  })
}

function imageEvents(request: ImageRequest, created: number, partials: number): unknown[] {
  const events: unknown[] = []
  for (let index = 0; index < request.count; index++) {
    if (request.svg) {
      const size = Math.ceil(SVG.length / Math.max(1, partials))
      for (let at = 0; at < SVG.length; at += size)
        events.push({ type: 'image_generation.text_chunk', text: SVG.slice(at, at + size), phase: 'content' })
    } else {
      for (let partial = 0; partial < partials; partial++) {
        const { partials: encodedPartials } = encodedImages()
        events.push({
          type: 'image_generation.partial_image',
          b64_json: encodedPartials[partial % encodedPartials.length],
          partial_image_index: partial,
        })
      }
    }
    events.push({
      type: 'image_generation.completed',
      ...finalImage(request.svg),
      created,
      usage: request.usage,
    })
  }
  return events
}

/**
 * The image stream on the shared scripted stream: `chunks` partial images per image (default 2),
 * and the scenario's "after N events" (`errorAfter` sends `{type: 'error', error: {...}}`,
 * `resetAfter`, `stallAfter`), `chunkDelayMs`, `keepAlive`, `splitBytes`; `noDone` leaves out
 * `[DONE]`.
 */
async function streamImages(exchange: Exchange, request: ImageRequest, created: number): Promise<void> {
  const { scenario } = exchange
  const error = {
    type: 'error',
    error: {
      code: String(scenario.errorCode ?? 'upstream_error'),
      message: `The upstream provider returned an error (${PROVIDER_NAME})`,
      param: null,
      type: 'provider_error',
    },
  }
  await sendScriptedStream(exchange, {
    events: imageEvents(request, created, scenario.chunks ?? 2).map((event) => ({
      text: `data: ${JSON.stringify(event)}\n\n`,
      counted: true,
    })),
    error: () => `data: ${JSON.stringify(error)}\n\n`,
    end: () => (scenario.noDone === true ? '' : 'data: [DONE]\n\n'),
  })
}

/** The `/images/models` row of a catalog model with image output. */
function imageModelRow(row: Record<string, unknown>): Record<string, unknown> {
  const id = String(row.id)
  const architecture = isRecord(row.architecture) ? row.architecture : {}
  return {
    id,
    name: row.name,
    description: row.description ?? '',
    created: row.created,
    architecture: {
      input_modalities: architecture.input_modalities ?? ['text'],
      output_modalities: architecture.output_modalities ?? ['image'],
    },
    supported_parameters: {
      resolution: { type: 'enum', values: ['1K', '2K', '4K'] },
      aspect_ratio: { type: 'enum', values: ['1:1', '16:9', '9:16'] },
      seed: { type: 'boolean' },
    },
    supports_streaming: streamsImages(id),
    endpoints: `/api/v1/images/models/${id}/endpoints`,
  }
}

/** Catalog rows whose output modalities include `modality`. */
export function modelsWithOutput(exchange: Exchange, modality: string): Record<string, unknown>[] {
  const document = exchange.state.catalog.models()
  const rows = isRecord(document) && Array.isArray(document.data) ? document.data : []
  return rows.filter(
    (row): row is Record<string, unknown> => isRecord(row) && outputModalities(row).includes(modality),
  )
}

/** GET /api/v1/images/models: every catalog model with image output, in the image-models shape. */
export function handleImageModels(exchange: Exchange): void {
  sendJson(exchange, 200, { data: modelsWithOutput(exchange, 'image').map(imageModelRow) })
}

/** GET /api/v1/images/models/:author/:slug/endpoints: one emulated endpoint, or 404 for a model without image output. */
export function handleImageModelEndpoints(exchange: Exchange, id: string): void {
  const row = modelsWithOutput(exchange, 'image').find((model) => model.id === id)
  if (row === undefined) {
    sendError(exchange, 404, `No image model ${id}`)
    return
  }
  const model = imageModelRow(row)
  sendJson(exchange, 200, {
    id,
    endpoints: [
      {
        provider_name: PROVIDER_NAME,
        provider_slug: 'emulator',
        provider_tag: 'emulator',
        supported_parameters: model.supported_parameters,
        allowed_passthrough_parameters: [],
        supports_streaming: model.supports_streaming,
        pricing: [{ billable: 'output_image', unit: 'image', cost_usd: COST_PER_IMAGE }],
      },
    ],
  })
}
