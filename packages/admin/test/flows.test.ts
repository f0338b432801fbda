import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import {
  createKey,
  createPresetFromChat,
  createPresetFromMessages,
  createWorkspace,
  deleteKey,
  deleteWorkspaceBudget,
  getKey,
  getPreset,
  getPresetVersion,
  getWorkspace,
  getWorkspaceBudget,
  listKeys,
  listPresets,
  listPresetVersions,
  listWorkspaceBudgets,
  setWorkspaceBudget,
  updateKey,
} from '../src/index.js'
import { collect, engines, rejection, TEST_KEY, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()

describe.each(engines)('stateful flows on the $name', ({ name, client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))
  const unique = name.split(' ')[0]

  it('creates a key, finds it in the list, changes it, and deletes it', async () => {
    const created = await createKey({ name: `flow-${unique}`, limit: 20 }, { client: client() })
    expect(created.key).toMatch(/^sk-or-v1-[0-9a-f]{64}$/)
    const { hash } = created.data
    expect(created.data).toMatchObject({ name: `flow-${unique}`, limit: 20 })

    const listed = await collect(listKeys({}, { client: client() }))
    expect(listed.map((key) => key.hash)).toContain(hash)

    const updated = await updateKey(hash, { name: 'renamed', disabled: true }, { client: client() })
    expect(updated.data).toMatchObject({ hash, name: 'renamed', disabled: true })
    expect((await getKey(hash, { client: client() })).data).toMatchObject({ name: 'renamed', disabled: true })

    expect(await deleteKey(hash, { client: client() })).toEqual({ deleted: true })
    expect((await collect(listKeys({}, { client: client() }))).map((key) => key.hash)).not.toContain(hash)
    const gone = await rejection(getKey(hash, { client: client() }))
    expect(isOpenRouterError(gone) && { kind: gone.kind, status: gone.status }).toEqual({
      kind: 'invalid_request',
      status: 404,
    })
  })

  it('saves a preset from a chat body and a messages body, then lists, reads and versions it with an inference key', async () => {
    const slug = `support-${unique}`
    const options = { client: client(), apiKey: TEST_KEY }
    const first = await createPresetFromChat(
      slug,
      {
        model: 'openai/gpt-4o-mini',
        temperature: 0.2,
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'not kept' },
        ],
      },
      options,
    )
    expect(first.data.designated_version).toMatchObject({ version: 1, system_prompt: 'Be brief.' })
    await createPresetFromMessages(
      slug,
      { model: 'anthropic/claude-sonnet-4', max_tokens: 256, system: 'Be kind.', messages: [] },
      options,
    )

    expect((await collect(listPresets({}, options))).map((preset) => preset.slug)).toContain(slug)
    const preset = await getPreset(slug, options)
    expect(preset.data.designated_version).toMatchObject({ version: 2, system_prompt: 'Be kind.' })
    const versions = await collect(listPresetVersions(slug, {}, options))
    expect(versions.map((version) => version?.version)).toEqual([1, 2])
    expect(versions[0]?.config).toMatchObject({ model: 'openai/gpt-4o-mini', temperature: 0.2 })
    expect(versions[0]?.config).not.toHaveProperty('messages')
    expect((await getPresetVersion(slug, 1, options)).data).toMatchObject({
      version: 1,
      system_prompt: 'Be brief.',
    })
    const missing = await rejection(getPresetVersion(slug, 3, options))
    expect(isOpenRouterError(missing) && missing.status).toBe(404)
  })

  it('sets a workspace budget and reads it back, by id and by slug', async () => {
    const slug = `budgets-${unique}`
    const { data: workspace } = await createWorkspace({ name: 'Budgets', slug }, { client: client() })
    expect((await getWorkspace(slug, { client: client() })).data.id).toBe(workspace.id)

    const set = await setWorkspaceBudget(
      workspace.id,
      'monthly',
      { limit_usd: 100, include_byok_in_budgets: true },
      { client: client() },
    )
    expect(set).toMatchObject({ data: { limit_usd: 100 }, include_byok_in_budgets: true })
    const read = await getWorkspaceBudget(slug, 'monthly', { client: client() })
    expect(read).toMatchObject({
      data: { limit_usd: 100, reset_interval: 'monthly' },
      include_byok_in_budgets: true,
    })
    const all = await listWorkspaceBudgets(workspace.id, { client: client() })
    expect(all.data.map((budget) => budget.reset_interval)).toEqual(['monthly'])

    // A weekly limit above the monthly one is refused by the API: limits shrink as intervals narrow.
    const wider = await rejection(
      setWorkspaceBudget(workspace.id, 'weekly', { limit_usd: 200 }, { client: client() }),
    )
    expect(isOpenRouterError(wider) && { kind: wider.kind, status: wider.status }).toEqual({
      kind: 'invalid_request',
      status: 400,
    })

    await deleteWorkspaceBudget(workspace.id, 'monthly', { client: client() })
    const deleted = await rejection(getWorkspaceBudget(workspace.id, 'monthly', { client: client() }))
    expect(isOpenRouterError(deleted) && deleted.status).toBe(404)
  })

  it('URL-encodes an id, so one holding / ? # or a space stays one path segment', async () => {
    const error = await rejection(getKey('a/b?c#d e', { client: client() }))
    expect(mock.server.requests.at(-1)?.path).toBe('/api/v1/keys/a%2Fb%3Fc%23d%20e')
    expect(isOpenRouterError(error) && error.status).toBe(404)
  })
})
