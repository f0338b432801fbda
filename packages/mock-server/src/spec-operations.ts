import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isRecord } from './is-record'

/** How one operation of OpenRouter's OpenAPI spec is answered (fixtures/spec-operations.json, made by `pnpm spec:generate`). */
export interface EmulatedOperation {
  operationId: string
  method: string
  /** The spec's path template below /api/v1, e.g. `/keys/{hash}`. */
  path: string
  /** `none`: no key needed; `key`: any bearer; `management`: a management key (see management-key.ts). */
  auth: 'none' | 'key' | 'management'
  status: number
  contentType?: string
  body?: unknown
  streamEvent?: unknown
  pages?: Paging
  pathEnums?: Record<string, string[]>
  requestRequired?: string[]
}

/** How a list pages, named after the spec's own parameters and fields. */
export type Paging =
  | { style: 'offset'; offset: string; limit?: string; items: string; total?: string; defaultLimit?: number }
  | { style: 'cursor'; cursor: string; limit?: string; items: string; next: string; defaultLimit?: number }

/** The operations of one path template, by method. */
export interface OperationTemplate {
  path: string
  pattern: RegExp
  names: string[]
  /** Literal segments count: `/videos/models` beats `/videos/{jobId}`. */
  literals: number
  byMethod: Map<string, EmulatedOperation>
}

/** A request path matched to a template, with its decoded path parameters. */
export interface TemplateMatch {
  template: OperationTemplate
  params: Record<string, string>
}

const API_PREFIX = '/api/v1'
let templates: OperationTemplate[] | undefined

function fixturePath(): string {
  // src/ and dist/ both sit one level below the package root, next to fixtures/.
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url))
  return resolve(here, '..', 'fixtures', 'spec-operations.json')
}

/** Every template of the spec, most literal first; read and compiled once, on first use. */
export function operationTemplates(): OperationTemplate[] {
  if (templates !== undefined) return templates
  const document: unknown = JSON.parse(readFileSync(fixturePath(), 'utf8'))
  const operations = isRecord(document) && Array.isArray(document.operations) ? document.operations : []
  const byPath = new Map<string, OperationTemplate>()
  for (const operation of operations as EmulatedOperation[]) {
    let template = byPath.get(operation.path)
    if (template === undefined) {
      template = compile(operation.path)
      byPath.set(operation.path, template)
    }
    template.byMethod.set(operation.method, operation)
  }
  templates = [...byPath.values()].sort((a, b) => b.literals - a.literals)
  return templates
}

/** The template a request path (with `/api/v1`) falls under, or undefined. */
export function matchTemplate(path: string): TemplateMatch | undefined {
  if (!path.startsWith(`${API_PREFIX}/`)) return undefined
  const below = path.slice(API_PREFIX.length)
  for (const template of operationTemplates()) {
    const match = template.pattern.exec(below)
    if (match === null) continue
    const params: Record<string, string> = {}
    template.names.forEach((name, index) => {
      params[name] = safeDecode(match[index + 1] ?? '')
    })
    return { template, params }
  }
  return undefined
}

/** The emulated operation for a method and a template path, e.g. ('GET', '/workspaces/{id}'). */
export function findOperation(method: string, path: string): EmulatedOperation | undefined {
  return operationTemplates()
    .find((template) => template.path === path)
    ?.byMethod.get(method)
}

function compile(path: string): OperationTemplate {
  const names: string[] = []
  let literals = 0
  const source = path
    .split('/')
    .map((segment) => {
      const param = /^\{(.+)\}$/.exec(segment)
      if (param) {
        names.push(param[1] ?? '')
        return '([^/]+)'
      }
      if (segment !== '') literals++
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('/')
  return { path, pattern: new RegExp(`^${source}$`), names, literals, byMethod: new Map() }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
