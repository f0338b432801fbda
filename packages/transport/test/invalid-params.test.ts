import { describe, expect, it } from 'vitest'
import { isOpenRouterError } from '../src/index.js'
import { invalidParams } from '../src/protocol.js'

describe('invalidParams', () => {
  it('names the field path of the deepest nested issue, with indexes in brackets', () => {
    const error = invalidParams('chat', {
      kind: 'schema',
      message: 'Invalid type',
      path: [{ key: 'messages' }, { key: 2 }],
      issues: [{ kind: 'schema', message: 'must be a string', path: [{ key: 'content' }] }],
    })
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect(error.message).toBe('chat: messages[2].content: must be a string')
  })

  it('says "is required" when the value is missing', () => {
    const error = invalidParams('embeddings', {
      kind: 'schema',
      message: 'Invalid key',
      received: 'undefined',
      path: [{ key: 'model' }],
    })
    expect(error.message).toBe('embeddings: model: is required')
  })

  it('names the params themselves when the issue has no path', () => {
    expect(invalidParams('speak', { kind: 'schema', message: 'must be an object' }).message).toBe(
      'speak: params: must be an object',
    )
  })
})
