import { integerFrom, nonEmptyString } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

const DocumentSchema = v.union(
  [
    v.string(),
    v.pipe(
      v.looseObject({ text: v.optional(v.string()), image: v.optional(v.string()) }),
      v.check(
        (document) => document.text !== undefined || document.image !== undefined,
        'needs text or image',
      ),
    ),
  ],
  'must be a string or an object with text and/or image',
)

/**
 * The valibot schema of `RerankParams`, as `rerank` checks it before any I/O: `top_n` is also
 * checked against the number of documents. Loose, so newer fields pass through.
 *
 * @example
 * import * as v from 'valibot'
 * v.parse(RerankParamsSchema, { model: 'cohere/rerank-v3.5', query: 'capital of France', documents: ['Paris'] })
 */
export const RerankParamsSchema = v.pipe(
  v.looseObject({
    model: nonEmptyString('must be an OpenRouter model slug'),
    query: nonEmptyString(),
    documents: v.pipe(v.array(DocumentSchema, 'must be an array'), v.nonEmpty('must not be empty')),
    top_n: integerFrom(1),
    provider: v.nullish(v.looseObject({})),
  }),
  v.forward(
    v.check(
      (params) => params.top_n === undefined || params.top_n <= params.documents.length,
      'must not be more than the number of documents',
    ),
    ['top_n'],
  ),
)
