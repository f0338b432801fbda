import type { CallOptions } from '@orsdk/transport'
import * as account from '../src/index.js'

/** One call of each function with valid params: its arguments before `options`. */
export interface Row {
  name: string
  args: unknown[]
}

export const rows: Row[] = [
  { name: 'createAuthCode', args: [{ callback_url: 'https://app.example/callback', limit: 5 }] },
  { name: 'listBenchmarks', args: [{ task_type: 'coding', max_results: 5 }] },
  { name: 'getTaskClassifications', args: [{}] },
  { name: 'listAppRankings', args: [{ limit: 10 }] },
  { name: 'getDailyRankings', args: [{ start_date: '2026-05-01' }] },
  { name: 'listSessionCosts', args: [{}] },
  { name: 'listEmbeddingModels', args: [{}] },
  { name: 'listZdrEndpoints', args: [] },
  { name: 'getGenerationContent', args: ['gen-1234'] },
  { name: 'getModelDetails', args: ['openai/gpt-4o-mini'] },
  { name: 'countModels', args: [{ output_modalities: 'all' }] },
  { name: 'listUserModels', args: [{ limit: 100 }] },
]

/** Calls the row's function with `args` and `options`. */
export function callRow(row: Row, args: unknown[], options: CallOptions): unknown {
  const fn = (account as unknown as Record<string, (...values: unknown[]) => unknown>)[row.name]
  if (fn === undefined) throw new Error(`@orsdk/account exports no ${row.name}`)
  return fn(...args, options)
}
