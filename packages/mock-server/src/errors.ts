/** The OpenRouter error body. */
export interface ErrorBody {
  error: { code: number | string; message: string; metadata?: { error_type: string } }
}

const ERRORS: Record<number, [errorType: string, message: string]> = {
  400: ['invalid_request', 'Bad Request'],
  401: ['authentication', 'No cookie auth credentials found'],
  402: ['payment_required', 'Insufficient credits. Add more using https://openrouter.ai/settings/credits'],
  403: ['permission_denied', 'Forbidden'],
  404: ['not_found', 'Not Found'],
  408: ['timeout', 'Request timed out'],
  413: ['payload_too_large', 'Payload too large'],
  422: ['unprocessable', 'Unprocessable entity'],
  429: ['rate_limit_exceeded', 'Rate limit exceeded'],
  500: ['server', 'Internal Server Error'],
  502: ['provider_unavailable', 'Provider returned error'],
  503: ['provider_overloaded', 'No available providers meet your routing requirements'],
  524: ['timeout', 'Provider timed out'],
  529: ['provider_overloaded', 'Provider is overloaded'],
}

/** The stable `error_type` OpenRouter uses for an HTTP status (or a string code such as 'server_error'). */
export function errorTypeFor(code: number | string): string {
  if (typeof code === 'string') return /rate/i.test(code) ? 'rate_limit_exceeded' : 'server'
  return ERRORS[code]?.[0] ?? (code >= 500 ? 'server' : 'invalid_request')
}

/** The default message for a status or string code. */
export function errorMessageFor(code: number | string): string {
  if (typeof code === 'string') return 'Provider disconnected unexpectedly'
  return ERRORS[code]?.[1] ?? (code >= 500 ? 'Internal Server Error' : 'Request failed')
}

/** Builds `{error:{code, message, metadata:{error_type}}}` for a status. */
export function buildErrorBody(code: number | string, message?: string, errorType?: string): ErrorBody {
  return {
    error: {
      code,
      message: message ?? errorMessageFor(code),
      metadata: { error_type: errorType ?? errorTypeFor(code) },
    },
  }
}
