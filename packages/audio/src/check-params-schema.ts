import { invalidParams } from '@orsdk/transport'
import * as v from 'valibot'

type AnySchema = v.GenericSchema<unknown, unknown>

const CONFIG = { abortEarly: true } as const

/**
 * Checks params against a schema before any I/O; throws `invalid_request` whose message
 * names the call and the field path of the first problem, e.g. `speak: text: must not be empty`.
 */
export function checkParams(schema: AnySchema, params: unknown, context: string): void {
  const result = v.safeParse(schema, params, CONFIG)
  if (!result.success) throw invalidParams(context, result.issues[0])
}

/** A non-empty string field. */
export const nonEmptyString = (what = 'must be a string') =>
  v.pipe(v.string(what), v.nonEmpty('must not be empty'))

/** An optional non-empty string field. */
export const optionalString = () => v.optional(nonEmptyString())
