import { describe, expect, it } from 'vitest'
import { parsePartialJson } from '../src/protocol.js'

describe('parsePartialJson', () => {
  it.each([
    ['{"city":"Paris","days":3}', { city: 'Paris', days: 3 }],
    ['{"city":"Par', { city: 'Par' }],
    ['[1, 2, 3', [1, 2]],
    ['[1, 2, 3,', [1, 2, 3]],
    ['{"a":1,"b"', { a: 1 }],
    ['{"a":1,', { a: 1 }],
    ['{"a":', {}],
    ['{"a":tr', {}],
    ['{"a": 1 ', { a: 1 }],
    ['{"a":"x\\', { a: 'x' }],
    ['{"a":"x\\u00', { a: 'x' }],
    ['{"a":"say \\"hi', { a: 'say "hi' }],
    ['{"k\\"ey":"v', { 'k"ey': 'v' }],
    ['{"a":{"b":[1,{"c":"d"', { a: { b: [1, { c: 'd' }] } }],
    ['[true, nul', [true]],
    ['"abc', 'abc'],
    ['{"a', {}],
  ])('reads %j as the value of its complete prefix', (text, value) => {
    expect(parsePartialJson(text)).toEqual(value)
  })

  it.each(['', '-', 'tru'])('gives undefined when no complete value starts %j', (text) => {
    expect(parsePartialJson(text)).toBeUndefined()
  })
})
