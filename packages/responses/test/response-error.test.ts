import { describe, expect, it } from 'vitest'
import { responseError } from '../src/response-error.js'

const context = { status: 200, generationId: 'gen-1' }

describe('responseError', () => {
  it.each([
    ['rate_limit_exceeded', 'rate_limit', true],
    ['server_error', 'server', true],
    ['vector_store_timeout', 'server', true],
    ['invalid_prompt', 'invalid_request', false],
    ['image_content_policy_violation', 'invalid_request', false],
    ['a_code_newer_than_this_package', 'server', true],
    [429, 'rate_limit', true],
    [400, 'invalid_request', false],
  ])('maps the code %j of an error event to kind %s', (code, kind, retryable) => {
    const error = responseError({ type: 'error', code, message: 'It failed', param: null }, context)
    expect(error).toMatchObject({ kind, retryable, code, status: 200, generationId: 'gen-1' })
    expect(error.message).toBe(`OpenRouter request failed with in-band error code ${code}: It failed`)
  })

  it('reads the failure of a response.failed event and keeps the event as the body', () => {
    const event = {
      type: 'response.failed',
      response: { status: 'failed', error: { code: 'invalid_prompt', message: 'Flagged' } },
    }
    const error = responseError(event, context)
    expect(error).toMatchObject({ kind: 'invalid_request', errorType: 'invalid_prompt', body: event })
  })

  it("reads OpenRouter's envelope with its error_type and provider", () => {
    const event = {
      type: 'error',
      error: {
        code: 502,
        message: 'Provider returned error',
        metadata: { error_type: 'provider_unavailable', provider_name: 'Acme' },
      },
    }
    const error = responseError(event, context)
    expect(error).toMatchObject({ kind: 'server', errorType: 'provider_unavailable', retryable: true })
    expect(error.message).toContain('(provider Acme)')
  })

  it('still fails loudly when a failed response says nothing about why', () => {
    const error = responseError(
      { type: 'response.failed', response: { status: 'failed', error: null } },
      context,
    )
    expect(error).toMatchObject({ kind: 'server' })
    expect(error.message).toContain('the response failed without an error')
  })
})
