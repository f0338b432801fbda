import { isRecord, type OpenApiDocument } from './openapi-document'

// Deep enough for every response of the spec; past it a value is null, which also ends cycles.
const MAX_DEPTH = 12

const FORMATTED: Record<string, string> = {
  'date-time': '2026-01-01T00:00:00Z',
  date: '2026-01-01',
  uuid: '00000000-0000-4000-8000-000000000000',
  uri: 'https://example.com',
  url: 'https://example.com',
  email: 'user@example.com',
  binary: '',
}

/**
 * A value that fits `schema`, for responses the spec gives no example of: the schema's own
 * `example`, `const`, first `enum` value or `default` where it has one, else the simplest value of
 * its type, with the required properties of objects (all of them when none is required).
 */
export function synthesizeExample(spec: OpenApiDocument, schema: unknown, depth = 0): unknown {
  const resolved = resolveSchema(spec, schema)
  if (!isRecord(resolved) || depth > MAX_DEPTH) return null
  if (resolved.example !== undefined) return resolved.example
  if (Array.isArray(resolved.examples) && resolved.examples.length > 0) return resolved.examples[0]
  if (resolved.const !== undefined) return resolved.const
  if (Array.isArray(resolved.enum) && resolved.enum.length > 0) return resolved.enum[0]
  if (resolved.default !== undefined) return resolved.default
  if (Array.isArray(resolved.allOf)) {
    const parts = resolved.allOf.map((part) => synthesizeExample(spec, part, depth + 1))
    return parts.every(isRecord) ? Object.assign({}, ...parts) : (parts[0] ?? null)
  }
  const variants = resolved.oneOf ?? resolved.anyOf
  if (Array.isArray(variants) && variants.length > 0) return synthesizeExample(spec, variants[0], depth + 1)
  const type = Array.isArray(resolved.type) ? resolved.type.find((item) => item !== 'null') : resolved.type
  switch (type) {
    case 'object':
      return synthesizeObject(spec, resolved, depth)
    case 'array':
      return [synthesizeExample(spec, resolved.items, depth + 1)]
    case 'string':
      return FORMATTED[String(resolved.format)] ?? 'string'
    case 'integer':
    case 'number':
      return typeof resolved.minimum === 'number' ? resolved.minimum : 0
    case 'boolean':
      return false
    default:
      return isRecord(resolved.properties) ? synthesizeObject(spec, resolved, depth) : null
  }
}

function synthesizeObject(spec: OpenApiDocument, schema: Record<string, unknown>, depth: number): unknown {
  const properties = isRecord(schema.properties) ? schema.properties : {}
  const required = Array.isArray(schema.required) ? schema.required.map(String) : Object.keys(properties)
  const value: Record<string, unknown> = {}
  for (const name of required) value[name] = synthesizeExample(spec, properties[name], depth + 1)
  return value
}

/** Follows `$ref`s to `#/components/...` until a schema object (or nothing) remains. */
export function resolveSchema(spec: OpenApiDocument, schema: unknown): unknown {
  let current = schema
  for (let hops = 0; hops < 32 && isRecord(current) && typeof current.$ref === 'string'; hops++) {
    const [, , kind, name] = current.$ref.split('/')
    current = spec.components?.[kind ?? '']?.[name ?? '']
  }
  return current
}
