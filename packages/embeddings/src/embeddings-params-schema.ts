import { invalidParams } from '@orsdk/transport'
import * as v from 'valibot'

const nonEmpty = 'must not be empty'

/**
 * The valibot schema of `EmbeddingsParams`, as `embeddings` checks it before any I/O. Lean on
 * purpose (it runs per call); loose objects, so newer fields pass through.
 *
 * @example
 * import * as v from 'valibot'
 * v.parse(EmbeddingsParamsSchema, { model: 'openai/text-embedding-3-small', input: 'hello' })
 */
export const EmbeddingsParamsSchema = v.looseObject({
  model: v.pipe(v.string(), v.nonEmpty(nonEmpty)),
  input: v.union(
    [
      v.pipe(v.string(), v.nonEmpty(nonEmpty)),
      v.pipe(
        v.array(
          v.union([
            v.string(),
            v.number(),
            v.array(v.number()),
            v.looseObject({ content: v.array(v.looseObject({ type: v.string() })) }),
          ]),
        ),
        v.nonEmpty(nonEmpty),
      ),
    ],
    'must be a string, an array of strings, tokens or token arrays, or multimodal inputs',
  ),
  dimensions: v.optional(
    v.pipe(v.number(), v.integer('must be a positive integer'), v.minValue(1, 'must be a positive integer')),
  ),
  encoding_format: v.optional(v.picklist(['float', 'base64'], "must be 'float' or 'base64'")),
  input_type: v.optional(v.string()),
  provider: v.optional(v.looseObject({})),
})

/** Checks params before any I/O; throws `invalid_request` naming the path of the first problem. */
export function checkEmbeddingsParams(params: unknown): void {
  const result = v.safeParse(EmbeddingsParamsSchema, params, { abortEarly: true })
  if (!result.success) throw invalidParams('embeddings', result.issues[0])
}
