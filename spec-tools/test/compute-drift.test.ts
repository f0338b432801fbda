import { describe, expect, it } from 'vitest'
import { canonicalJson, computeDrift, filterDrift, hasDrift } from '../src/compute-drift'
import { driftHeadline, formatDrift } from '../src/format-drift'
import type { OpenApiDocument } from '../src/openapi-document'

const ok = (schema: string) => ({
  '200': { content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } } },
})
const before: OpenApiDocument = {
  openapi: '3.1.0',
  paths: {
    '/keys': {
      get: { operationId: 'list', responses: ok('Keys') },
      post: { operationId: 'create', responses: ok('Key') },
    },
    '/old': { delete: { operationId: 'old', responses: {} } },
  },
  components: {
    schemas: {
      Keys: { type: 'array', items: { $ref: '#/components/schemas/Key' } },
      Key: { type: 'object' },
    },
  },
}
const after: OpenApiDocument = {
  openapi: '3.1.0',
  paths: {
    '/keys': {
      get: { responses: ok('Keys'), operationId: 'list' },
      post: { operationId: 'create', summary: 'now documented', responses: ok('Key') },
    },
    '/new': { get: { operationId: 'fresh', responses: {} } },
  },
  components: {
    schemas: {
      Keys: { items: { $ref: '#/components/schemas/Key' }, type: 'array' },
      Key: { type: 'object', required: ['id'] },
    },
  },
}
const map = {
  packages: { '@orsdk/admin': { dir: 'packages/admin' } },
  operations: [
    { method: 'GET', path: '/keys', package: '@orsdk/admin', functions: ['listKeys'] },
    { method: 'POST', path: '/keys', package: '@orsdk/admin', functions: ['createKey'] },
    { method: 'DELETE', path: '/old', skip: 'gone' },
  ],
}

describe('computeDrift', () => {
  const drift = computeDrift(before, after)

  it('finds added, removed and changed operations, and changed schemas with every operation that reaches them', () => {
    expect(drift).toEqual({
      added: [{ key: 'GET /new', operationId: 'fresh' }],
      removed: [{ key: 'DELETE /old', operationId: 'old' }],
      changed: [{ key: 'POST /keys', operationId: 'create' }],
      components: [{ name: 'Key', change: 'changed', reachedBy: ['GET /keys', 'POST /keys'] }],
    })
  })

  it('sees no drift in a reordering of keys', () => {
    expect(hasDrift(computeDrift(after, structuredClone(after)))).toBe(false)
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe(canonicalJson({ a: { c: 2, d: 1 }, b: 1 }))
  })

  it('cuts the part about some operations', () => {
    const own = filterDrift(drift, (key) => key === 'GET /keys')
    expect(own).toEqual({
      added: [],
      removed: [],
      changed: [],
      components: [{ name: 'Key', change: 'changed', reachedBy: ['GET /keys'] }],
    })
    expect(driftHeadline(own)).toBe('Refresh OpenAPI spec: 1 schema changed')
  })

  it('formats a headline and one line per change, naming the package and functions', () => {
    expect(
      formatDrift(drift, map, {
        regenerated: ['@orsdk/admin'],
        review: new Map([['@orsdk/chat', ['POST /chat']]]),
      }),
    ).toBe(
      [
        'Refresh OpenAPI spec: 1 operation added, 1 removed, 1 changed, 1 schema changed',
        '',
        '- added `GET /new` (fresh): not in spec/operations.json yet: map it to a function or skip it',
        '- removed `DELETE /old` (old): was skipped',
        '- changed `POST /keys` (create): @orsdk/admin `createKey`',
        '- schema changed `Key`: reached by `GET /keys`, `POST /keys`',
        '',
        'Packages whose generated files changed: `@orsdk/admin`',
        'Hand-typed packages to review: `@orsdk/chat` (`POST /chat`)',
      ].join('\n'),
    )
  })
})
