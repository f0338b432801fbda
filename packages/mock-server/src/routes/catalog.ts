import type { Exchange } from '../exchange'
import { isRecord } from '../is-record'
import { sendError, sendJson } from '../respond'
import { buildEndpoints } from './model-endpoints'

function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/** A catalog row's `architecture.output_modalities`, or none. */
export function outputModalities(row: unknown): unknown[] {
  const architecture = isRecord(row) ? row.architecture : undefined
  return isRecord(architecture) && Array.isArray(architecture.output_modalities)
    ? architecture.output_modalities
    : []
}

function supportedParameters(row: unknown): unknown[] {
  return isRecord(row) && Array.isArray(row.supported_parameters) ? row.supported_parameters : []
}

/**
 * Filters a models document like GET /models does. Without `output_modalities` only text models are
 * listed (the real API's default); `all` lists every model.
 */
export function filterModels(document: unknown, query: Record<string, string>): unknown {
  if (!isRecord(document) || !Array.isArray(document.data)) return document
  const modalities = listOf(query.output_modalities ?? 'text')
  const parameters = listOf(query.supported_parameters)
  const data = document.data.filter((row: unknown) => {
    const outputs = outputModalities(row)
    if (!modalities.includes('all') && !modalities.some((modality) => outputs.includes(modality)))
      return false
    const supported = supportedParameters(row)
    return parameters.every((parameter) => supported.includes(parameter))
  })
  const result: Record<string, unknown> = { ...document, data }
  if ('total_count' in document) result.total_count = data.length
  return result
}

/** GET /api/v1/models, with the serialized answer cached per catalog and query. */
export function handleModels(exchange: Exchange): void {
  const { query } = exchange.recorded
  const key = `models|${query.output_modalities ?? ''}|${query.supported_parameters ?? ''}`
  const { catalog } = exchange.state
  sendJson(
    exchange,
    200,
    undefined,
    catalog.cached(key, () => JSON.stringify(filterModels(catalog.models(), query))),
  )
}

/** GET /api/v1/providers. */
export function handleProviders(exchange: Exchange): void {
  const { catalog } = exchange.state
  sendJson(
    exchange,
    200,
    undefined,
    catalog.cached('providers', () => JSON.stringify(catalog.providers())),
  )
}

/** GET /api/v1/models/:author/:slug/endpoints; 404 for a model the catalog does not list. */
export function handleModelEndpoints(exchange: Exchange, modelId: string): void {
  const row = exchange.state.catalog.findModel(modelId)
  if (row === undefined) {
    sendError(exchange, 404, `No endpoints found for ${modelId}`)
    return
  }
  sendJson(exchange, 200, buildEndpoints(row))
}
