import { randomUUID } from 'node:crypto'
import type { Exchange } from '../exchange'
import { isRecord } from '../is-record'
import { sendError, sendJson } from '../respond'
import type { EmulatedOperation, TemplateMatch } from '../spec-operations'
import type { SpecState } from '../spec-state'
import { now } from './spec-collection'

// Narrowest first: a budget must be strictly below every wider one (spec: upsertWorkspaceBudget).
const INTERVALS = ['daily', 'weekly', 'monthly', 'lifetime']

/**
 * `/workspaces/{id}/budgets[/{interval}]`: set (PUT), read, list and delete a workspace's budgets;
 * the workspace must exist (404), and limits must strictly decrease as the interval narrows (400).
 */
export function handleWorkspaceBudgets(
  exchange: Exchange,
  match: TemplateMatch,
  operation: EmulatedOperation,
  state: SpecState,
): boolean {
  const id = match.params.id ?? ''
  const workspace = state.collection('/workspaces')?.find(id)
  if (workspace === undefined) {
    sendError(exchange, 404, `No workspace with id or slug ${id}`, 'not_found')
    return true
  }
  const workspaceId = String(workspace.id)
  const budgets = state.budgets.get(workspaceId) ?? new Map<string, Record<string, unknown>>()
  state.budgets.set(workspaceId, budgets)
  const includeByok = () => state.includeByok.get(workspaceId) ?? workspace.include_byok_in_budgets === true
  const interval = match.params.interval
  if (interval === undefined) {
    const data = INTERVALS.flatMap((name) => budgets.get(name) ?? [])
    sendJson(exchange, operation.status, { data, include_byok_in_budgets: includeByok() })
    return true
  }
  const existing = budgets.get(interval)
  if (operation.method === 'PUT') {
    const body = isRecord(exchange.body) ? exchange.body : {}
    const limit = body.limit_usd
    if (typeof limit !== 'number' || !Number.isFinite(limit) || limit < 0) {
      sendError(exchange, 400, 'limit_usd must be a non-negative number')
      return true
    }
    const conflict = orderConflict(budgets, interval, limit)
    if (conflict !== undefined) {
      sendError(exchange, 400, conflict)
      return true
    }
    if (typeof body.include_byok_in_budgets === 'boolean') {
      state.includeByok.set(workspaceId, body.include_byok_in_budgets)
      workspace.include_byok_in_budgets = body.include_byok_in_budgets
    }
    const budget = {
      id: existing?.id ?? randomUUID(),
      workspace_id: workspaceId,
      reset_interval: interval,
      limit_usd: limit,
      created_at: existing?.created_at ?? now(),
      updated_at: now(),
    }
    budgets.set(interval, budget)
    sendJson(exchange, operation.status, { data: budget, include_byok_in_budgets: includeByok() })
    return true
  }
  if (existing === undefined) {
    sendError(exchange, 404, `Workspace ${id} has no ${interval} budget`, 'not_found')
  } else if (operation.method === 'DELETE') {
    budgets.delete(interval)
    sendJson(exchange, operation.status, { deleted: true })
  } else {
    sendJson(exchange, operation.status, { data: existing, include_byok_in_budgets: includeByok() })
  }
  return true
}

function orderConflict(budgets: Map<string, Record<string, unknown>>, interval: string, limit: number) {
  const rank = INTERVALS.indexOf(interval)
  for (const [other, budget] of budgets) {
    if (other === interval || typeof budget.limit_usd !== 'number') continue
    const otherRank = INTERVALS.indexOf(other)
    const wider = otherRank > rank
    if (wider ? limit >= budget.limit_usd : limit <= budget.limit_usd) {
      return `The ${interval} budget (${limit}) must be ${wider ? 'below' : 'above'} the ${other} budget (${budget.limit_usd})`
    }
  }
  return undefined
}
