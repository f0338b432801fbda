import type { MockServer } from '@orsdk/mock-server'
import { clientEngines, rejection } from '@orsdk/test-support'
import { createClient, isOpenRouterError } from '@orsdk/transport'
import { expect } from 'vitest'

export {
  collect,
  rejection,
  scenario,
  TEST_KEY,
  useClient,
  useMockServer,
  withClient,
} from '@orsdk/test-support'

export const engines = clientEngines(createClient)

/** Asserts a call rejects with `invalid_request` naming `field`, before any request reaches the server. */
export async function expectInvalid(
  server: MockServer,
  call: Promise<unknown>,
  field: string,
): Promise<string> {
  const before = server.requests.length
  const error = await rejection(call)
  expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
  const message = error instanceof Error ? error.message : ''
  expect(message).toContain(`: ${field}: `)
  expect(server.requests.length).toBe(before)
  return message
}

/** The body of the last request the emulator received. */
export function lastBody(server: MockServer): Record<string, unknown> {
  return server.requests.at(-1)?.body as Record<string, unknown>
}
