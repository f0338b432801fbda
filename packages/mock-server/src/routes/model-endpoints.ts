import { isRecord } from '../is-record'
import { PROVIDER_NAME } from './chat-chunks'

/** Builds the `/models/:author/:slug/endpoints` document of a model row: one emulated endpoint. */
export function buildEndpoints(row: Record<string, unknown>): { data: Record<string, unknown> } {
  const top = isRecord(row.top_provider) ? row.top_provider : {}
  const endpoint = {
    name: `${PROVIDER_NAME} | ${String(row.canonical_slug ?? row.id)}`,
    model_id: row.canonical_slug ?? row.id,
    model_name: row.name,
    provider_name: PROVIDER_NAME,
    tag: 'emulatorprovider',
    context_length: row.context_length ?? top.context_length ?? null,
    max_completion_tokens: top.max_completion_tokens ?? null,
    max_prompt_tokens: null,
    pricing: row.pricing ?? { prompt: '0', completion: '0' },
    quantization: null,
    supported_parameters: row.supported_parameters ?? [],
    supports_implicit_caching: false,
    status: 0,
    uptime_last_5m: 100,
    uptime_last_30m: 100,
    uptime_last_1d: 100,
    latency_last_30m: { p50: 250, p75: 320, p90: 450, p99: 900 },
    throughput_last_30m: { p50: 80, p75: 95, p90: 110, p99: 130 },
  }
  return {
    data: {
      id: row.id,
      name: row.name,
      created: row.created,
      description: row.description,
      architecture: row.architecture,
      endpoints: [endpoint],
    },
  }
}
