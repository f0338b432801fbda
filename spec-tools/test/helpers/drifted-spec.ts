import { parse, stringify } from 'yaml'
import { SPEC_TEXT } from './temp-repo'

/** What {@link driftedSpec} changes, as the report names it. */
export const DRIFT = {
  added: 'GET /workspaces/{id}/usage',
  removed: 'DELETE /byok/{id}',
  changed: 'GET /credits',
  schema: 'Guardrail',
} as const

/**
 * The vendored spec with four drifts, all in operations of @orsdk/admin (so @orsdk/account's
 * types must not change): an operation added and one removed, an operation's own object changed,
 * and a schema only admin operations reach changed.
 */
export function driftedSpec(format: 'yaml' | 'json' = 'yaml'): string {
  const spec = parse(SPEC_TEXT, { maxAliasCount: -1 })
  spec.paths['/workspaces/{id}/usage'] = {
    get: {
      operationId: 'getWorkspaceUsage',
      summary: 'Get workspace usage',
      description:
        'Usage of a workspace. [Management key](/docs/guides/overview/auth/management-api-keys) required.',
      parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }],
      responses: {
        '200': {
          description: 'Usage',
          content: { 'application/json': { example: { data: { usage: 1.5 } }, schema: { type: 'object' } } },
        },
        '401': { description: 'Unauthorized' },
      },
    },
  }
  delete spec.paths['/byok/{id}'].delete
  spec.paths['/credits'].get.description = 'Get total credits purchased and used, now per workspace too.'
  spec.components.schemas.Guardrail.properties.priority = { type: 'integer', description: 'Evaluation order' }
  return format === 'json' ? JSON.stringify(spec) : stringify(spec)
}
