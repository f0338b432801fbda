/**
 * `@orsdk/admin`: the OpenRouter operations that need a management key (credits, activity,
 * analytics, API keys, guardrails, workspaces, BYOK, observability, organization, SCIM,
 * generation feedback) and presets. One function per operation of OpenRouter's OpenAPI spec,
 * typed from it; every paged list is an async iterable.
 *
 * @example
 * ```ts
 * import { createKey, listKeys } from '@orsdk/admin'
 * import { createClient } from '@orsdk/transport'
 * const client = createClient({ apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * const { key } = await createKey({ name: 'customer-42', limit: 10 }, { client })
 * for await (const row of listKeys({}, { client })) console.log(row.name, row.usage)
 * ```
 *
 * @module
 */
export { listActivity } from './activity.js'
export { getAnalyticsMeta, queryAnalytics } from './analytics.js'
export { createByokKey, deleteByokKey, getByokKey, listByokKeys, updateByokKey } from './byok.js'
export { getCredits } from './credits.js'
export type { components, operations, paths } from './generated/openapi.js'
export { sendGenerationFeedback } from './generation-feedback.js'
export {
  assignKeysToGuardrail,
  assignMembersToGuardrail,
  listGuardrailKeyAssignments,
  listGuardrailMemberAssignments,
  listKeyAssignments,
  listMemberAssignments,
  unassignKeysFromGuardrail,
  unassignMembersFromGuardrail,
} from './guardrail-assignments.js'
export {
  createGuardrail,
  deleteGuardrail,
  getGuardrail,
  listGuardrails,
  updateGuardrail,
} from './guardrails.js'
export { createKey, deleteKey, getKey, listKeys, updateKey } from './keys.js'
export {
  createObservabilityDestination,
  deleteObservabilityDestination,
  getObservabilityDestination,
  listObservabilityDestinations,
  updateObservabilityDestination,
} from './observability.js'
export { listOrganizationMembers } from './organization.js'
export {
  createPresetFromChat,
  createPresetFromMessages,
  createPresetFromResponses,
  getPreset,
  getPresetVersion,
  listPresets,
  listPresetVersions,
} from './presets.js'
export {
  createScimGroupMapping,
  deleteScimGroupMapping,
  getScimGroupMapping,
  listScimGroupMappings,
  listScimGroups,
  updateScimGroupMapping,
} from './scim.js'
export {
  deleteWorkspaceBudget,
  getWorkspaceBudget,
  listWorkspaceBudgets,
  setWorkspaceBudget,
} from './workspace-budgets.js'
export { addWorkspaceMembers, listWorkspaceMembers, removeWorkspaceMembers } from './workspace-members.js'
export {
  createWorkspace,
  deleteWorkspace,
  getWorkspace,
  listWorkspaces,
  updateWorkspace,
} from './workspaces.js'
