import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { Exchange } from '../exchange'
import { isRecord } from '../is-record'
import { pagedBody, paginate } from '../paginate'
import { sendError, sendJson } from '../respond'
import type { EmulatedOperation, TemplateMatch } from '../spec-operations'
import type { Collection } from '../spec-state'

type Row = Record<string, unknown>

/**
 * Answers a collection's operations from its records: list (paged as the spec says), create (the
 * spec's example record, overlaid with the request body and a fresh id), get, update and delete;
 * an unknown id is a 404. Returns false for an operation that is not one of these.
 */
export function handleCollection(
  exchange: Exchange,
  match: TemplateMatch,
  operation: EmulatedOperation,
  collection: Collection,
): boolean {
  const example = isRecord(operation.body) ? operation.body : {}
  const body = isRecord(exchange.body) ? exchange.body : {}
  if (match.template.path === collection.path) {
    if (operation.method === 'GET')
      return list(exchange, operation, example, [...collection.records.values()])
    if (operation.method !== 'POST') return false
    const { record, key } = createRecord(collection, example, body)
    collection.records.set(String(record[collection.idField]), record)
    sendJson(exchange, operation.status, { ...example, data: record, ...(key !== undefined && { key }) })
    return true
  }
  const id = match.params[collection.idField] ?? ''
  const record = collection.find(id)
  if (record === undefined) {
    sendError(
      exchange,
      404,
      `No ${collection.path.slice(1)} record with ${collection.idField} ${id}`,
      'not_found',
    )
    return true
  }
  if (operation.method === 'GET') {
    sendJson(exchange, operation.status, { ...example, data: record })
  } else if (operation.method === 'PATCH') {
    Object.assign(record, body, { [collection.idField]: record[collection.idField], updated_at: now() })
    sendJson(exchange, operation.status, { ...example, data: record })
  } else if (operation.method === 'DELETE') {
    collection.records.delete(String(record[collection.idField]))
    sendJson(exchange, operation.status, example)
  } else {
    return false
  }
  return true
}

/** Sends one page of `rows` shaped like the list example (every row when the list does not page). */
export function list(
  exchange: Exchange,
  operation: EmulatedOperation,
  example: Row,
  rows: unknown[],
): boolean {
  if (operation.pages === undefined) {
    sendJson(exchange, operation.status, { ...example, data: rows })
    return true
  }
  const page = paginate(rows, exchange.recorded.query, operation.pages)
  if ('error' in page) sendError(exchange, 400, page.error)
  else sendJson(exchange, operation.status, pagedBody(example, page, operation.pages))
  return true
}

// The spec's created record overlaid with the body. When the create answer carries the new
// secret (`key`, as POST /keys does), a key is minted and the record's id is its SHA-256 hash.
function createRecord(collection: Collection, example: Row, body: Row): { record: Row; key?: string } {
  const template = isRecord(example.data) ? structuredClone(example.data) : {}
  const record: Row = { ...template, ...body, created_at: now(), updated_at: null }
  if (typeof example.key !== 'string') {
    record[collection.idField] = randomUUID()
    return { record }
  }
  const key = `sk-or-v1-${randomBytes(32).toString('hex')}`
  record[collection.idField] = createHash('sha256').update(key).digest('hex')
  if (typeof body.name === 'string') record.label = body.name
  if ('limit' in body) record.limit_remaining = body.limit
  return { record, key }
}

/** The time as the spec writes it. */
export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}
