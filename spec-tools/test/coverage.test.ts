import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type CoverageReport, checkCoverage } from '../src/check-coverage'
import type { OpenApiDocument } from '../src/openapi-document'
import { type OperationsMap, readOperationsMap } from '../src/operations-map'
import { COVERAGE_END, COVERAGE_START, renderCoverageTable } from '../src/render-coverage-table'
import { readRepoSpec } from '../src/run-generate'
import { REPO_ROOT, removeTempRepo } from './helpers/temp-repo'

const MANAGEMENT = 'Lists keys. [Management key](/docs/guides/overview/auth/management-api-keys) required.'

describe('coverage of the vendored spec', () => {
  let report: CoverageReport
  beforeAll(async () => {
    const { spec, map } = await readRepoSpec(REPO_ROOT)
    report = checkCoverage(REPO_ROOT, spec, map)
  })

  it('maps all 97 operations: each to a function its package exports, or pending, or skipped with a reason', () => {
    const { rows, problems } = report
    expect(problems).toEqual([])
    expect(rows).toHaveLength(97)
    const count = (status: string) => rows.filter((row) => row.status === status).length
    expect(count('covered') + count('pending') + count('skipped')).toBe(97)
    expect(count('covered')).toBeGreaterThanOrEqual(11)
    for (const row of rows.filter((item) => item.status === 'skipped'))
      expect(row.note?.length).toBeGreaterThan(20)
  })

  it('covers every operation of @orsdk/account and @orsdk/admin with a function their entries export', () => {
    const own = report.rows.filter(
      (row) => row.package === '@orsdk/account' || row.package === '@orsdk/admin',
    )
    expect(own).toHaveLength(71)
    expect(own.filter((row) => row.status !== 'covered')).toEqual([])
  })

  it('shows the current table in the root README', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
    const block = readme.slice(
      readme.indexOf(COVERAGE_START) + COVERAGE_START.length,
      readme.indexOf(COVERAGE_END),
    )
    expect(block.trim()).toBe(renderCoverageTable(report.rows))
  })

  it('lists every package it names with a folder, and a function name in verb + noun form', async () => {
    const map = await readOperationsMap(join(REPO_ROOT, 'spec/operations.json'))
    for (const row of map.operations) {
      for (const name of row.functions ?? [])
        expect(name, `${row.method} ${row.path}`).toMatch(/^[a-z]+[A-Z]?\w*$/)
    }
    expect(Object.values(map.packages).every((entry) => entry.dir.startsWith('packages/'))).toBe(true)
  })
})

describe('checkCoverage', () => {
  let root: string | undefined
  afterEach(() => {
    if (root !== undefined) removeTempRepo(root)
    root = undefined
  })

  // A two-operation spec, and a workspace where @x/keys exists with the given index.
  function workspace(
    index: string | undefined,
    mapChanges: Partial<OperationsMap> = {},
    files: Record<string, string> = {},
  ) {
    root = mkdtempSync(join(tmpdir(), 'orsdk-coverage-'))
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root ?? '', path)), { recursive: true })
      writeFileSync(join(root ?? '', path), text)
    }
    for (const [path, text] of Object.entries(files)) write(path, text)
    if (index !== undefined) {
      write('packages/keys/package.json', '{"name":"@x/keys"}')
      write('packages/keys/src/index.ts', index)
    }
    const spec: OpenApiDocument = {
      openapi: '3.1.0',
      paths: {
        '/keys': {
          get: {
            operationId: 'listKeys',
            description: MANAGEMENT,
            parameters: [{ in: 'query', name: 'offset', schema: { type: 'integer' } }],
            responses: {
              '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Keys' } } } },
            },
          },
        },
        '/key': { get: { operationId: 'getKey', responses: { '200': { description: 'ok' } } } },
      },
      components: { schemas: { Keys: { type: 'object', properties: { data: { type: 'array' } } } } },
    }
    const map: OperationsMap = {
      packages: { '@orsdk/admin': { dir: 'packages/keys' }, '@x/other': { dir: 'packages/other' } },
      operations: [
        {
          method: 'GET',
          path: '/keys',
          operationId: 'listKeys',
          package: '@orsdk/admin',
          functions: ['listKeys'],
          pages: { style: 'offset', offset: 'offset', items: 'data' },
        },
        { method: 'GET', path: '/key', operationId: 'getKey', package: '@x/other', functions: ['getKey'] },
      ],
      ...mapChanges,
    }
    return checkCoverage(root, spec, map)
  }

  it('passes when a present package exports each function, and reports an absent package as pending', () => {
    const report = workspace('export function listKeys(): void {}\n')
    expect(report.problems).toEqual([])
    expect(report.rows.map((row) => [row.key, row.status])).toEqual([
      ['GET /keys', 'covered'],
      ['GET /key', 'pending'],
    ])
  })

  it('fails when a present package lacks a function, or exports it as a type or a constant', () => {
    for (const index of [
      'export const other = 1\n',
      'export type listKeys = () => void\n',
      'export const listKeys = 1\n',
    ]) {
      const report = workspace(index)
      expect(report.problems).toEqual([
        'GET /keys: @orsdk/admin (packages/keys/src/index.ts) does not export the function listKeys',
      ])
      removeTempRepo(root ?? '')
    }
  })

  it('follows re-exports to the function', () => {
    const report = workspace(
      "export { listKeys } from './list-keys.js'\n",
      {},
      {
        'packages/keys/src/list-keys.ts': 'export async function listKeys() {\n  return []\n}\n',
      },
    )
    expect(report.problems).toEqual([])
  })

  it('reports a pending package as pending, and fails once it exports everything but is still marked', () => {
    const pending = {
      '@orsdk/admin': { dir: 'packages/keys', pending: 'being written' },
      '@x/other': { dir: 'packages/other' },
    }
    const waiting = workspace('export const nothing = 0\n', { packages: pending })
    expect(waiting.problems).toEqual([])
    expect(waiting.rows[0]).toMatchObject({ status: 'pending', note: 'being written' })
    removeTempRepo(root ?? '')
    const done = workspace('export function listKeys(): void {}\n', { packages: pending })
    expect(done.problems).toEqual([
      '@orsdk/admin exports every function it covers: remove its "pending" mark in spec/operations.json',
    ])
  })

  it('fails on a spec operation missing from the map and a mapped operation missing from the spec', () => {
    const report = workspace('export function listKeys(): void {}\n', {
      operations: [
        {
          method: 'GET',
          path: '/keys',
          package: '@orsdk/admin',
          functions: ['listKeys'],
          pages: { style: 'offset', offset: 'offset', items: 'data' },
        },
        { method: 'DELETE', path: '/keys/{hash}', package: '@orsdk/admin', functions: ['deleteKey'] },
      ],
    })
    expect(report.problems).toEqual([
      'GET /key (getKey) is in the spec but not in spec/operations.json: map it or skip it',
      'DELETE /keys/{hash} is in spec/operations.json but not in the spec: remove it',
    ])
  })

  it('fails on paging that names what the spec lacks, and on a list that pages without saying how', () => {
    const wrong = workspace('export function listKeys(): void {}\n', {
      operations: [
        {
          method: 'GET',
          path: '/keys',
          package: '@orsdk/admin',
          functions: ['listKeys'],
          pages: { style: 'offset', offset: 'skip', limit: 'limit', items: 'rows' },
        },
        { method: 'GET', path: '/key', skip: 'Not needed in this test fixture at all.' },
      ],
    })
    expect(wrong.problems).toEqual([
      'GET /keys: "pages" names the query parameter skip, which the spec does not list',
      'GET /keys: "pages" names the query parameter limit, which the spec does not list',
      `GET /keys: "pages" names the response field rows, which the spec's answer does not have`,
    ])
    removeTempRepo(root ?? '')
    const silent = workspace('export function listKeys(): void {}\n', {
      operations: [
        { method: 'GET', path: '/keys', package: '@orsdk/admin', functions: ['listKeys'] },
        { method: 'GET', path: '/key', skip: 'Not needed in this test fixture at all.' },
      ],
    })
    expect(silent.problems).toEqual([
      'GET /keys takes a paging parameter but spec/operations.json gives it no "pages"',
    ])
  })

  it('fails when a management-key operation is mapped outside @orsdk/admin', () => {
    const report = workspace('export function listKeys(): void {}\n', {
      packages: { '@orsdk/account': { dir: 'packages/keys' }, '@x/other': { dir: 'packages/other' } },
      operations: [
        {
          method: 'GET',
          path: '/keys',
          package: '@orsdk/account',
          functions: ['listKeys'],
          pages: { style: 'offset', offset: 'offset', items: 'data' },
        },
        { method: 'GET', path: '/key', package: '@x/other', functions: ['getKey'] },
      ],
    })
    expect(report.problems).toEqual([
      'GET /keys needs a management key (per the spec) but is mapped to @orsdk/account, not @orsdk/admin',
    ])
  })
})
