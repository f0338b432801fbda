import { integerFrom, nonEmptyString } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

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
  model: nonEmptyString(),
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
  dimensions: integerFrom(1),
  encoding_format: v.optional(v.picklist(['float', 'base64'], "must be 'float' or 'base64'")),
  input_type: v.optional(v.string()),
  provider: v.optional(v.looseObject({})),
})
