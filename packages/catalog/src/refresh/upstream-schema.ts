// Runs the two response schemas and turns valibot issues into one readable report. Like every
// other valibot import, it lives in a *-schema.ts file (STYLE rule 14).
import * as v from 'valibot'
import { type ModelsResponse, ModelsResponseSchema } from './models-response-schema'
import { type ProvidersResponse, ProvidersResponseSchema } from './providers-response-schema'
import { RefreshError } from './refresh-error'

const MAX_REPORTED_ISSUES = 5

/**
 * Validates a `/models` body; throws a {@link RefreshError} naming the path of each bad field.
 * `origin` (URL or file) heads the report.
 */
export function validateModels(body: unknown, origin: string): ModelsResponse {
  return validate(ModelsResponseSchema, body, origin)
}

/** Validates a `/providers` body like {@link validateModels}. */
export function validateProviders(body: unknown, origin: string): ProvidersResponse {
  return validate(ProvidersResponseSchema, body, origin)
}

function validate<TSchema extends v.GenericSchema>(
  schema: TSchema,
  body: unknown,
  origin: string,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, body)
  if (result.success) return result.output
  const lines = result.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
    const path = v.getDotPath(issue) ?? '(root)'
    return `  at ${path}: ${issue.message}`
  })
  const more = result.issues.length - lines.length
  if (more > 0) lines.push(`  ... and ${more} more`)
  throw new RefreshError(`Malformed answer from ${origin}; nothing was written:\n${lines.join('\n')}`)
}
