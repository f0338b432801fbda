import * as v from 'valibot'

// Validates what the snapshot keeps of a `GET /models?output_modalities=all` answer. Objects are loose so new upstream fields never fail a refresh; the fields users read
// or filter on must have the documented types, or the refresh stops before touching any file.

const DecimalSchema = v.pipe(
  v.string(),
  v.regex(/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i, 'Expected a decimal string such as "0.0000025"'),
)

const PricingSchema = v.looseObject({
  prompt: DecimalSchema,
  completion: DecimalSchema,
  request: v.optional(DecimalSchema),
  image: v.optional(DecimalSchema),
  image_token: v.optional(DecimalSchema),
  image_output: v.optional(DecimalSchema),
  audio: v.optional(DecimalSchema),
  audio_output: v.optional(DecimalSchema),
  input_audio_cache: v.optional(DecimalSchema),
  web_search: v.optional(DecimalSchema),
  internal_reasoning: v.optional(DecimalSchema),
  input_cache_read: v.optional(DecimalSchema),
  input_cache_write: v.optional(DecimalSchema),
  input_cache_write_1h: v.optional(DecimalSchema),
  discount: v.optional(v.number()),
  overrides: v.optional(v.array(v.record(v.string(), v.union([DecimalSchema, v.number()])))),
})

const ModelRowSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1, 'Expected a non-empty id')),
  canonical_slug: v.string(),
  name: v.string(),
  created: v.number(),
  context_length: v.nullable(v.number()),
  architecture: v.looseObject({
    modality: v.string(),
    input_modalities: v.array(v.string()),
    output_modalities: v.array(v.string()),
    tokenizer: v.string(),
    instruct_type: v.nullish(v.string()),
  }),
  pricing: PricingSchema,
  top_provider: v.looseObject({
    context_length: v.nullish(v.number()),
    max_completion_tokens: v.nullish(v.number()),
    is_moderated: v.boolean(),
  }),
  supported_parameters: v.array(v.string()),
  default_parameters: v.nullish(v.record(v.string(), v.unknown())),
  supported_voices: v.nullish(v.array(v.string())),
  knowledge_cutoff: v.nullish(v.string()),
  expiration_date: v.nullish(v.string()),
  hugging_face_id: v.nullish(v.string()),
  description: v.nullish(v.string()),
  links: v.nullish(v.looseObject({ details: v.string() })),
  per_request_limits: v.nullish(v.looseObject({ prompt_tokens: v.number(), completion_tokens: v.number() })),
  reasoning: v.nullish(v.looseObject({ mandatory: v.boolean() })),
  alias_target: v.nullish(v.looseObject({ slug: v.string(), name: v.string() })),
})

/** `GET /models` answer: `{ data: Model[] }` (newer answers add `total_count` and `links`). */
export const ModelsResponseSchema = v.looseObject({ data: v.array(ModelRowSchema) })

/** A validated `/models` answer. */
export type ModelsResponse = v.InferOutput<typeof ModelsResponseSchema>
