import { describe, expect, it } from 'vitest'
import { listOperations, type OpenApiDocument } from '../src/openapi-document'
import { pruneSpec } from '../src/prune-spec'

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const spec: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/a': {
      get: {
        operationId: 'getA',
        responses: { '200': { content: { 'application/json': { schema: ref('A') } } } },
      },
    },
    '/b': {
      post: { operationId: 'postB', requestBody: { content: { 'application/json': { schema: ref('B') } } } },
    },
  },
  components: {
    schemas: {
      A: { type: 'object', properties: { child: ref('Child'), list: { type: 'array', items: ref('Leaf') } } },
      Child: { allOf: [ref('Leaf'), { type: 'object' }] },
      Leaf: { type: 'string' },
      B: { type: 'object' },
      Loop: { type: 'object', properties: { self: ref('Loop') } },
    },
  },
}

describe('pruneSpec', () => {
  it('keeps the operations given and every component they reach, transitively, in the spec order', () => {
    const pruned = pruneSpec(
      spec,
      listOperations(spec).filter((operation) => operation.key === 'GET /a'),
    )
    expect(Object.keys(pruned.paths)).toEqual(['/a'])
    expect(Object.keys(pruned.components?.schemas ?? {})).toEqual(['A', 'Child', 'Leaf'])
  })

  it('ends on a cycle', () => {
    const looped = {
      ...spec,
      paths: {
        '/l': { get: { responses: { '200': { content: { 'application/json': { schema: ref('Loop') } } } } } },
      },
    }
    const pruned = pruneSpec(looped, listOperations(looped))
    expect(Object.keys(pruned.components?.schemas ?? {})).toEqual(['Loop'])
  })
})
