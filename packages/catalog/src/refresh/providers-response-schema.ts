import * as v from 'valibot'

// Validates a `GET /providers` answer (`{ data: [{ name, slug, ... }] }`). Loose objects: new fields pass.
const ProviderRowSchema = v.looseObject({
  slug: v.pipe(v.string(), v.minLength(1, 'Expected a non-empty slug')),
  name: v.string(),
  privacy_policy_url: v.nullish(v.string()),
  terms_of_service_url: v.nullish(v.string()),
  status_page_url: v.nullish(v.string()),
  headquarters: v.nullish(v.string()),
  datacenters: v.nullish(v.array(v.string())),
})

/** `GET /providers` answer: `{ data: Provider[] }`. */
export const ProvidersResponseSchema = v.looseObject({ data: v.array(ProviderRowSchema) })

/** A validated `/providers` answer. */
export type ProvidersResponse = v.InferOutput<typeof ProvidersResponseSchema>
