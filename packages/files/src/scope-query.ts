import type { FilesScope } from './types.js'

/** The query of a files call: where the files live, when given. */
export function scopeQuery(scope: FilesScope): Record<string, string | undefined> {
  return { provider: scope.provider, workspace_id: scope.workspace_id }
}
