import { parse } from 'yaml'
import { SpecError } from './spec-error'

/** The parts of an OpenAPI 3.1 document the tools read; everything else is carried untouched. */
export interface OpenApiDocument {
  openapi: string
  info?: Record<string, unknown>
  paths: Record<string, Record<string, unknown>>
  components?: Record<string, Record<string, unknown>>
  [key: string]: unknown
}

/** One operation of the spec, with its key `METHOD /path` as the map and the drift report name it. */
export interface SpecOperation {
  readonly key: string
  readonly method: string
  readonly path: string
  readonly operationId: string | undefined
  readonly operation: Record<string, unknown>
}

/** The HTTP methods an OpenAPI path item can hold; other keys (`parameters`, `summary`) are not operations. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

/**
 * Parses a spec from YAML or JSON text (JSON is YAML, but JSON.parse is much faster on a 1 MB
 * body) and checks it is an OpenAPI 3.x document with `paths`. `origin` names the source in errors.
 */
export function parseSpec(text: string, origin: string): OpenApiDocument {
  let document: unknown
  try {
    document = text.trimStart().startsWith('{') ? JSON.parse(text) : parse(text, { maxAliasCount: -1 })
  } catch (error) {
    throw new SpecError(`${origin}: not YAML or JSON (${(error as Error).message.split('\n')[0]})`)
  }
  if (!isRecord(document) || typeof document.openapi !== 'string' || !document.openapi.startsWith('3.')) {
    throw new SpecError(`${origin}: not an OpenAPI 3 document (no "openapi: 3.x" at the top)`)
  }
  if (!isRecord(document.paths)) throw new SpecError(`${origin}: the document has no "paths" object`)
  return document as OpenApiDocument
}

/** Every operation of the spec, in the spec's own order. */
export function listOperations(spec: OpenApiDocument): SpecOperation[] {
  const operations: SpecOperation[] = []
  for (const [path, item] of Object.entries(spec.paths)) {
    if (!isRecord(item)) continue
    for (const method of HTTP_METHODS) {
      const operation = item[method]
      if (!isRecord(operation)) continue
      const upper = method.toUpperCase()
      operations.push({
        key: operationKey(upper, path),
        method: upper,
        path,
        operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
        operation,
      })
    }
  }
  return operations
}

/** `GET /keys/{hash}`: how the map, the README table and the drift report name an operation. */
export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`
}

/** Whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
