import { randomUUID } from 'node:crypto'
import type { Exchange } from '../exchange'
import { isRecord } from '../is-record'
import { sendError, sendJson } from '../respond'
import type { EmulatedOperation, TemplateMatch } from '../spec-operations'
import type { PresetEntry, SpecState } from '../spec-state'
import { list, now } from './spec-collection'

// Inference-only fields: the spec says the preset ignores them (they are not configuration).
const NOT_CONFIG = new Set(['messages', 'stream', 'prompt', 'input', 'system', 'instructions'])

/**
 * `/presets...`: POST /presets/{slug}/chat/completions|messages|responses creates the preset or
 * a new designated version of it from the request body (no inference runs); the reads list and
 * get presets and their versions (paged as the spec says); an unknown slug or version is a 404.
 */
export function handlePresets(
  exchange: Exchange,
  match: TemplateMatch,
  operation: EmulatedOperation,
  state: SpecState,
): boolean {
  const presets = state.presets()
  const example = isRecord(operation.body) ? operation.body : {}
  const path = match.template.path
  if (path === '/presets')
    return list(
      exchange,
      operation,
      example,
      [...presets.values()].map((entry) => entry.preset),
    )
  const slug = match.params.slug ?? ''
  if (operation.method === 'POST') {
    const entry = saveVersion(presets, slug, path.slice('/presets/{slug}/'.length), exchange.body)
    sendJson(exchange, operation.status, { ...example, data: withDesignated(entry) })
    return true
  }
  const entry = presets.get(slug)
  if (entry === undefined) {
    sendError(exchange, 404, `No preset with slug ${slug}`, 'not_found')
    return true
  }
  if (path === '/presets/{slug}')
    sendJson(exchange, operation.status, { ...example, data: withDesignated(entry) })
  else if (path === '/presets/{slug}/versions') list(exchange, operation, example, entry.versions)
  else {
    const version = entry.versions.find((item) => String(item.version) === match.params.version)
    if (version === undefined)
      sendError(exchange, 404, `Preset ${slug} has no version ${match.params.version}`, 'not_found')
    else sendJson(exchange, operation.status, { ...example, data: version })
  }
  return true
}

function saveVersion(
  presets: Map<string, PresetEntry>,
  slug: string,
  format: string,
  body: unknown,
): PresetEntry {
  const request = isRecord(body) ? body : {}
  const time = now()
  let entry = presets.get(slug)
  if (entry === undefined) {
    const preset = {
      id: randomUUID(),
      slug,
      name: slug,
      description: null,
      status: 'active',
      status_updated_at: null,
      creator_user_id: 'user_emulator',
      workspace_id: null,
      designated_version_id: '',
      created_at: time,
      updated_at: time,
    }
    entry = { preset, versions: [] }
    presets.set(slug, entry)
  }
  const config = Object.fromEntries(Object.entries(request).filter(([key]) => !NOT_CONFIG.has(key)))
  const version = {
    id: randomUUID(),
    preset_id: entry.preset.id,
    version: entry.versions.length + 1,
    config,
    system_prompt: systemPrompt(format, request),
    creator_id: 'user_emulator',
    created_at: time,
    updated_at: time,
  }
  entry.versions.push(version)
  entry.preset.designated_version_id = version.id
  entry.preset.updated_at = time
  return entry
}

// Where each request format keeps its system prompt.
function systemPrompt(format: string, request: Record<string, unknown>): string | null {
  if (format === 'messages') return typeof request.system === 'string' ? request.system : null
  if (format === 'responses') return typeof request.instructions === 'string' ? request.instructions : null
  const messages = Array.isArray(request.messages) ? request.messages : []
  const system = messages.find((message) => isRecord(message) && message.role === 'system')
  return isRecord(system) && typeof system.content === 'string' ? system.content : null
}

function withDesignated(entry: PresetEntry): Record<string, unknown> {
  const designated = entry.versions.find((version) => version.id === entry.preset.designated_version_id)
  return { ...entry.preset, designated_version: designated ?? null }
}
