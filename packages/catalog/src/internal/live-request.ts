import type { CallOptions } from '@orsdk/transport'
import { decodeError, type RequestSpec, requestJson } from '@orsdk/transport/protocol'

/** What a live read asks for: a GET whose JSON answer wraps the result in `data`. */
export interface LiveRead {
  /** The public function's name, first in every error message. */
  name: string
  operation: string
  path: string
  query?: Record<string, string>
  auth: NonNullable<RequestSpec['auth']>
  /** The shape `data` must have: the envelope is checked, never the rows (responses are typed only). */
  data: 'array' | 'object'
}

/**
 * Sends one GET through the caller's client (or the default one) and returns the `data` member of
 * the answer. Non-2xx answers already reject in transport; an answer without the expected `data`
 * rejects with `kind: 'decode'` rather than handing the caller `undefined` typed as rows.
 */
export async function readData<T>(read: LiveRead, options: CallOptions): Promise<T> {
  const response = await requestJson(
    {
      operation: read.operation,
      method: 'GET',
      path: read.path,
      ...(read.query === undefined ? {} : { query: read.query }),
      auth: read.auth,
    },
    options,
  )
  const body = response.data
  const data = typeof body === 'object' && body !== null ? (body as { data?: unknown }).data : undefined
  const fits = read.data === 'array' ? Array.isArray(data) : typeof data === 'object' && data !== null
  if (!fits) {
    throw decodeError(
      `${read.name}: the answer of GET ${read.path} has no \`data\` ${read.data} (status ${response.status})`,
      JSON.stringify(body),
      response,
    )
  }
  return data as T
}
