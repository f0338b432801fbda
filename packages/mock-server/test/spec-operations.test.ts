import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MANAGEMENT_KEY_PREFIX, type MockServer, startMockServer } from '../src/index'
import { isHandWritten } from '../src/routes'
import type { EmulatedOperation } from '../src/spec-operations'
import { KEY, scenarioHeader } from './helpers'

const MANAGEMENT_KEY = `${MANAGEMENT_KEY_PREFIX}test`
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/spec-operations.json', import.meta.url), 'utf8'),
) as { operations: EmulatedOperation[] }

// Path parameter values that exist in a fresh server: the spec's example records it is seeded with.
const PARAMS: Record<string, string> = {
  hash: 'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943',
  slug: 'my-preset',
  version: '1',
  interval: 'monthly',
  author: 'openai',
  jobId: 'job-abc123',
  file_id: 'or_file_011CNha8iCJcU1wXNR6q4V8w',
}
const IDS: Record<string, string> = {
  '/byok': '11111111-2222-3333-4444-555555555555',
  '/guardrails': '550e8400-e29b-41d4-a716-446655440000',
  '/observability/destinations': '99999999-aaaa-bbbb-cccc-dddddddddddd',
  '/scim/group-mappings': '770e8400-e29b-41d4-a716-446655440000',
  '/workspaces': 'production',
}
const FIELDS: Record<string, unknown> = {
  limit_usd: 10,
  user_ids: ['user_abc123'],
  key_hashes: [PARAMS.hash],
  member_user_ids: ['user_abc123'],
  messages: [{ role: 'user', content: 'Hi' }],
  metrics: ['request_count'],
  documents: ['a'],
}

let server: MockServer
beforeAll(async () => {
  server = await startMockServer()
})
afterAll(() => server.close())

function concrete(path: string): string {
  const root = Object.keys(IDS).find((prefix) => path.startsWith(`${prefix}/`))
  return path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    name === 'id' && root !== undefined ? (IDS[root] ?? '') : (PARAMS[name] ?? 'x'),
  )
}

function call(
  method: string,
  path: string,
  options: { key?: string; body?: unknown; scenario?: object } = {},
) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (options.key !== '') headers.authorization = `Bearer ${options.key ?? MANAGEMENT_KEY}`
  if (options.scenario) headers['x-mock-scenario'] = scenarioHeader(options.scenario)
  const body = options.body === undefined ? undefined : JSON.stringify(options.body)
  return fetch(`${server.baseURL}${path}`, { method, headers, ...(body !== undefined && { body }) })
}

async function json(response: Response): Promise<Record<string, unknown> & { data?: unknown }> {
  return (await response.json()) as Record<string, unknown>
}

describe('the spec operations', () => {
  it('answers every operation no hand-written route serves with the status and content type the spec gives', async () => {
    // Writes first, deletes last and deepest first, so each call finds what it asks for.
    const order = ['POST', 'PUT', 'GET', 'PATCH', 'DELETE']
    // The hand-written routes stay in charge of their paths (see the other test files).
    const handWritten = fixture.operations.filter((operation) =>
      isHandWritten(operation.method, `/api/v1${concrete(operation.path)}`),
    )
    const generic = fixture.operations
      .filter((operation) => !handWritten.includes(operation))
      .sort((a, b) => order.indexOf(a.method) - order.indexOf(b.method) || b.path.length - a.path.length)
    expect(handWritten.map((operation) => `${operation.method} ${operation.path}`)).toEqual(
      expect.arrayContaining(['POST /chat/completions', 'POST /messages', 'GET /models', 'POST /responses']),
    )
    const answered: string[] = []
    for (const operation of generic) {
      const fields = (operation.requestRequired ?? []).map((field) => [field, FIELDS[field] ?? 'x'])
      const body = ['GET', 'DELETE'].includes(operation.method) ? undefined : Object.fromEntries(fields)
      const response = await call(operation.method, concrete(operation.path), { body })
      const text = await response.text()
      expect(response.status, `${operation.method} ${operation.path}: ${text.slice(0, 200)}`).toBe(
        operation.status,
      )
      if (operation.contentType !== undefined) {
        expect(response.headers.get('content-type')).toBe(operation.contentType)
      }
      answered.push(`${operation.method} ${operation.path}`)
    }
    expect(new Set(answered).size).toBe(generic.length)
  })

  it('answers a stateless operation with the spec example', async () => {
    const credits = fixture.operations.find((operation) => operation.path === '/credits')
    expect(await json(await call('GET', '/credits'))).toEqual(credits?.body)
  })

  it('leaves the hand-written routes in charge of their paths', async () => {
    const response = await call('GET', '/generation?id=gen-0-unknown', { key: KEY })
    expect(response.status).toBe(404)
    const models = await json(await call('GET', '/models?output_modalities=all', { key: '' }))
    expect(models.data).toHaveLength(549)
  })

  it('honours the scenario: a scripted status, body and headers win over the spec answer', async () => {
    const failed = await call('GET', '/credits', { scenario: { status: 503, retryAfter: 2 } })
    expect(failed.status).toBe(503)
    expect(failed.headers.get('retry-after')).toBe('2')
    expect(await json(failed)).toMatchObject({ error: { code: 503 } })
    const scripted = await call('GET', '/credits', {
      scenario: { body: { data: { total_credits: 1 } }, headers: { 'x-a': 'b' } },
    })
    expect(scripted.headers.get('x-a')).toBe('b')
    expect(await json(scripted)).toEqual({ data: { total_credits: 1 } })
  })

  it('rejects a missing required body field and an enum path parameter outside the spec with 400', async () => {
    const missing = await call('POST', '/keys', { body: { limit: 5 } })
    expect(missing.status).toBe(400)
    expect(await json(missing)).toMatchObject({ error: { message: 'Missing required field: name' } })
    const interval = await call('GET', '/workspaces/production/budgets/hourly')
    expect(interval.status).toBe(400)
    expect(await json(interval)).toMatchObject({
      error: { message: 'interval must be one of daily, weekly, monthly, lifetime' },
    })
  })

  it('answers 405 for a method the spec does not list on a path', async () => {
    const response = await call('DELETE', '/credits')
    expect(response.status).toBe(405)
    await response.arrayBuffer()
  })
})

describe('keys on spec operations', () => {
  it('answers a management operation 401 without a key and 403 with an ordinary key', async () => {
    const none = await call('GET', '/credits', { key: '' })
    expect(none.status).toBe(401)
    await none.arrayBuffer()
    const ordinary = await call('GET', '/credits', { key: KEY })
    expect(ordinary.status).toBe(403)
    expect(await json(ordinary)).toMatchObject({
      error: { code: 403, message: 'Only management keys can perform this operation' },
    })
  })

  it('answers an operation any key may call with an ordinary key, and a public one with none', async () => {
    const content = await call('GET', '/generation/content?id=gen-1', { key: KEY })
    expect(content.status).toBe(200)
    await content.arrayBuffer()
    const withoutKey = await call('GET', '/generation/content?id=gen-1', { key: '' })
    expect(withoutKey.status).toBe(401)
    await withoutKey.arrayBuffer()
    const count = await call('GET', '/models/count', { key: '' })
    expect(count.status).toBe(200)
    expect(await json(count)).toEqual({ data: { count: 150 } })
  })

  it('says on GET /key whether the key is a management key', async () => {
    const management = await json(await call('GET', '/key'))
    const ordinary = await json(await call('GET', '/key', { key: KEY }))
    expect(management.data).toMatchObject({ is_management_key: true })
    expect(ordinary.data).toMatchObject({ is_management_key: false })
  })
})
