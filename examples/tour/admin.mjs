// Demo tour step: management-key operations (credits, keys, workspaces and budgets, guardrails)
// and presets. Against the emulator a management key is any bearer starting `sk-or-v1-mgmt-`;
// live, only with OPENROUTER_MANAGEMENT_KEY set, and only reads.
import {
  assignKeysToGuardrail,
  createGuardrail,
  createKey,
  createPresetFromChat,
  createWorkspace,
  deleteKey,
  getCredits,
  getPreset,
  getWorkspaceBudget,
  listGuardrails,
  listKeys,
  listPresetVersions,
  setWorkspaceBudget,
  updateKey,
} from '@orsdk/admin'
import { MANAGEMENT_KEY_PREFIX } from '@orsdk/mock-server'
import { createClient } from '@orsdk/transport'

export const title = 'admin: credits, API keys, workspace budgets, guardrails, presets (management key)'

export async function run({ client, live, log, server }) {
  const managementKey = live
    ? process.env.OPENROUTER_MANAGEMENT_KEY
    : `${MANAGEMENT_KEY_PREFIX}${'d'.repeat(64)}`
  if (managementKey === undefined) {
    log('live: set OPENROUTER_MANAGEMENT_KEY to run this step (reads only)')
    return
  }
  const admin = createClient(
    live ? { apiKey: managementKey } : { baseURL: server.baseURL, apiKey: managementKey },
  )
  try {
    const { data: credits } = await getCredits({ client: admin })
    log(`credits: $${credits.total_credits} bought, $${credits.total_usage} used`)
    try {
      await getCredits({ client }) // the tour's ordinary key
    } catch (error) {
      log(`with an ordinary key: ${error.kind} ${error.status}: ${error.message}`)
    }
    if (live) {
      let keys = 0
      for await (const _key of listKeys({}, { client: admin })) keys++
      log(`${keys} API key(s) on the account`)
      return
    }

    const { data: created, key } = await createKey({ name: 'demo customer', limit: 10 }, { client: admin })
    log(`created key ${key.slice(0, 12)}… (hash ${created.hash.slice(0, 12)}…), limit $${created.limit}`)
    await updateKey(created.hash, { disabled: true }, { client: admin })
    const hashes = []
    for await (const row of listKeys({}, { client: admin })) hashes.push(row.hash)
    log(`listKeys: ${hashes.length} keys, ours among them, now disabled`)

    const { data: workspace } = await createWorkspace({ name: 'Demo', slug: 'demo' }, { client: admin })
    await setWorkspaceBudget(workspace.id, 'monthly', { limit_usd: 250 }, { client: admin })
    const { data: budget } = await getWorkspaceBudget('demo', 'monthly', { client: admin })
    log(`workspace ${workspace.slug}: monthly budget $${budget.limit_usd}, read back by slug`)

    const { data: guardrail } = await createGuardrail(
      { name: 'no paid training', enable_paid_model_training: false },
      { client: admin },
    )
    const { assigned_count } = await assignKeysToGuardrail(
      guardrail.id,
      { key_hashes: [created.hash] },
      { client: admin },
    )
    let pages = 0
    for await (const _row of listGuardrails({ limit: 1 }, { client: admin })) pages++
    log(
      `guardrail "${guardrail.name}": assigned_count ${assigned_count}; listGuardrails walked ${pages} pages of one`,
    )
    await deleteKey(created.hash, { client: admin })
    log(`deleted key ${created.hash.slice(0, 12)}…`)

    // Presets: any key; creating one from a chat body runs no inference.
    await createPresetFromChat(
      'demo-support',
      {
        model: 'openai/gpt-4o-mini',
        temperature: 0.2,
        messages: [{ role: 'system', content: 'Answer briefly.' }],
      },
      { client },
    )
    const { data: preset } = await getPreset('demo-support', { client })
    const versions = []
    for await (const version of listPresetVersions('demo-support', {}, { client }))
      versions.push(version?.version)
    log(
      `preset demo-support: version ${preset.designated_version?.version}, system prompt "${preset.designated_version?.system_prompt}" (versions ${versions.join(', ')}); run it as model '@preset/demo-support'`,
    )
  } finally {
    await admin.close()
  }
}
