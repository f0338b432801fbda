import { isOpenRouterError } from '@orsdk/transport'
import { RequestFailed } from './server-api'

/** What went wrong, for the person at the keyboard: the kind of failure in plain words. */
export function describeError(error: unknown): string {
  if (error instanceof DOMException && error.name === 'AbortError') return 'Stopped.'
  if (isOpenRouterError(error) || error instanceof RequestFailed) {
    return describeKind(error.kind, error.retryAfterMs, error.message)
  }
  if (error instanceof TypeError) return 'Could not reach this app’s server: check your connection.'
  return 'Something went wrong. Try again.'
}

/** The sentence for an error `kind` (the same words for sign-in failures, which carry only a kind). */
export function describeKind(kind: string, retryAfterMs?: number, message?: string): string {
  switch (kind) {
    case 'rate_limit':
      return retryAfterMs === undefined
        ? 'Rate limited, retry in a moment.'
        : `Rate limited, retry in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s.`
    case 'payment_required':
      return 'Out of credits: add some at openrouter.ai/settings/credits, or pick a free model.'
    case 'auth':
      return 'Not signed in, or the key was revoked: sign in with OpenRouter again.'
    case 'timeout':
      return 'The model took too long to answer. Try again, or pick a faster model.'
    case 'server':
      return 'The model’s provider failed to answer. Try again, or pick another model.'
    case 'stream_disconnect':
      return 'The answer was cut off: the connection dropped. Try again.'
    case 'transport':
      return 'Could not reach OpenRouter. Try again in a moment.'
    case 'decode':
      return 'OpenRouter’s answer could not be read. Try again, or pick another model.'
    case 'invalid_request':
      return `The request was refused${message ? `: ${plainReason(message)}` : '.'}`
    default:
      return 'Something went wrong. Try again.'
  }
}

// "OpenRouter request failed with HTTP 400 bad_request: <reason>" -> "<reason>".
function plainReason(message: string): string {
  return message.replace(/^OpenRouter request failed with [^:]*: /, '').replace(/^\w+: /, '')
}
