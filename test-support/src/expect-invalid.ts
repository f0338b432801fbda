import { expect } from 'vitest'
import { rejection } from './await.js'

/**
 * Asserts that a call rejects with `invalid_request` naming `field` (`<call>: <field>: ...`)
 * before any request reached the emulator; resolves with the message.
 *
 * @example
 * await expectInvalid(mock.server, rerank({ ...params, top_n: 0 }, { client: client() }), 'top_n')
 */
export async function expectInvalid(
  server: { readonly requests: readonly unknown[] },
  call: Promise<unknown>,
  field: string,
): Promise<string> {
  const before = server.requests.length
  const error = await rejection(call)
  expect((error as { kind?: unknown }).kind).toBe('invalid_request')
  const message = error instanceof Error ? error.message : ''
  expect(message).toContain(`: ${field}: `)
  expect(server.requests.length).toBe(before)
  return message
}
