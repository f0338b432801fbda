import { describe, expect, it } from 'vitest'
import { buildEmulatorFixture } from '../src/emulator-operations'
import type { OpenApiDocument } from '../src/openapi-document'
import { synthesizeExample } from '../src/synthesize-example'

const MARKER = '[Management key](/docs/guides/overview/auth/management-api-keys) required.'
const json = (schema: object, example?: unknown) => ({
  content: { 'application/json': { schema, ...(example !== undefined && { example }) } },
})
const spec: OpenApiDocument = {
  openapi: '3.1.0',
  paths: {
    '/credits': {
      get: { description: `Credits. ${MARKER}`, responses: { '200': json({}, { data: 1 }), '401': {} } },
    },
    '/groups': {
      get: {
        parameters: [{ in: 'query', name: 'limit', schema: { type: 'integer', default: 50 } }],
        responses: { '200': json({ $ref: '#/components/schemas/Groups' }), '401': {} },
      },
    },
    '/count': { get: { responses: { '200': json({}, { count: 3 }) } } },
    '/old': {
      post: {
        deprecated: true,
        security: [],
        responses: { '200': { description: 'never' }, '410': json({}, { error: { code: 410 } }) },
      },
    },
    '/budgets/{interval}': {
      put: {
        parameters: [{ in: 'path', name: 'interval', schema: { $ref: '#/components/schemas/Interval' } }],
        requestBody: {
          content: { 'application/json': { schema: { type: 'object', required: ['limit_usd'] } } },
        },
        responses: { '200': json({}, {}), '401': {} },
      },
    },
  },
  components: {
    schemas: {
      Groups: {
        type: 'object',
        required: ['data'],
        properties: {
          data: { type: 'array', items: { $ref: '#/components/schemas/Group' } },
          note: { type: 'string' },
        },
      },
      Group: {
        type: 'object',
        required: ['id', 'created_at', 'role', 'count', 'parent'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          created_at: { type: 'string', format: 'date-time' },
          role: { type: 'string', enum: ['admin', 'member'] },
          count: { type: ['integer', 'null'], minimum: 1 },
          parent: { oneOf: [{ type: 'null' }, { type: 'string' }] },
        },
      },
      Interval: { type: 'string', enum: ['daily', 'monthly'] },
    },
  },
}

describe('buildEmulatorFixture', () => {
  const map = {
    packages: {},
    operations: [
      {
        method: 'GET',
        path: '/groups',
        skip: 'test',
        pages: { style: 'offset' as const, offset: 'offset', limit: 'limit', items: 'data' },
      },
    ],
  }
  const operations = buildEmulatorFixture(spec, map).operations

  it('needs a management key where the spec says so, any key where it lists 401, none elsewhere', () => {
    expect(operations.map((operation) => [operation.path, operation.auth])).toEqual([
      ['/credits', 'management'],
      ['/groups', 'key'],
      ['/count', 'none'],
      ['/old', 'none'],
      ['/budgets/{interval}', 'key'],
    ])
  })

  it("answers with the spec's example, or a body synthesized from the schema", () => {
    expect(operations[0]).toMatchObject({ status: 200, contentType: 'application/json', body: { data: 1 } })
    expect(operations[1]?.body).toEqual({
      data: [
        {
          id: '00000000-0000-4000-8000-000000000000',
          created_at: '2026-01-01T00:00:00Z',
          role: 'admin',
          count: 1,
          parent: null,
        },
      ],
    })
  })

  it('answers a deprecated operation that documents 410 Gone with it', () => {
    expect(operations[3]).toMatchObject({ status: 410, body: { error: { code: 410 } } })
  })

  it('carries paging with the default limit, enum path parameters and required body fields', () => {
    expect(operations[1]?.pages).toEqual({
      style: 'offset',
      offset: 'offset',
      limit: 'limit',
      items: 'data',
      defaultLimit: 50,
    })
    expect(operations[4]).toMatchObject({
      pathEnums: { interval: ['daily', 'monthly'] },
      requestRequired: ['limit_usd'],
    })
  })
})

describe('synthesizeExample', () => {
  it('ends on a self-referencing schema', () => {
    const looped: OpenApiDocument = {
      openapi: '3.1.0',
      paths: {},
      components: {
        schemas: { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } },
      },
    }
    const value = JSON.stringify(synthesizeExample(looped, { $ref: '#/components/schemas/Node' }))
    expect(value).toMatch(/^(\{"next":)+null\}+$/)
  })
})
