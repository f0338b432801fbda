import type { Exchange } from '../exchange'
import { createGenerationId } from '../generation-store'
import { isRecord } from '../is-record'
import { modelRequestBody, sendError, sendJson } from '../respond'
import { PROVIDER_NAME } from './chat-chunks'

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/**
 * A deterministic relevance in (0, 1): the share of the query's words the document contains,
 * squeezed so that ties are broken by the document's length (shorter first) and nothing is 0 or 1.
 */
export function relevance(query: string, document: string): number {
  const wanted = new Set(words(query))
  const have = new Set(words(document))
  let shared = 0
  for (const word of wanted) if (have.has(word)) shared++
  const overlap = wanted.size === 0 ? 0 : shared / wanted.size
  return Number((0.01 + 0.9 * overlap + 0.08 / (1 + document.length / 100)).toFixed(6))
}

/** The text of a document (a string, or `{text?, image?}`), or undefined when it is neither. */
function documentText(document: unknown): string | undefined {
  if (typeof document === 'string') return document
  if (!isRecord(document)) return undefined
  const { text, image } = document
  if (typeof text !== 'string' && typeof image !== 'string') return undefined
  return typeof text === 'string' ? text : ''
}

/**
 * POST /api/v1/rerank: scores each document against the query by word overlap and answers the
 * results sorted by `relevance_score`, `top_n` of them (all by default), each echoing its
 * document as `{text}` (and `image`), with usage and an `X-Generation-Id`.
 */
export function handleRerank(exchange: Exchange): void {
  const body = modelRequestBody(exchange)
  if (body === undefined) return
  if (typeof body.query !== 'string' || body.query === '') {
    sendError(exchange, 400, '"query" must be a non-empty string')
    return
  }
  if (!Array.isArray(body.documents) || body.documents.length === 0) {
    sendError(exchange, 400, '"documents" must be a non-empty array')
    return
  }
  const texts = body.documents.map(documentText)
  const bad = texts.indexOf(undefined)
  if (bad !== -1) {
    sendError(exchange, 400, `documents[${bad}] must be a string or an object with text or image`)
    return
  }
  const topN = body.top_n ?? texts.length
  if (typeof topN !== 'number' || !Number.isInteger(topN) || topN < 1) {
    sendError(exchange, 400, '"top_n" must be a positive integer')
    return
  }
  const query = body.query
  const documents = body.documents
  const results = texts
    .map((text, index) => {
      const original = documents[index]
      const image = isRecord(original) && typeof original.image === 'string' ? original.image : undefined
      return {
        index,
        relevance_score: relevance(query, text ?? ''),
        document: { text: text ?? '', ...(image === undefined ? {} : { image }) },
      }
    })
    .sort((a, b) => b.relevance_score - a.relevance_score || a.index - b.index)
    .slice(0, topN)
  const totalTokens = Math.ceil(
    (query.length + texts.reduce((sum, text) => sum + (text ?? '').length, 0)) / 4,
  )
  const id = createGenerationId()
  exchange.response.setHeader('x-generation-id', id)
  sendJson(exchange, 200, {
    id,
    model: body.model,
    provider: PROVIDER_NAME,
    results,
    usage: { search_units: 1, total_tokens: totalTokens, cost: 0.002 },
  })
}
