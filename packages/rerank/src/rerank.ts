import type { CallOptions } from '@orsdk/transport'
import { checkParams, decodeError, requestJson } from '@orsdk/transport/protocol'
import { RerankParamsSchema } from './rerank-params-schema.js'
import type { RerankDocument, RerankParams, RerankResponse, RerankResult } from './types.js'

/** The answer as it arrives: results whose `document` is the server's `{text, image}` echo. */
interface RerankAnswer extends Omit<RerankResponse, 'results'> {
  results?: { index?: unknown; relevance_score?: unknown }[]
}

/**
 * Ranks documents by their relevance to a query. Resolves with the results best first, each
 * with its index in `documents` and the document exactly as you passed it (a string stays a
 * string), so you can use the results without looking anything up.
 *
 * @throws `OpenRouterError` of kind `invalid_request` (bad params before any I/O: an empty
 * query or document list, `top_n` outside 1 to `documents.length`; or a 4xx), `decode` (an
 * answer without results, or an index out of range), `auth`, `payment_required`, `rate_limit`,
 * `server`, `timeout` or `transport`; a user's abort rejects with the platform's `AbortError`.
 * @example
 * import { rerank } from '@orsdk/rerank'
 * const { results } = await rerank({
 *   model: 'cohere/rerank-v3.5',
 *   query: 'What is the capital of France?',
 *   documents: ['Berlin is in Germany.', 'Paris is the capital of France.'],
 *   top_n: 1,
 * })
 * console.log(results[0]?.document, results[0]?.relevance_score) // 'Paris is the capital of France.' 0.98
 */
export function rerank(params: RerankParams<string>, options?: CallOptions): Promise<RerankResponse<string>>
export function rerank<Document extends RerankDocument>(
  params: RerankParams<Document>,
  options?: CallOptions,
): Promise<RerankResponse<Document>>
export async function rerank<Document extends RerankDocument>(
  params: RerankParams<Document>,
  options: CallOptions = {},
): Promise<RerankResponse<Document>> {
  checkParams(RerankParamsSchema, params, 'rerank')
  const response = await requestJson(
    { operation: 'rerank', method: 'POST', path: '/rerank', body: params },
    options,
  )
  const answer = response.data as RerankAnswer
  if (!Array.isArray(answer?.results))
    throw decodeError('rerank: the response has no results array', JSON.stringify(answer), response)
  const results: RerankResult<Document>[] = answer.results.map((result) => {
    const { index, relevance_score: score } = result
    const document = typeof index === 'number' ? params.documents[index] : undefined
    if (document === undefined || typeof score !== 'number')
      throw decodeError(
        `rerank: a result has no valid index (0 to ${params.documents.length - 1}) and score`,
        JSON.stringify(result),
        response,
      )
    return { ...result, index: index as number, relevance_score: score, document }
  })
  // Sorted here too: the API sorts, but a provider that does not must not reorder your results.
  results.sort((a, b) => b.relevance_score - a.relevance_score || a.index - b.index)
  const ranked: RerankResponse<Document> = { ...answer, results }
  if (response.generationId !== undefined) ranked.generationId = response.generationId
  return ranked
}
