import { isRecord, listOperations, type OpenApiDocument, type SpecOperation } from './openapi-document'
import type { OperationsMap, Paging } from './operations-map'
import { resolveSchema, synthesizeExample } from './synthesize-example'

/** Where the emulator reads the operations from, relative to the repo root. */
export const EMULATOR_FIXTURE_PATH = 'packages/mock-server/fixtures/spec-operations.json'

/** How the emulator answers one spec operation that no hand-written route serves. */
export interface EmulatorOperation {
  operationId: string
  method: string
  /** The spec's path template, e.g. `/keys/{hash}` (below `/api/v1`). */
  path: string
  /** `none`: no key needed; `key`: any bearer; `management`: a management key. */
  auth: 'none' | 'key' | 'management'
  status: number
  /** Absent when the answer has no body. */
  contentType?: string
  body?: unknown
  /** The spec's example event, when the operation also streams (`stream: true`). */
  streamEvent?: unknown
  pages?: Paging & { defaultLimit?: number }
  /** Path parameters whose schema is an enum: any other value is a 400. */
  pathEnums?: Record<string, string[]>
  /** Top-level fields a JSON request body must have: a body without one is a 400. */
  requestRequired?: string[]
}

/** The fixture file: every operation of the spec, compact, so the emulator parses no YAML. */
export interface EmulatorFixture {
  source: string
  operations: EmulatorOperation[]
}

// The marker the spec's descriptions carry on every operation that needs a management key; the
// security requirement objects are the same bearer scheme for all operations.
export const MANAGEMENT_MARKER = /\[Management key\]\([^)]*\) required/

/** Whether the spec says an operation needs a management key. */
export function needsManagementKey(operation: Record<string, unknown>): boolean {
  return typeof operation.description === 'string' && MANAGEMENT_MARKER.test(operation.description)
}

/**
 * Extracts the emulator's view of every operation: status, content type and body from the spec's
 * own example (else a body synthesized from the schema), the auth rule, and paging from the map.
 */
export function buildEmulatorFixture(spec: OpenApiDocument, map: OperationsMap): EmulatorFixture {
  const paging = new Map(map.operations.map((row) => [`${row.method.toUpperCase()} ${row.path}`, row.pages]))
  return {
    source: 'spec/openapi.yaml, extracted by `pnpm spec:generate` (spec-tools); do not edit',
    operations: listOperations(spec).map((operation) =>
      emulatorOperation(spec, operation, paging.get(operation.key)),
    ),
  }
}

/** Renders the fixture as the file's text: one operation per line keeps diffs readable. */
export function renderEmulatorFixture(fixture: EmulatorFixture): string {
  const lines = fixture.operations.map((operation) => `    ${JSON.stringify(operation)}`)
  return `{\n  "source": ${JSON.stringify(fixture.source)},\n  "operations": [\n${lines.join(',\n')}\n  ]\n}\n`
}

function emulatorOperation(
  spec: OpenApiDocument,
  { operationId, method, path, operation }: SpecOperation,
  pages: Paging | undefined,
): EmulatorOperation {
  const responses = isRecord(operation.responses) ? operation.responses : {}
  const [status, response] = pickResponse(operation, responses)
  const content = isRecord(response) && isRecord(response.content) ? response.content : {}
  const types = Object.keys(content)
  const contentType =
    types.find((type) => /json/.test(type)) ?? types.find((type) => type !== 'text/event-stream')
  const result: EmulatorOperation = {
    operationId: operationId ?? '',
    method,
    path,
    auth: authRule(operation),
    status,
  }
  if (contentType !== undefined) {
    // `audio/*` is a range, not a type a server can send.
    result.contentType = contentType.includes('*') ? 'application/octet-stream' : contentType
    result.body = exampleOf(spec, content[contentType])
  }
  if (content['text/event-stream'] !== undefined) {
    const event = exampleOf(spec, content['text/event-stream'])
    result.streamEvent = isRecord(event) && isRecord(event.data) ? event.data : event
  }
  if (pages !== undefined) result.pages = withDefaultLimit(spec, operation, pages)
  const enums = pathEnums(spec, operation)
  if (enums !== undefined) result.pathEnums = enums
  const required = requiredFields(spec, operation)
  if (required !== undefined) result.requestRequired = required
  return result
}

function requiredFields(spec: OpenApiDocument, operation: Record<string, unknown>): string[] | undefined {
  const body = resolveSchema(spec, operation.requestBody)
  const content = isRecord(body) && isRecord(body.content) ? body.content : {}
  const media = content['application/json']
  const schema = resolveSchema(spec, isRecord(media) ? media.schema : undefined)
  const required = isRecord(schema) && Array.isArray(schema.required) ? schema.required.map(String) : []
  return required.length > 0 ? required : undefined
}

// The lowest 2xx; a deprecated operation that documents 410 Gone answers that instead.
function pickResponse(
  operation: Record<string, unknown>,
  responses: Record<string, unknown>,
): [number, unknown] {
  if (operation.deprecated === true && responses['410'] !== undefined) return [410, responses['410']]
  const success = Object.keys(responses)
    .filter((code) => /^2\d\d$/.test(code))
    .sort()
  const code = success[0] ?? '200'
  return [Number(code), responses[code]]
}

function authRule(operation: Record<string, unknown>): EmulatorOperation['auth'] {
  if (needsManagementKey(operation)) return 'management'
  const responses = isRecord(operation.responses) ? operation.responses : {}
  // An operation that cannot fail authentication (no 401 listed, or `security: []`) needs no key.
  const isPublic =
    (Array.isArray(operation.security) && operation.security.length === 0) || !('401' in responses)
  return isPublic ? 'none' : 'key'
}

function exampleOf(spec: OpenApiDocument, media: unknown): unknown {
  if (!isRecord(media)) return null
  if (media.example !== undefined) return media.example
  if (isRecord(media.examples)) {
    const first = Object.values(media.examples)[0]
    if (isRecord(first) && first.value !== undefined) return first.value
  }
  return synthesizeExample(spec, media.schema)
}

function withDefaultLimit(spec: OpenApiDocument, operation: Record<string, unknown>, pages: Paging) {
  const limit = pages.limit && resolveSchema(spec, queryParameter(operation, pages.limit))
  const schema = isRecord(limit) ? resolveSchema(spec, limit.schema) : undefined
  const fallback = isRecord(schema) && typeof schema.default === 'number' ? schema.default : undefined
  return fallback === undefined ? pages : { ...pages, defaultLimit: fallback }
}

function queryParameter(operation: Record<string, unknown>, name: string): unknown {
  const parameters = Array.isArray(operation.parameters) ? operation.parameters : []
  return parameters.find(
    (parameter) => isRecord(parameter) && parameter.in === 'query' && parameter.name === name,
  )
}

function pathEnums(spec: OpenApiDocument, operation: Record<string, unknown>) {
  const enums: Record<string, string[]> = {}
  for (const raw of Array.isArray(operation.parameters) ? operation.parameters : []) {
    const parameter = resolveSchema(spec, raw)
    if (!isRecord(parameter) || parameter.in !== 'path') continue
    const schema = resolveSchema(spec, parameter.schema)
    if (isRecord(schema) && Array.isArray(schema.enum))
      enums[String(parameter.name)] = schema.enum.map(String)
  }
  return Object.keys(enums).length > 0 ? enums : undefined
}
