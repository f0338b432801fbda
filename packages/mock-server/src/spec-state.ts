import { isRecord } from './is-record'
import { findOperation, operationTemplates } from './spec-operations'

type Row = Record<string, unknown>

/**
 * A collection of records the spec creates, lists, reads, updates and deletes: a path `T` with
 * GET and POST, and `T/{id}` with GET, whose answers wrap the record in `data` (API keys,
 * workspaces, guardrails, BYOK keys, observability destinations, SCIM group mappings).
 */
export interface Collection {
  /** The collection's template path, e.g. `/keys`. */
  readonly path: string
  /** The item's path parameter, e.g. `hash`; also the record's id field. */
  readonly idField: string
  readonly records: Map<string, Row>
  /** A record by id, or by slug where records have one (workspaces answer to both). */
  find(id: string): Row | undefined
}

/** One saved preset and its versions, oldest first. */
export interface PresetEntry {
  preset: Row
  versions: Row[]
}

/** What the spec's operations remember between requests, per server. */
export interface SpecState {
  /** The collection whose root or item template path this is, created and seeded on first use. */
  collection(templatePath: string): Collection | undefined
  /** Workspace id -> interval -> budget. */
  readonly budgets: Map<string, Map<string, Row>>
  /** Workspace id -> the workspace-wide include_byok_in_budgets flag. */
  readonly includeByok: Map<string, boolean>
  /** Presets by slug, seeded with the spec's example on first use. */
  presets(): Map<string, PresetEntry>
}

/** Creates the empty state of one server; collections are seeded with the spec's example record. */
export function createSpecState(): SpecState {
  const collections = new Map<string, Collection | null>()
  let presets: Map<string, PresetEntry> | undefined
  return {
    collection(templatePath) {
      const root = collectionRoot(templatePath)
      if (root === undefined) return undefined
      if (!collections.has(root.path)) collections.set(root.path, createCollection(root.path, root.idField))
      return collections.get(root.path) ?? undefined
    },
    budgets: new Map(),
    includeByok: new Map(),
    presets() {
      presets ??= seedPresets()
      return presets
    },
  }
}

// `/keys` for both `/keys` and `/keys/{hash}`, when the spec makes it a collection.
function collectionRoot(templatePath: string): { path: string; idField: string } | undefined {
  const item = /^(.*)\/\{[^}]+\}$/.exec(templatePath)
  const rootPath = item ? (item[1] ?? '') : templatePath
  const itemPattern = new RegExp(`^${escapeRegExp(rootPath)}/\\{[^}]+\\}$`)
  const itemTemplate = operationTemplates().find((candidate) => itemPattern.test(candidate.path))
  if (itemTemplate === undefined) return undefined
  const created = findOperation('POST', rootPath)?.body
  const listed = findOperation('GET', rootPath)
  if (
    !itemTemplate.byMethod.has('GET') ||
    listed === undefined ||
    !isRecord(created) ||
    !isRecord(created.data)
  ) {
    return undefined
  }
  return { path: rootPath, idField: itemTemplate.names[0] ?? 'id' }
}

function createCollection(path: string, idField: string): Collection {
  const records = new Map<string, Row>()
  const example = findOperation('GET', `${path}/{${idField}}`)?.body
  if (isRecord(example) && isRecord(example.data) && typeof example.data[idField] === 'string') {
    records.set(example.data[idField], structuredClone(example.data))
  }
  return {
    path,
    idField,
    records,
    find(id) {
      const direct = records.get(id)
      if (direct !== undefined) return direct
      for (const record of records.values()) if (record.slug === id) return record
      return undefined
    },
  }
}

function seedPresets(): Map<string, PresetEntry> {
  const presets = new Map<string, PresetEntry>()
  const example = findOperation('GET', '/presets/{slug}')?.body
  if (isRecord(example) && isRecord(example.data) && typeof example.data.slug === 'string') {
    const { designated_version: version, ...preset } = structuredClone(example.data)
    presets.set(example.data.slug, { preset, versions: isRecord(version) ? [version] : [] })
  }
  return presets
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
