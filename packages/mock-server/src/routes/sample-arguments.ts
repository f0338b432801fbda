import { isRecord } from '../is-record'

/** Builds a plausible value for a JSON Schema: first enum value, else a sample of its type. */
export function sampleValue(schema: unknown, depth = 0): unknown {
  if (!isRecord(schema) || depth > 4) return 'emulated'
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0]
  if (schema.const !== undefined) return schema.const
  // A union (zod's optional and nullable fields, `anyOf` of shapes): its first non-null member.
  const members = Array.isArray(schema.anyOf)
    ? schema.anyOf
    : Array.isArray(schema.oneOf)
      ? schema.oneOf
      : undefined
  if (members !== undefined && members.length > 0)
    return sampleValue(
      members.find((member) => !isRecord(member) || member.type !== 'null') ?? members[0],
      depth,
    )
  const types = Array.isArray(schema.type) ? schema.type : [schema.type]
  const type =
    types.find((item) => item !== 'null') ?? types[0] ?? (isRecord(schema.properties) ? 'object' : undefined)
  switch (type) {
    case 'number':
      return typeof schema.minimum === 'number' && schema.minimum > 42.5 ? schema.minimum : 42.5
    case 'integer':
      return typeof schema.minimum === 'number' && schema.minimum > 42 ? Math.ceil(schema.minimum) : 42
    case 'boolean':
      return true
    case 'null':
      return null
    case 'array':
      return [sampleValue(schema.items, depth + 1)]
    case 'object':
      return sampleArguments(schema, depth + 1)
    default:
      return 'emulated'
  }
}

/** Builds tool-call arguments for a JSON Schema object: one sample value per declared property. */
export function sampleArguments(schema: unknown, depth = 0): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  if (!isRecord(schema) || !isRecord(schema.properties)) return result
  for (const [name, property] of Object.entries(schema.properties)) {
    result[name] = sampleValue(property, depth)
  }
  return result
}
