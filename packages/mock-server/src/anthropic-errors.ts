/** Anthropic's error envelope, as OpenRouter sends it on /messages. */
export interface AnthropicErrorBody {
  type: 'error'
  error: { type: string; message: string; error_type: string }
  request_id: string | null
}

// status -> [Anthropic error.type, OpenRouter error_type, message]
const ERRORS: Record<number, [type: string, errorType: string, message: string]> = {
  400: ['invalid_request_error', 'invalid_request', 'Bad Request'],
  401: ['authentication_error', 'authentication', 'No cookie auth credentials found'],
  402: [
    'billing_error',
    'payment_required',
    'Insufficient credits. Add more using https://openrouter.ai/settings/credits',
  ],
  403: ['permission_error', 'permission_denied', 'Forbidden'],
  404: ['not_found_error', 'not_found', 'Not Found'],
  408: ['timeout_error', 'timeout', 'Request timed out'],
  413: ['invalid_request_error', 'payload_too_large', 'Payload too large'],
  429: ['rate_limit_error', 'rate_limit_exceeded', 'Rate limit exceeded'],
  500: ['api_error', 'server', 'Internal Server Error'],
  502: ['api_error', 'provider_unavailable', 'Provider returned error'],
  503: ['overloaded_error', 'provider_overloaded', 'No available providers meet your routing requirements'],
  524: ['timeout_error', 'timeout', 'Provider timed out'],
  529: ['overloaded_error', 'provider_overloaded', 'Overloaded'],
}

function lookup(code: number | string): [string, string, string] {
  if (typeof code === 'string') {
    return /rate/i.test(code)
      ? ['rate_limit_error', 'rate_limit_exceeded', 'Rate limit exceeded']
      : ['overloaded_error', 'provider_overloaded', 'Overloaded']
  }
  const known = ERRORS[code]
  if (known !== undefined) return known
  return code >= 500
    ? ['api_error', 'server', 'Internal Server Error']
    : ['invalid_request_error', 'invalid_request', 'Request failed']
}

/**
 * Builds `{type:'error', error:{type, message, error_type}, request_id}` for an HTTP status or
 * an in-band error code; `request_id` is null for errors raised before routing.
 */
export function buildAnthropicErrorBody(
  code: number | string,
  message?: string,
  requestId: string | null = null,
): AnthropicErrorBody {
  const [type, errorType, defaultMessage] = lookup(code)
  return {
    type: 'error',
    error: { type, message: message ?? defaultMessage, error_type: errorType },
    request_id: requestId,
  }
}
