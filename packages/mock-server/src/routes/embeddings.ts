import type { Exchange } from '../exchange'
import { createGenerationId } from '../generation-store'
import { isRecord } from '../is-record'
import { modelRequestBody, sendError, sendJson } from '../respond'
import { embedText, vectorToBase64 } from './embedding-vector'

const DEFAULT_DIMENSIONS = 8
const MAX_DIMENSIONS = 16_384
const PRICE_PER_TOKEN = 0.00000002

/** Splits an embeddings `input` into the texts to embed, one per output vector; undefined when invalid. */
export function embeddingTexts(input: unknown): string[] | undefined {
  if (typeof input === 'string') return [input]
  if (!Array.isArray(input) || input.length === 0) return undefined
  if (input.every((item) => typeof item === 'string')) return input
  // A number[] is one tokenized input; number[][] and multimodal [{content}] give one vector each.
  if (input.every((item) => typeof item === 'number')) return [input.join(',')]
  if (input.every((item) => Array.isArray(item) || isRecord(item)))
    return input.map((item) => JSON.stringify(item))
  return undefined
}

/** POST /api/v1/embeddings: deterministic vectors derived from each input's text. */
export function handleEmbeddings(exchange: Exchange): void {
  const { state } = exchange
  const body = modelRequestBody(exchange)
  if (body === undefined) return
  const texts = body.input === undefined ? undefined : embeddingTexts(body.input)
  if (texts === undefined) {
    sendError(
      exchange,
      400,
      'Input required: "input" must be a string, an array of strings or tokens, or content',
    )
    return
  }
  const dimensions = body.dimensions ?? DEFAULT_DIMENSIONS
  if (
    typeof dimensions !== 'number' ||
    !Number.isInteger(dimensions) ||
    dimensions < 1 ||
    dimensions > MAX_DIMENSIONS
  ) {
    sendError(exchange, 400, `"dimensions" must be an integer between 1 and ${MAX_DIMENSIONS}`)
    return
  }
  const base64 = body.encoding_format === 'base64'
  const data = texts.map((text, index) => {
    const vector = embedText(text, dimensions)
    return { object: 'embedding', index, embedding: base64 ? vectorToBase64(vector) : Array.from(vector) }
  })
  const promptTokens = texts.reduce((sum, text) => sum + Math.max(1, Math.ceil(text.length / 4)), 0)
  const cost = Number((promptTokens * PRICE_PER_TOKEN).toFixed(12))
  const id = createGenerationId()
  exchange.response.setHeader('x-generation-id', id)
  state.generations.add({
    id,
    model: body.model,
    apiType: 'embeddings',
    streamed: false,
    tokensPrompt: promptTokens,
    tokensCompletion: 0,
    totalCost: cost,
    finishReason: null,
    createdAt: new Date(),
  })
  sendJson(exchange, 200, {
    id,
    object: 'list',
    model: body.model,
    data,
    usage: { prompt_tokens: promptTokens, total_tokens: promptTokens, cost },
  })
}
