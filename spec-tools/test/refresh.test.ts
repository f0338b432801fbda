import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DRIFT, driftedSpec } from './helpers/drifted-spec'
import { type ServedSpec, type SpecServer, startSpecServer } from './helpers/spec-server'
import { makeSeededRepo, readTree, removeTempRepo, runCli, SPEC_TEXT } from './helpers/temp-repo'

const HEADLINE = 'Refresh OpenAPI spec: 1 operation added, 1 removed, 1 changed, 1 schema changed'
const FETCHED_AT = '2026-09-01T00:00:00Z'
const ADMIN_TYPES = 'packages/admin/src/generated/openapi.ts'
const ACCOUNT_TYPES = 'packages/account/src/generated/openapi.ts'
const EMULATOR_FIXTURE = 'packages/mock-server/fixtures/spec-operations.json'

describe('orsdk-spec refresh', () => {
  let server: SpecServer
  const served: ServedSpec = { text: SPEC_TEXT, status: 200 }
  let root: string
  const url = (name = 'openapi.yaml') => `${server.origin}/${name}`

  beforeAll(async () => {
    server = await startSpecServer(served)
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    root = await makeSeededRepo()
    server.requests.length = 0
    Object.assign(served, { text: SPEC_TEXT, status: 200 })
  })
  afterEach(() => removeTempRepo(root))

  it('--check exits 1 naming the changed operations and schemas, and writes nothing', async () => {
    served.text = driftedSpec()
    const before = readTree(root)
    const result = await runCli(['refresh', '--check', '--url', url(), '--root', root], { cwd: root })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n')[0]).toBe(HEADLINE)
    expect(result.stdout).toContain(
      `- added \`${DRIFT.added}\` (getWorkspaceUsage): not in spec/operations.json yet: map it to a function or skip it`,
    )
    expect(result.stdout).toContain(
      `- removed \`${DRIFT.removed}\` (deleteBYOKKey): was @orsdk/admin \`deleteByokKey\``,
    )
    expect(result.stdout).toContain(
      `- changed \`${DRIFT.changed}\` (getCredits): @orsdk/admin \`getCredits\``,
    )
    expect(result.stdout).toMatch(
      /- schema changed `Guardrail`: reached by `GET \/guardrails`, .*`PATCH \/guardrails\/\{id\}`/,
    )
    expect(result.stdout).toContain(
      'Packages whose generated files changed: `@orsdk/admin`, `@orsdk/mock-server`',
    )
    expect(readTree(root)).toEqual(before)
  })

  it('rewrites the spec, regenerates, and writes a changeset for each affected package only', async () => {
    served.text = driftedSpec()
    const before = readTree(root)
    const result = await runCli(['refresh', '--url', url(), '--fetched-at', FETCHED_AT, '--root', root], {
      cwd: root,
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')[0]).toBe(HEADLINE)

    const after = readTree(root)
    for (const file of ['spec/openapi.yaml', 'spec/README.md', ADMIN_TYPES, EMULATOR_FIXTURE, 'README.md']) {
      expect(after.get(file), file).not.toBe(before.get(file))
    }
    expect(after.get(ACCOUNT_TYPES)).toBe(before.get(ACCOUNT_TYPES))
    expect(readFileSync(join(root, 'spec/openapi.yaml'), 'utf8')).toBe(served.text)
    expect(readFileSync(join(root, 'spec/README.md'), 'utf8')).toContain(
      `Fetched from ${url()} on ${FETCHED_AT}`,
    )
    const admin = readFileSync(join(root, ADMIN_TYPES), 'utf8')
    expect(admin).toContain('/** @description Evaluation order */\n            priority?: number;')
    expect(admin).not.toContain('deleteBYOKKey')

    expect(readdirSync(join(root, '.changeset')).sort()).toEqual([
      'spec-refresh-2026-09-01-admin.md',
      'spec-refresh-2026-09-01-mock-server.md',
    ])
    const adminChangeset = readFileSync(join(root, '.changeset/spec-refresh-2026-09-01-admin.md'), 'utf8')
    expect(adminChangeset).toMatch(
      /^---\n"@orsdk\/admin": patch\n---\n\nRegenerate from the refreshed OpenRouter OpenAPI spec: 1 operation removed, 1 changed, 1 schema changed\n\n/,
    )
    expect(adminChangeset).toContain(`- removed \`${DRIFT.removed}\``)
    expect(adminChangeset).not.toContain(DRIFT.added)
    const emulatorChangeset = readFileSync(
      join(root, '.changeset/spec-refresh-2026-09-01-mock-server.md'),
      'utf8',
    )
    expect(emulatorChangeset).toMatch(
      /^---\n"@orsdk\/mock-server": patch\n---\n\n.*: 1 operation added, 1 removed, 1 changed/,
    )

    // What the refresh wrote is what the new spec generates, and a second refresh finds nothing.
    expect(await runCli(['generate', '--verify', '--root', root], { cwd: root })).toMatchObject({ code: 0 })
    const again = await runCli(['refresh', '--check', '--url', url(), '--root', root], { cwd: root })
    expect(again).toMatchObject({ code: 0 })
    expect(again.stdout).toMatch(/^OpenAPI spec is up to date: 97 operations, \d+ schemas/)
  })

  it('changes nothing and says so when the live spec is unchanged, requesting OPENROUTER_SPEC_URL with no key', async () => {
    const before = readTree(root)
    const result = await runCli(['refresh', '--root', root], {
      cwd: root,
      env: { OPENROUTER_SPEC_URL: url(), OPENROUTER_API_KEY: 'sk-or-v1-secret' },
    })
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toMatch(/^OpenAPI spec is up to date: 97 operations/)
    expect(server.requests).toEqual([{ url: '/openapi.yaml', authorization: undefined }])
    expect(readTree(root)).toEqual(before)
  })

  it('reads a JSON spec too, and keeps the vendored file YAML', async () => {
    served.text = driftedSpec('json')
    const result = await runCli(['refresh', '--url', url('openapi.json'), '--root', root], { cwd: root })
    expect(result.code).toBe(0)
    const text = readFileSync(join(root, 'spec/openapi.yaml'), 'utf8')
    expect(text.startsWith('{')).toBe(false)
    expect(text).toContain('getWorkspaceUsage')
  })

  it('leaves every file untouched when the answer is an error, not a spec, or not OpenAPI', async () => {
    const before = readTree(root)
    served.status = 502
    served.text = '<html>Bad gateway</html>'
    const failed = await runCli(['refresh', '--url', url(), '--root', root], { cwd: root })
    expect(failed.code).toBe(2)
    expect(failed.stderr).toContain('answered 502')
    served.status = 200
    const notSpec = await runCli(['refresh', '--url', url(), '--root', root], { cwd: root })
    expect(notSpec.code).toBe(2)
    expect(notSpec.stderr).toContain('not an OpenAPI 3 document')
    served.text = '{"openapi": "3.1.0"'
    const truncated = await runCli(['refresh', '--url', url(), '--root', root], { cwd: root })
    expect(truncated.code).toBe(2)
    expect(truncated.stderr).toContain('not YAML or JSON')
    expect(readTree(root)).toEqual(before)
  })
})
