import type { CallOptions } from '@orsdk/transport'
import * as admin from '../src/index.js'

/** Ids the rows create and later rows use; one per engine, so each engine's rows stand alone. */
export interface Made {
  slug: string
  keyHash: string
  guardrailId: string
  workspaceId: string
  byokId: string
  destinationId: string
  mappingId: string
}

type AnyFunction = (...args: never[]) => unknown

/**
 * One call of each function with valid params, in an order where creates come first. `args`
 * gives the arguments before `options`: the path parameters first, in the template's order, then
 * the params object. `keep` stores what later rows need from the answer.
 */
export interface Row {
  name: string
  args: (made: Made) => unknown[]
  keep?: (made: Made, answer: { data: { id: string; hash: string } }) => void
}

export const rows: Row[] = [
  { name: 'getCredits', args: () => [] },
  { name: 'listActivity', args: () => [{ group_by: 'workspace' }] },
  { name: 'getAnalyticsMeta', args: () => [] },
  { name: 'queryAnalytics', args: () => [{ metrics: ['request_count'], dimensions: ['model'] }] },
  { name: 'sendGenerationFeedback', args: () => [{ generation_id: 'gen-1', category: 'other' }] },

  {
    name: 'createKey',
    args: () => [{ name: 'row key', limit: 5 }],
    keep: (made, { data }) => {
      made.keyHash = data.hash
    },
  },
  { name: 'listKeys', args: () => [{ include_disabled: 'true' }] },
  { name: 'getKey', args: (made) => [made.keyHash] },
  { name: 'updateKey', args: (made) => [made.keyHash, { name: 'renamed', disabled: true }] },

  {
    name: 'createGuardrail',
    args: () => [{ name: 'row guardrail', limit_usd: 10 }],
    keep: (made, { data }) => {
      made.guardrailId = data.id
    },
  },
  { name: 'listGuardrails', args: () => [{ limit: 2 }] },
  { name: 'getGuardrail', args: (made) => [made.guardrailId] },
  { name: 'updateGuardrail', args: (made) => [made.guardrailId, { description: 'changed' }] },
  { name: 'assignKeysToGuardrail', args: (made) => [made.guardrailId, { key_hashes: [made.keyHash] }] },
  { name: 'listGuardrailKeyAssignments', args: (made) => [made.guardrailId, {}] },
  { name: 'unassignKeysFromGuardrail', args: (made) => [made.guardrailId, { key_hashes: [made.keyHash] }] },
  { name: 'assignMembersToGuardrail', args: (made) => [made.guardrailId, { member_user_ids: ['user_1'] }] },
  { name: 'listGuardrailMemberAssignments', args: (made) => [made.guardrailId, { limit: 10 }] },
  {
    name: 'unassignMembersFromGuardrail',
    args: (made) => [made.guardrailId, { member_user_ids: ['user_1'] }],
  },
  { name: 'listKeyAssignments', args: () => [{}] },
  { name: 'listMemberAssignments', args: () => [{}] },
  { name: 'deleteGuardrail', args: (made) => [made.guardrailId] },
  { name: 'deleteKey', args: (made) => [made.keyHash] },

  {
    name: 'createWorkspace',
    args: (made) => [{ name: 'Row workspace', slug: `${made.slug}-workspace` }],
    keep: (made, { data }) => {
      made.workspaceId = data.id
    },
  },
  { name: 'listWorkspaces', args: () => [{}] },
  { name: 'getWorkspace', args: (made) => [made.workspaceId] },
  { name: 'updateWorkspace', args: (made) => [made.workspaceId, { description: 'changed' }] },
  { name: 'setWorkspaceBudget', args: (made) => [made.workspaceId, 'monthly', { limit_usd: 100 }] },
  { name: 'getWorkspaceBudget', args: (made) => [made.workspaceId, 'monthly'] },
  { name: 'listWorkspaceBudgets', args: (made) => [made.workspaceId] },
  { name: 'deleteWorkspaceBudget', args: (made) => [made.workspaceId, 'monthly'] },
  { name: 'addWorkspaceMembers', args: (made) => [made.workspaceId, { user_ids: ['user_1'] }] },
  { name: 'listWorkspaceMembers', args: (made) => [made.workspaceId, {}] },
  { name: 'removeWorkspaceMembers', args: (made) => [made.workspaceId, { user_ids: ['user_1'] }] },
  { name: 'deleteWorkspace', args: (made) => [made.workspaceId] },

  {
    name: 'createByokKey',
    args: () => [{ provider: 'openai', key: 'sk-provider-row' }],
    keep: (made, { data }) => {
      made.byokId = data.id
    },
  },
  { name: 'listByokKeys', args: () => [{ provider: 'openai' }] },
  { name: 'getByokKey', args: (made) => [made.byokId] },
  { name: 'updateByokKey', args: (made) => [made.byokId, { disabled: true }] },
  { name: 'deleteByokKey', args: (made) => [made.byokId] },

  {
    name: 'createObservabilityDestination',
    args: () => [{ type: 'webhook', name: 'row', config: { url: 'https://example.com/traces' } }],
    keep: (made, { data }) => {
      made.destinationId = data.id
    },
  },
  { name: 'listObservabilityDestinations', args: () => [{}] },
  { name: 'getObservabilityDestination', args: (made) => [made.destinationId] },
  { name: 'updateObservabilityDestination', args: (made) => [made.destinationId, { enabled: false }] },
  { name: 'deleteObservabilityDestination', args: (made) => [made.destinationId] },

  { name: 'listOrganizationMembers', args: () => [{}] },

  { name: 'listScimGroups', args: () => [{}] },
  {
    name: 'createScimGroupMapping',
    args: () => [{ scim_group_id: 'group-1', workspace_id: 'workspace-1', role: 'member' }],
    keep: (made, { data }) => {
      made.mappingId = data.id
    },
  },
  { name: 'listScimGroupMappings', args: () => [{}] },
  { name: 'getScimGroupMapping', args: (made) => [made.mappingId] },
  { name: 'updateScimGroupMapping', args: (made) => [made.mappingId, { role: 'admin' }] },
  { name: 'deleteScimGroupMapping', args: (made) => [made.mappingId, { keep_members: true }] },

  {
    name: 'createPresetFromChat',
    args: (made) => [
      made.slug,
      { model: 'openai/gpt-4o-mini', messages: [{ role: 'system', content: 'Be brief.' }] },
    ],
  },
  {
    name: 'createPresetFromMessages',
    args: (made) => [
      made.slug,
      { model: 'anthropic/claude-sonnet-4', max_tokens: 100, system: 'Be kind.', messages: [] },
    ],
  },
  {
    name: 'createPresetFromResponses',
    args: (made) => [made.slug, { model: 'openai/o4-mini', instructions: 'Plan.' }],
  },
  { name: 'listPresets', args: () => [{}] },
  { name: 'getPreset', args: (made) => [made.slug] },
  { name: 'listPresetVersions', args: (made) => [made.slug, {}] },
  { name: 'getPresetVersion', args: (made) => [made.slug, 2] },
]

/** Calls the row's function with its arguments and `options`. */
export function callRow(row: Row, args: unknown[], options: CallOptions): unknown {
  const fn = (admin as unknown as Record<string, AnyFunction>)[row.name]
  if (fn === undefined) throw new Error(`@orsdk/admin exports no ${row.name}`)
  return (fn as (...values: unknown[]) => unknown)(...args, options)
}

/** Ids for rows called without the rows before them (their answers never come). */
export function placeholderIds(slug: string): Made {
  return {
    slug,
    keyHash: 'missing',
    guardrailId: 'missing',
    workspaceId: 'missing',
    byokId: 'missing',
    destinationId: 'missing',
    mappingId: 'missing',
  }
}
