import { isRecord } from '../is-record'

/** Builds a plausible value for a JSON Schema: first enum value, else a sample of its type. */
export function sampleValue(schema: unknown, depth = 0): unknown {
  if (!isRecord(schema) || depth > 4) return 'emulated'
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0]
  if (schema.const !== undefined) return schema.const
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  switch (type) {
    case 'number':
      return 42.5
    case 'integer':
      return 42
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
