import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { MANAGEMENT_KEY_PREFIX, type MockServer, startMockServer } from '../src/index'

const MANAGEMENT_KEY = `${MANAGEMENT_KEY_PREFIX}test`
type Body = Record<string, unknown> & { data?: unknown }

let server: MockServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function call(method: string, path: string, body?: unknown, key = MANAGEMENT_KEY) {
  server ??= await startMockServer()
  const response = await fetch(`${server.baseURL}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  })
  return { status: response.status, body: (await response.json()) as Body }
}

const data = (answer: { body: Body }) => answer.body.data as Record<string, unknown>
const rows = (answer: { body: Body }) => answer.body.data as Record<string, unknown>[]

describe('API keys', () => {
  it('creates, lists, gets, updates and deletes a key', async () => {
    const created = await call('POST', '/keys', { name: 'ci', limit: 20 })
    expect(created.status).toBe(201)
    const key = String(created.body.key)
    const hash = String(data(created).hash)
    expect(key).toMatch(/^sk-or-v1-[0-9a-f]{64}$/)
    expect(hash).toBe(createHash('sha256').update(key).digest('hex'))
    expect(data(created)).toMatchObject({
      name: 'ci',
      label: 'ci',
      limit: 20,
      limit_remaining: 20,
      disabled: false,
    })

    expect(rows(await call('GET', '/keys')).map((row) => row.hash)).toContain(hash)
    expect(data(await call('GET', `/keys/${hash}`))).toMatchObject({ hash, name: 'ci' })
    const updated = await call('PATCH', `/keys/${hash}`, { disabled: true, hash: 'ignored' })
    expect(data(updated)).toMatchObject({ hash, disabled: true })
    expect(data(updated).updated_at).not.toBeNull()

    expect(await call('DELETE', `/keys/${hash}`)).toEqual({ status: 200, body: { deleted: true } })
    expect((await call('GET', `/keys/${hash}`)).status).toBe(404)
    expect(rows(await call('GET', '/keys')).map((row) => row.hash)).not.toContain(hash)
  })

  it('mints ordinary keys: a created key cannot manage keys', async () => {
    const created = await call('POST', '/keys', { name: 'app' })
    const answer = await call('GET', '/keys', undefined, String(created.body.key))
    expect(answer.status).toBe(403)
  })
})

describe('workspaces and budgets', () => {
  it('reads back a budget it set, by workspace id or slug', async () => {
    const workspace = data(await call('POST', '/workspaces', { name: 'Staging', slug: 'staging' }))
    const set = await call('PUT', '/workspaces/staging/budgets/monthly', {
      limit_usd: 50,
      include_byok_in_budgets: true,
    })
    expect(set.status).toBe(200)
    expect(set.body).toMatchObject({
      data: { limit_usd: 50, reset_interval: 'monthly', workspace_id: workspace.id },
    })
    const read = await call('GET', `/workspaces/${workspace.id}/budgets/monthly`)
    expect(read.body).toEqual(set.body)
    expect(read.body.include_byok_in_budgets).toBe(true)

    await call('PUT', '/workspaces/staging/budgets/daily', { limit_usd: 5 })
    const listed = await call('GET', '/workspaces/staging/budgets')
    expect(rows(listed).map((budget) => budget.reset_interval)).toEqual(['daily', 'monthly'])
    expect(data(await call('GET', '/workspaces/staging')).include_byok_in_budgets).toBe(true)
  })

  it('rejects a budget that is not below the wider ones, and a workspace or budget that does not exist', async () => {
    await call('PUT', '/workspaces/production/budgets/weekly', { limit_usd: 20 })
    const tooHigh = await call('PUT', '/workspaces/production/budgets/daily', { limit_usd: 25 })
    expect(tooHigh.status).toBe(400)
    expect(tooHigh.body).toMatchObject({
      error: { message: 'The daily budget (25) must be below the weekly budget (20)' },
    })
    expect((await call('PUT', '/workspaces/nowhere/budgets/daily', { limit_usd: 1 })).status).toBe(404)
    expect((await call('GET', '/workspaces/production/budgets/lifetime')).status).toBe(404)
    expect(await call('DELETE', '/workspaces/production/budgets/weekly')).toEqual({
      status: 200,
      body: { deleted: true },
    })
    expect((await call('GET', '/workspaces/production/budgets/weekly')).status).toBe(404)
  })
})

describe('presets', () => {
  it('creates a preset from a chat body, then a new designated version from a messages body', async () => {
    const chat = {
      model: 'openai/gpt-4o',
      temperature: 0.2,
      messages: [{ role: 'system', content: 'Be brief.' }],
    }
    const first = await call('POST', '/presets/support/chat/completions', chat, 'sk-or-v1-test')
    expect(first.status).toBe(200)
    expect(data(first)).toMatchObject({
      slug: 'support',
      designated_version: {
        version: 1,
        config: { model: 'openai/gpt-4o', temperature: 0.2 },
        system_prompt: 'Be brief.',
      },
    })
    const messages = { model: 'anthropic/claude-sonnet-4', max_tokens: 100, system: 'Be kind.', messages: [] }
    const second = await call('POST', '/presets/support/messages', messages, 'sk-or-v1-test')
    expect(data(second).designated_version).toMatchObject({ version: 2, system_prompt: 'Be kind.' })

    const preset = data(await call('GET', '/presets/support'))
    expect(preset.designated_version).toMatchObject({ version: 2, config: { max_tokens: 100 } })
    const versions = await call('GET', '/presets/support/versions')
    expect(rows(versions).map((version) => version.version)).toEqual([1, 2])
    expect(versions.body.total_count).toBe(2)
    expect(data(await call('GET', '/presets/support/versions/1'))).toMatchObject({
      version: 1,
      system_prompt: 'Be brief.',
    })
    expect(rows(await call('GET', '/presets')).map((row) => row.slug)).toEqual(['my-preset', 'support'])
    expect((await call('GET', '/presets/support/versions/3')).status).toBe(404)
    expect((await call('GET', '/presets/unknown')).status).toBe(404)
  })
})

describe('paging', () => {
  it('pages a list by offset and limit: three pages, then an empty one', async () => {
    for (const name of ['a', 'b', 'c', 'd', 'e']) await call('POST', '/guardrails', { name })
    const pages = []
    for (const offset of [0, 2, 4, 6]) pages.push(await call('GET', `/guardrails?offset=${offset}&limit=2`))
    expect(pages.map((page) => rows(page).length)).toEqual([2, 2, 2, 0])
    expect(pages.every((page) => page.body.total_count === 6)).toBe(true)
    const names = pages.flatMap((page) => rows(page).map((row) => row.name))
    expect(new Set(names).size).toBe(6)
    expect((await call('GET', '/guardrails?limit=0')).status).toBe(400)
    expect((await call('GET', '/guardrails?offset=-1')).status).toBe(400)
  })

  it('pages by the default limit of the spec, and by 100 where the operation takes no limit', async () => {
    for (let index = 0; index < 101; index++) await call('POST', '/keys', { name: `k${index}` })
    expect(rows(await call('GET', '/keys')).length).toBe(100)
    expect(rows(await call('GET', '/keys?offset=100')).length).toBe(2)
  })

  it('pages a cursor list with the cursor it hands out', async () => {
    // `/files` (the spec's one cursor list) is a hand-written route holding real files now.
    server ??= await startMockServer()
    server.files.add({ filename: 'notes.txt', bytes: new TextEncoder().encode('notes') })
    const first = await call('GET', '/files?limit=1', undefined, 'sk-or-v1-test')
    expect(rows(first)).toHaveLength(1)
    expect(first.body).toMatchObject({ cursor: null, has_more: false })
    const bad = await call('GET', '/files?cursor=bogus', undefined, 'sk-or-v1-test')
    expect(bad.status).toBe(400)
  })
})
