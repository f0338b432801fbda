import type { CallOptions } from '@orsdk/transport'
import { callOperation } from '@orsdk/transport/protocol'
import { generationContentSchema } from './generation-content-schema.js'
import type { Answer } from './internal/spec-types.js'

/**
 * Reads the stored prompt and completion of one generation, `GET /generation/content?id=`
 * (when the account keeps them). The stats of a generation are `fetchGeneration` of
 * `@orsdk/catalog/live`.
 *
 * @param id - the generation id: the response's `id` or its `X-Generation-Id` header.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` (before any I/O) or an unknown
 * generation (404); `auth` without a key or with another account's key; as for any call otherwise.
 * @example
 * ```ts
 * import { getGenerationContent } from '@orsdk/account'
 * import { chat } from '@orsdk/chat'
 * const completion = await chat({ model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] })
 * const { data } = await getGenerationContent(completion.id)
 * console.log(data.input, data.output)
 * ```
 */
export function getGenerationContent(
  id: string,
  options?: CallOptions,
): Promise<Answer<'listGenerationContent'>> {
  return callOperation(
    {
      name: 'getGenerationContent',
      method: 'GET',
      path: '/generation/content',
      schema: generationContentSchema,
    },
    { params: { id } },
    options,
  )
}
