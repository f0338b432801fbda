import { readFileSync } from 'node:fs'
import { type SpecOperation, specOperationsOf } from '@orsdk/test-support'
import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import * as admin from '../src/index.js'
import { engines, rejection, settle, TEST_KEY, useClient, useMockServer } from './helpers.js'
import { callRow, placeholderIds, type Row, rows } from './operations-table.js'

// Table-driven, against the repository's spec and operations map: every function of the package
// once on each engine, an inference key on every management operation, and bad input for every
// required field, path parameter and page size the spec names.

const mock = useMockServer()
const byFunction = new Map(
  specOperationsOf('@orsdk/admin').flatMap((operation) =>
    operation.functions.map((name) => [name, operation]),
  ),
)

function operationOf(row: Row): SpecOperation {
  const operation = byFunction.get(row.name)
  if (operation === undefined) throw new Error(`${row.name} is not in spec/operations.json for @orsdk/admin`)
  return operation
}

const pathParams = (operation: SpecOperation) =>
  [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1])

describe('the operations table', () => {
  it('holds every function spec/operations.json maps to @orsdk/admin, which is exactly what the entry exports', () => {
    const mapped = [...byFunction.keys()].sort()
    expect(mapped).toHaveLength(59)
    expect(rows.map((row) => row.name).sort()).toEqual(mapped)
    expect(Object.keys(admin).sort()).toEqual(mapped)
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

describe.each(engines)('every operation on the $name', ({ name, client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))
  const made = placeholderIds(`row-${name.split(' ')[0]}`)

  it.each(rows)(
    '$name sends the method and path of the spec and resolves with the fields it requires',
    async (row) => {
      const operation = operationOf(row)
      const before = mock.server.requests.length
      const answer = await settle(callRow(row, row.args(made), { client: client() }))
      const sent = mock.server.requests.slice(before)
      expect(sent.length).toBeGreaterThan(0)
      for (const request of sent) {
        expect(request.method).toBe(operation.method)
        expect(operation.matches(request.path.replace(/^\/api\/v1/, '')), request.path).toBe(true)
      }
      if (operation.pages !== undefined) {
        expect(Array.isArray(answer)).toBe(true)
        for (const item of answer as unknown[]) expect(typeof item).toBe('object')
      } else {
        expect(Object.keys(answer as object)).toEqual(expect.arrayContaining(operation.answerRequired))
        row.keep?.(made, answer as Parameters<NonNullable<Row['keep']>>[1])
      }
    },
  )
})

describe.each(engines)('an inference key on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))
  const managed = rows.filter((row) => operationOf(row).auth === 'management')

  it('covers every operation but the presets (the spec marks the rest "Management key required")', () => {
    expect(managed).toHaveLength(52)
    expect(rows.filter((row) => !managed.includes(row)).every((row) => /Preset/.test(row.name))).toBe(true)
  })

  it.each(managed)(
    '$name rejects with kind auth, telling the caller to use a management key',
    async (row) => {
      const options = { client: client(), apiKey: TEST_KEY }
      const error = await rejection(settle(callRow(row, row.args(placeholderIds('inference')), options)))
      expect(isOpenRouterError(error) && { kind: error.kind, status: error.status }).toEqual({
        kind: 'auth',
        status: 403,
      })
      expect((error as Error).message).toMatch(
        new RegExp(
          `^${row.name}: .*Only management keys can perform this operation\\. This operation needs a management key: create one at https://openrouter\\.ai/settings/management-keys`,
        ),
      )
      expect((error as Error).message).not.toContain(TEST_KEY)
    },
  )

  it.each(rows.filter((row) => !managed.includes(row)))('$name works with an inference key', async (row) => {
    const slug = 'inference-presets'
    await admin.createPresetFromChat(slug, { messages: [] }, { client: client(), apiKey: TEST_KEY })
    const answer = await settle(
      callRow(row, row.args(placeholderIds(slug)), { client: client(), apiKey: TEST_KEY }),
    )
    expect(answer).toBeTypeOf('object')
  })
})

describe('bad input', () => {
  const client = useClient(() => engines[0]?.client(mock.server.baseURL) ?? expect.unreachable())
  const made = placeholderIds('bad-input')

  async function expectRefused(row: Row, args: unknown[], message: string) {
    const before = mock.server.requests.length
    const error = await rejection(settle(callRow(row, args, { client: client() })))
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toBe(message)
    expect(mock.server.requests.length).toBe(before)
  }

  const required = rows.flatMap((row) =>
    operationOf(row).requestRequired.map((field) => ({ name: row.name, field, row })),
  )
  it.each(required)('$name without $field fails before any I/O, naming it', async ({ row, field }) => {
    const args = row.args(made).map((arg) => {
      if (typeof arg !== 'object' || arg === null || !(field in arg)) return arg
      const { [field]: _left, ...rest } = arg as Record<string, unknown>
      return rest
    })
    await expectRefused(row, args, `${row.name}: ${field}: is required`)
  })

  const paths = rows.flatMap((row) =>
    pathParams(operationOf(row)).map((param, index) => ({ name: row.name, param, index, row })),
  )
  it.each(paths)(
    '$name with an empty $param fails before any I/O, naming it',
    async ({ row, param, index }) => {
      const args = row.args(made)
      args[index] = ''
      await expectRefused(row, args, `${row.name}: ${param}: must be a non-empty string, got ""`)
    },
  )

  const paged = rows.filter((row) => operationOf(row).pages?.limit !== undefined)
  it.each(paged)(
    '$name with a limit out of 1 to 100 or a negative offset fails before any I/O',
    async (row) => {
      const at = pathParams(operationOf(row)).length
      const withParams = (params: object) => row.args(made).map((arg, index) => (index === at ? params : arg))
      await expectRefused(row, withParams({ limit: 0 }), `${row.name}: limit: must be 1 to 100`)
      await expectRefused(row, withParams({ limit: 101 }), `${row.name}: limit: must be 1 to 100`)
      await expectRefused(row, withParams({ limit: 2.5 }), `${row.name}: limit: must be an integer`)
      await expectRefused(
        row,
        withParams({ offset: -1 }),
        `${row.name}: offset: must be a non-negative integer`,
      )
    },
  )

  it('rejects params that are not an object, and a query value that is not a string, number or boolean', async () => {
    const listKeys = rows.find((row) => row.name === 'listKeys') as Row
    await expectRefused(listKeys, ['all'], 'listKeys: params: must be an object')
    await expectRefused(
      listKeys,
      [{ workspace_id: ['a', 'b'] }],
      'listKeys: workspace_id: must be a string, a number or a boolean, got an array',
    )
  })
})
