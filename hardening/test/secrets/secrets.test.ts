import { logging, retry, rotateModels } from '@orsdk/middleware-kit'
import { type MockServer, type Scenario, startMockServer } from '@orsdk/mock-server'
import { buildAuthorizeUrl, codeChallenge, exchangeCode, generateCodeVerifier } from '@orsdk/oauth'
import { type CallOptions, type Client, createClient, type Middleware } from '@orsdk/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { engines } from '../support/engines.js'
import { secretNeedles, TEST_KEY } from '../support/keys.js'
import { CASE_HEADER, calls, type ErrorPath, errorPaths, model } from '../support/secret-paths.js'
import { createSinks, findLeaks, type Sinks } from '../support/secret-sinks.js'

let server: MockServer
let issuedKey: string
const scenarios = new Map<string, Scenario>()
let nextCase = 0

beforeAll(async () => {
  server = await startMockServer({ script: (request) => scenarios.get(request.headers[CASE_HEADER] ?? '') })
  const client = createClient({ baseURL: server.baseURL })
  const verifier = generateCodeVerifier()
  const url = buildAuthorizeUrl('http://localhost:3000/cb', {
    codeChallenge: await codeChallenge(verifier),
    client,
  })
  const location = (await fetch(url, { redirect: 'manual' })).headers.get('location') ?? ''
  const code = new URL(location).searchParams.get('code') ?? ''
  issuedKey = (await exchangeCode(code, { codeVerifier: verifier, client })).key
  await client.close()
  expect(issuedKey).toMatch(/^sk-or-v1-/)
})
afterAll(async () => {
  await server?.close()
})

/** Runs `run` under `scenario` (by the case header) and records how it failed. */
async function drive(
  sinks: Sinks,
  where: string,
  run: (options: CallOptions) => Promise<unknown>,
  options: CallOptions,
  scenario?: Scenario,
) {
  const id = String(nextCase++)
  if (scenario !== undefined) scenarios.set(id, scenario)
  try {
    await run({ ...options, headers: { ...options.headers, [CASE_HEADER]: id } })
    sinks.texts.push({ where: `${where}: resolved`, text: '' })
  } catch (error) {
    sinks.error(where, error)
  } finally {
    scenarios.delete(id)
  }
}

describe.each(engines)('secrets on the $name engine', ({ createClient: create }) => {
  it('never shows the test key or an OAuth-issued key in errors, telemetry, logs or emulator records', async () => {
    const sinks = createSinks()
    const logged: Middleware = logging({ log: (entry) => sinks.log('logging recipe', entry) })
    const clients: Client[] = []
    const open = (apiKey: string | undefined, middleware: Middleware[] = [logged]) => {
      const client = create({ baseURL: server.baseURL, apiKey, middleware })
      clients.push(client)
      return client
    }
    server.reset()
    try {
      // The app's own key on the client; the user's OAuth-issued key per call on a keyless client.
      const uses = [
        { label: 'client key', key: TEST_KEY, options: { client: open(TEST_KEY) } },
        {
          label: 'issued key per call',
          key: issuedKey,
          options: { client: open(undefined), apiKey: issuedKey },
        },
      ]
      for (const use of uses) {
        for (const path of errorPaths()) {
          await drive(sinks, `${use.label}: ${path.name}`, path.run, use.options, path.scenario?.(use.key))
        }
        const retrying = open(use.key, [logged, retry({ maxAttempts: 2, sleep: async () => {} })])
        await drive(
          sinks,
          `${use.label}: retry gave up`,
          calls.chat as ErrorPath['run'],
          { client: retrying },
          { status: 503 },
        )
        const rotating = open(use.key, [logged, rotateModels({ models: [model, 'google/gemini-2.5-flash'] })])
        await drive(
          sinks,
          `${use.label}: rotateModels ran out`,
          calls.chatStream as ErrorPath['run'],
          { client: rotating },
          { status: 429, retryAfter: 3 },
        )
        const refused = create({
          baseURL: 'http://127.0.0.1:9/api/v1',
          apiKey: use.key,
          middleware: [logged],
        })
        clients.push(refused)
        await drive(sinks, `${use.label}: connection refused`, calls.chat as ErrorPath['run'], {
          client: refused,
        })
      }
      // OAuth exchange failures: a bad code, a reused one, a wrong verifier, and bodies that carry a key.
      const keyless = open(undefined)
      const exchange =
        (code: string, verifier = generateCodeVerifier()) =>
        (options: CallOptions) =>
          exchangeCode(code, { ...options, codeVerifier: verifier })
      await drive(sinks, 'exchangeCode: unknown code', exchange('not-a-code'), { client: keyless })
      await drive(sinks, 'exchangeCode: HTTP 500', exchange('code'), { client: keyless }, { status: 500 })
      for (const key of [issuedKey, TEST_KEY]) {
        await drive(
          sinks,
          'exchangeCode: 200 with error and key',
          exchange('code'),
          { client: keyless },
          { status: 200, body: { key, error: { code: 500, message: `failed for ${key}` } } },
        )
        await drive(
          sinks,
          'exchangeCode: truncated key body',
          exchange('code'),
          { client: keyless },
          { status: 200, body: `{"key":"${key}","user_id":` },
        )
        await drive(
          sinks,
          'exchangeCode: 403 echoing a key',
          exchange('code'),
          { client: keyless },
          { status: 403, body: { error: { code: 403, message: `Invalid code for ${key}` } } },
        )
      }
      sinks.texts.push({ where: 'emulator records', text: JSON.stringify(server.requests) })

      const found = findLeaks(sinks.texts, [...secretNeedles(TEST_KEY), ...secretNeedles(issuedKey)])
      // The in-band leak this sweep found is fixed (transport's
      // test/issues/in-band-error-echoing-the-key-was-not-redacted.test.ts): every leak fails.
      const leaks = found
      const errorCount = sinks.texts.filter((text) => text.where.endsWith(': message')).length
      const telemetryCount = sinks.texts.filter((text) => text.where.startsWith('telemetry')).length
      const logCount = sinks.texts.filter((text) => text.where.startsWith('log')).length
      console.log(
        `secrets sweep: ${errorCount} errors, ${telemetryCount} telemetry events, ${logCount} log lines, ${server.requests.length} emulator records searched; ${leaks.length} leaks`,
      )
      for (const leak of leaks.slice(0, 10)) console.log(`LEAK ${leak}`)
      expect(leaks).toEqual([])
    } finally {
      sinks.close()
      await Promise.all(clients.map((client) => client.close()))
    }
  })
})
