/** Plugins of a chat request (spec `plugins`); provider routing is typed in `@orsdk/transport`. */

export type { MaxPrice, PercentileCutoff, ProviderPreferences } from '@orsdk/transport'

/** A plugin, discriminated by `id` (web search, file parsing, response healing, ...). */
export interface ChatPlugin {
  id:
    | 'web'
    | 'web-fetch'
    | 'file-parser'
    | 'response-healing'
    | 'context-compression'
    | 'moderation'
    | 'auto-router'
    | 'auto-beta-router'
    | 'pareto-router'
    | 'fusion'
    | (string & {})
  enabled?: boolean
  /** Plugin-specific settings (`max_results`, `engine`, `pdf`, ...). */
  [setting: string]: unknown
}
