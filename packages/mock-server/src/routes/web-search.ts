import { isRecord } from '../is-record'

/**
 * A web-search citation in the shape OpenRouter documents for every model (guides/features/
 * plugins/web-search: "Parsing web search results"): `start_index` and `end_index` locate the
 * markdown link that cites the page in the message content.
 */
export interface UrlCitation {
  type: 'url_citation'
  url_citation: { url: string; title: string; content: string; start_index: number; end_index: number }
}

/** What the emulated search engine finds, whatever the question: OpenRouter's own pages on web search. */
const RESULTS = [
  {
    url: 'https://openrouter.ai/docs/guides/features/plugins/web-search',
    title: 'Web Search | OpenRouter',
    content:
      'Incorporate relevant web search results for any model with the web plugin, or append :online to the model slug.',
  },
  {
    url: 'https://openrouter.ai/docs/guides/features/server-tools/web-search',
    title: 'Web Search Server Tool | OpenRouter',
    content: 'The openrouter:web_search server tool gives any model access to real-time web information.',
  },
]

const positive = (value: unknown) => (typeof value === 'number' && value > 0 ? value : undefined)

/**
 * Whether a chat request asked for web search, and for how many results: the `web` plugin, the
 * `openrouter:web_search` server tool, or an `:online` model. Undefined when it did not.
 */
export function wantsWebSearch(body: Record<string, unknown>): { maxResults: number } | undefined {
  const plugin = Array.isArray(body.plugins)
    ? body.plugins.find((entry) => isRecord(entry) && entry.id === 'web' && entry.enabled !== false)
    : undefined
  if (isRecord(plugin)) return { maxResults: positive(plugin.max_results) ?? 5 }
  // OpenRouter's server tool, or the shorthands it converts (`web_search_preview`, Anthropic's `web_search_20250305`).
  const tool = Array.isArray(body.tools)
    ? body.tools.find(
        (entry) =>
          isRecord(entry) &&
          typeof entry.type === 'string' &&
          (entry.type === 'openrouter:web_search' || entry.type.startsWith('web_search')),
      )
    : undefined
  if (isRecord(tool)) {
    const parameters = isRecord(tool.parameters) ? tool.parameters : {}
    return { maxResults: positive(parameters.max_results) ?? 5 }
  }
  if (typeof body.model === 'string' && body.model.endsWith(':online')) return { maxResults: 5 }
  return undefined
}

/** The search results an answer cites, as Anthropic's `web_search_result_location` citations (for /messages). */
export function webSearchLocations(maxResults: number): Record<string, unknown>[] {
  return RESULTS.slice(0, maxResults).map((result, index) => ({
    type: 'web_search_result_location',
    url: result.url,
    title: result.title,
    cited_text: result.content,
    encrypted_index: Buffer.from(`emulated-${index}`).toString('base64'),
  }))
}

/** The answer text with a markdown link to each result appended, and the citations that locate them. */
export function webCitations(text: string, maxResults: number): { text: string; citations: UrlCitation[] } {
  let cited = `${text} Sources:`
  const citations: UrlCitation[] = []
  for (const [index, result] of RESULTS.slice(0, maxResults).entries()) {
    cited += index === 0 ? ' ' : ', '
    const link = `[openrouter.ai](${result.url})`
    const start = cited.length
    cited += link
    citations.push({
      type: 'url_citation',
      url_citation: { ...result, start_index: start, end_index: start + link.length },
    })
  }
  return { text: `${cited}.`, citations }
}
