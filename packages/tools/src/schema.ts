import { invalidRequest } from '@orsdk/transport/protocol'
import type { StandardJSONSchemaV1, StandardSchemaV1 } from '@standard-schema/spec'

/**
 * A plain JSON Schema object (`{ type: 'object', properties: { ... } }`). Used without a Standard
 * Schema, it is sent as it is and the reply is only JSON-parsed: nothing checks it against the
 * schema on this side (the model, in `strict` mode, is what keeps to it).
 */
export interface JsonSchema {
  readonly '~standard'?: never
  [keyword: string]: unknown
}

/** A schema a tool's arguments or a structured answer are described by. */
export type Schema<T = unknown> = StandardSchemaV1<unknown, T> | JsonSchema

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  (typeof value === 'object' || typeof value === 'function') && value !== null

/** True for a schema that implements Standard Schema (zod, valibot, arktype, effect, ...). */
export function isStandardSchema(value: unknown): value is StandardSchemaV1 {
  const standard = isObject(value) ? value['~standard'] : undefined
  return isObject(standard) && typeof standard.validate === 'function'
}

/**
 * The JSON Schema to send for `schema`: the one the caller gave (`jsonSchema`), the one a
 * Standard JSON Schema library describes itself with (zod 4 does; valibot needs its own
 * converter, so pass `jsonSchema`), or `schema` itself when it is plain JSON Schema. Checked
 * before any I/O; the top-level `$schema` keyword is left out, as providers' tool and format
 * parsers do not all take it.
 */
export function jsonSchemaOf(schema: unknown, jsonSchema: unknown, where: string): Json {
  if (jsonSchema !== undefined) {
    if (!isObject(jsonSchema) || Array.isArray(jsonSchema))
      throw invalidRequest(`${where}.jsonSchema: must be a JSON Schema object`)
    return withoutDialect(jsonSchema)
  }
  if (isStandardSchema(schema)) {
    const converter = (schema['~standard'] as Partial<StandardJSONSchemaV1.Props>).jsonSchema
    if (typeof converter?.input !== 'function') {
      const vendor = schema['~standard'].vendor
      throw invalidRequest(
        `${where}.jsonSchema: is required: this ${vendor} schema cannot describe itself as JSON Schema (pass its JSON Schema, e.g. from @valibot/to-json-schema)`,
      )
    }
    try {
      // The model writes what the schema takes in: its input side.
      return withoutDialect(converter.input({ target: 'draft-2020-12' }))
    } catch (error) {
      throw invalidRequest(
        `${where}: the schema could not be converted to JSON Schema (${(error as Error).message}); pass jsonSchema`,
        error,
      )
    }
  }
  if (!isObject(schema) || Array.isArray(schema))
    throw invalidRequest(`${where}: must be a Standard Schema (zod, valibot, ...) or a JSON Schema object`)
  return withoutDialect(schema)
}

function withoutDialect(schema: Json): Json {
  if (!('$schema' in schema)) return schema
  const { $schema: _dialect, ...rest } = schema
  return rest
}

/** The outcome of checking a value against a schema. */
export type Checked<T> = { value: T; issues?: undefined } | { issues: readonly StandardSchemaV1.Issue[] }

/**
 * Checks `value` against a Standard Schema (its output, with defaults and transforms applied),
 * or passes it through for a plain JSON Schema, which this side does not validate.
 */
export async function checkValue<T>(schema: Schema<T>, value: unknown): Promise<Checked<T>> {
  if (!isStandardSchema(schema)) return { value: value as T }
  const result = await (schema as StandardSchemaV1<unknown, T>)['~standard'].validate(value)
  return result.issues === undefined ? { value: result.value } : { issues: result.issues }
}

/** `path.to.field: message; ...` for the first few issues. */
export function describeIssues(issues: readonly StandardSchemaV1.Issue[], max = 3): string {
  const shown = issues.slice(0, max).map((issue) => {
    const path = (issue.path ?? [])
      .map((segment) => String(typeof segment === 'object' ? segment.key : segment))
      .join('.')
    return path === '' ? issue.message : `${path}: ${issue.message}`
  })
  const more = issues.length > max ? ` (and ${issues.length - max} more)` : ''
  return `${shown.join('; ')}${more}`
}
