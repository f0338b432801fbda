import type { ChatParams } from '@orsdk/chat'
import { invalidRequest } from '@orsdk/transport/protocol'

/**
 * Model facts, looked up by id: `getModel` from `@orsdk/catalog` fits as it is
 * (`import { getModel } from '@orsdk/catalog'`, then `{ catalog: { getModel } }`), or your own
 * lookup over `GET /models`. Typed by shape, so this package does not depend on the catalog.
 */
export interface ModelCatalog {
  getModel(id: string): { readonly supported_parameters?: readonly string[] } | undefined
}

/** Options of `chatObject` and `chatObjectStream` that check the model before any I/O. */
export interface StructuredOutputCheck {
  /** Model facts; without it, nothing is checked. */
  catalog?: ModelCatalog
  /**
   * What to do when the catalog says a model does not list `structured_outputs`: `'warn'`
   * (default: `onWarning`, then the call) or `'reject'` (`invalid_request`, before any I/O).
   */
  unsupportedModel?: 'warn' | 'reject'
  /** Receives the warning; default `console.warn`. */
  onWarning?: (message: string) => void
}

// OpenRouter lists models that honour `response_format: { type: 'json_schema' }` with the
// `structured_outputs` supported parameter (guides/features/structured-outputs, "Model Support").
const SUPPORTED_PARAMETER = 'structured_outputs'

/**
 * Checks the request's models (`model`, then `models`) against the catalog, before any I/O.
 * A model the catalog does not know, or a request without a model, is not checked.
 */
export function checkStructuredOutputs(
  params: Pick<ChatParams, 'model' | 'models' | 'provider'>,
  check: StructuredOutputCheck,
  operation: string,
): void {
  const { catalog, unsupportedModel = 'warn', onWarning } = check
  if (catalog === undefined) return
  if (typeof catalog?.getModel !== 'function')
    throw invalidRequest(
      `${operation}: options.catalog: must have a getModel(id) function (e.g. from @orsdk/catalog)`,
    )
  if (unsupportedModel !== 'warn' && unsupportedModel !== 'reject')
    throw invalidRequest(`${operation}: options.unsupportedModel: must be 'warn' or 'reject'`)
  const ids = [params.model, ...(Array.isArray(params.models) ? params.models : [])].filter(
    (id): id is string => typeof id === 'string' && id !== '',
  )
  const unsupported = ids.filter((id) => {
    const parameters = catalog.getModel(id)?.supported_parameters
    return Array.isArray(parameters) && !parameters.includes(SUPPORTED_PARAMETER)
  })
  if (unsupported.length === 0) return
  const required = params.provider?.require_parameters === true
  const message =
    `${operation}: ${unsupported.join(', ')} ${unsupported.length === 1 ? 'does' : 'do'} not list ` +
    `${SUPPORTED_PARAMETER} among the supported parameters in the catalog, so ` +
    (required
      ? 'with provider.require_parameters no provider may serve the call; pick a model that lists it'
      : 'a provider may ignore response_format and answer free text; send provider: { require_parameters: true } ' +
        'to be routed only to providers that honour it (the call then fails instead), or pick a model that lists it')
  if (unsupportedModel === 'reject') throw invalidRequest(message)
  ;(onWarning ?? console.warn)(message)
}
