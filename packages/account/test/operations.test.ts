import { readFileSync } from 'node:fs'
import { type SpecOperation, specOperationsOf } from '@orsdk/test-support'
import { createClient, isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it, vi } from 'vitest'
import * as account from '../src/index.js'
import { engines, rejection, settle, useClient, useMockServer } from './helpers.js'
import { callRow, type Row, rows } from './operations-table.js'

// Table-driven, against the repository's spec and operations map: every function of the package
// once on each engine, the key rule of each operation, and bad input for every required field and
// page size the spec names.

const mock = useMockServer()
const byFunction = new Map(
  specOperationsOf('@orsdk/account').flatMap((operation) =>
    operation.functions.map((name) => [name, operation]),
  ),
)

function operationOf(row: Row): SpecOperation {
  const operation = byFunction.get(row.name)
  if (operation === undefined)
    throw new Error(`${row.name} is not in spec/operations.json for @orsdk/account`)
  return operation
}

describe('the operations table', () => {
  it('holds every function spec/operations.json maps to @orsdk/account, which is exactly what the entry exports', () => {
    const mapped = [...byFunction.keys()].sort()
    expect(mapped).toHaveLength(12)
    expect(rows.map((row) => row.name).sort()).toEqual(mapped)
    expect(Object.keys(account).sort()).toEqual(mapped)
    expect([...byFunction.values()].some((operation) => operation.auth === 'management')).toBe(false)
  })
  it('lists every function in the README, with its operation, key rule and paging as the map says', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const table = readme.slice(
      readme.indexOf('<!-- functions:start -->'),
      readme.indexOf('<!-- functions:end -->'),
    )
    const listed = [...table.matchAll(/^\| `(\w+)` \| `(\w+) (\S+)` \| (\w+) \| (yes)? \|$/gm)].map((match) =>
      match.slice(1, 6),
    )
    const expected = [...byFunction.entries()].map(([name, operation]) => [
      name,
      operation.method,
      operation.path,
      operation.auth === 'key' ? 'any' : operation.auth,
      operation.pages === undefined ? undefined : 'yes',
    ])
    expect(listed).toEqual(expected)
  })
})

describe.each(engines)('every operation on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it.each(rows)(
    '$name sends the method and path of the spec and resolves with the fields it requires',
    async (row) => {
      const operation = operationOf(row)
      const before = mock.server.requests.length
      const answer = await settle(callRow(row, row.args, { client: client() }))
      const sent = mock.server.requests.slice(before)
      expect(sent.length).toBeGreaterThan(0)
      for (const request of sent) {
        expect(request.method).toBe(operation.method)
        expect(operation.matches(request.path.replace(/^\/api\/v1/, '')), request.path).toBe(true)
        expect(request.headers.authorization).toBe('Bearer [redacted]')
      }
      if (operation.pages !== undefined) {
        expect(Array.isArray(answer)).toBe(true)
        expect((answer as unknown[]).length).toBeGreaterThan(0)
        for (const item of answer as unknown[]) expect(typeof item).toBe('object')
      } else {
        expect(Object.keys(answer as object)).toEqual(expect.arrayContaining(operation.answerRequired))
      }
    },
  )
})

describe('keys', () => {
  const keyless = useClient(() => {
    vi.stubEnv('OPENROUTER_API_KEY', '')
    try {
      return createClient({ baseURL: mock.server.baseURL })
    } finally {
      vi.unstubAllEnvs()
    }
  })

  const open = rows.filter((row) => operationOf(row).auth === 'none')
  it('leaves the key out only where the spec needs none', () => {
    expect(open.map((row) => row.name).sort()).toEqual([
      'countModels',
      'getModelDetails',
      'listEmbeddingModels',
      'listZdrEndpoints',
    ])
  })

  it.each(open)('$name works without a key and sends none', async (row) => {
    const before = mock.server.requests.length
    await settle(callRow(row, row.args, { client: keyless() }))
    const sent = mock.server.requests.slice(before)
    expect(sent.length).toBeGreaterThan(0)
    expect(sent.every((request) => request.headers.authorization === undefined)).toBe(true)
  })

  it.each(rows.filter((row) => !open.includes(row)))(
    '$name without a key fails before any I/O with kind auth',
    async (row) => {
      const before = mock.server.requests.length
      const error = await rejection(settle(callRow(row, row.args, { client: keyless() })))
      expect(isOpenRouterError(error) && error.kind).toBe('auth')
      expect(mock.server.requests.length).toBe(before)
    },
  )
})

describe('bad input', () => {
  const client = useClient(() => engines[0]?.client(mock.server.baseURL) ?? expect.unreachable())

  async function expectRefused(row: Row | string, args: unknown[], message: string) {
    const found = typeof row === 'string' ? rows.find((item) => item.name === row) : row
    const before = mock.server.requests.length
    const error = await rejection(settle(callRow(found ?? expect.unreachable(), args, { client: client() })))
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toBe(message)
    expect(mock.server.requests.length).toBe(before)
  }

  const required = rows.flatMap((row) =>
    operationOf(row).requestRequired.map((field) => ({ name: row.name, field, row })),
  )
  it.each(required)('$name without $field fails before any I/O, naming it', async ({ row, field }) => {
    const args = row.args.map((arg) => {
      if (typeof arg !== 'object' || arg === null || !(field in arg)) return arg
      const { [field]: _left, ...rest } = arg as Record<string, unknown>
      return rest
    })
    await expectRefused(row, args, `${row.name}: ${field}: is required`)
  })

  const limits = [
    { name: 'listAppRankings', limit: 100, offset: 100 },
    { name: 'listSessionCosts', limit: 500, offset: 5000 },
    { name: 'listEmbeddingModels', limit: 1000 },
    { name: 'listUserModels', limit: 1000 },
  ]
  it('knows the page size of every paged list', () => {
    const paged = rows.filter((row) => operationOf(row).pages?.limit !== undefined).map((row) => row.name)
    expect(limits.map((item) => item.name).sort()).toEqual(paged.sort())
  })
  it.each(limits)(
    "$name with a limit or offset out of the spec's range fails before any I/O",
    async ({ name, limit, offset }) => {
      const range = `1 to ${limit}`
      await expectRefused(name, [{ limit: 0 }], `${name}: limit: must be ${range}`)
      await expectRefused(name, [{ limit: limit + 1 }], `${name}: limit: must be ${range}`)
      await expectRefused(
        name,
        [{ offset: -1 }],
        `${name}: offset: must be ${offset === undefined ? 'a non-negative integer' : `0 to ${offset}`}`,
      )
      if (offset !== undefined)
        await expectRefused(name, [{ offset: offset + 1 }], `${name}: offset: must be 0 to ${offset}`)
    },
  )

  it('names the generation id when it is empty or missing', async () => {
    await expectRefused('getGenerationContent', [''], 'getGenerationContent: id: must not be empty')
    await expectRefused('getGenerationContent', [undefined], 'getGenerationContent: id: is required')
  })

  it.each(['', 'gpt-4o', 'openai/', '/gpt-4o', 'a/b/c'])(
    'refuses the model id %j before any I/O',
    async (id) => {
      await expectRefused(
        'getModelDetails',
        [id],
        `getModelDetails: id: must be a model id shaped author/slug, such as openai/gpt-4o, got ${JSON.stringify(id)}`,
      )
    },
  )

  it('URL-encodes each part of a model id', async () => {
    await account.getModelDetails('open ai/gpt-4o:free?x', { client: client() })
    expect(mock.server.requests.at(-1)?.path).toBe('/api/v1/model/open%20ai/gpt-4o%3Afree%3Fx')
  })

  it('refuses a max_results below 1 and params that are not an object', async () => {
    await expectRefused(
      'listBenchmarks',
      [{ max_results: 0 }],
      'listBenchmarks: max_results: must be at least 1',
    )
    await expectRefused('countModels', ['all'], 'countModels: params: must be an object')
  })
})
