import type { Exchange } from '../exchange'
import { isManagementKey } from '../management-key'
import { sendError, sendJson } from '../respond'
import { PROVIDER_NAME } from './chat-chunks'

/** GET /api/v1/key: an unlimited emulator key (a management key when it has the management prefix). */
export function handleKey(exchange: Exchange): void {
  const management = isManagementKey(exchange.request.headers.authorization)
  sendJson(exchange, 200, {
    data: {
      label: 'emulator',
      limit: null,
      limit_remaining: null,
      limit_reset: null,
      include_byok_in_limit: false,
      usage: 0,
      usage_daily: 0,
      usage_weekly: 0,
      usage_monthly: 0,
      byok_usage: 0,
      byok_usage_daily: 0,
      byok_usage_weekly: 0,
      byok_usage_monthly: 0,
      is_free_tier: false,
      is_management_key: management,
      is_provisioning_key: management,
      creator_user_id: null,
      expires_at: null,
      rate_limit: { requests: -1, interval: '10s', note: 'This field is deprecated and safe to ignore.' },
    },
  })
}

/**
 * GET /api/v1/generation?id=: stats of a generation this server issued, once it ended (plus the
 * scenario's `generationDelayMs`), else 404.
 */
export function handleGeneration(exchange: Exchange): void {
  const id = exchange.recorded.query.id
  if (id === undefined || id === '') {
    sendError(exchange, 400, 'Missing required query parameter: id')
    return
  }
  const record = exchange.state.generations.get(id)
  // OpenRouter writes the record after the generation ends: until then it is not found.
  if (record === undefined || (record.availableAt ?? 0) > Date.now()) {
    sendError(exchange, 404, `Generation ${id} not found`)
    return
  }
  sendJson(exchange, 200, {
    data: {
      id: record.id,
      upstream_id: `upstream-${record.id}`,
      model: record.model,
      provider_name: PROVIDER_NAME,
      api_type: record.apiType,
      streamed: record.streamed,
      cancelled: record.cancelled === true,
      origin: '',
      is_byok: false,
      total_cost: record.totalCost,
      usage: record.totalCost,
      upstream_inference_cost: null,
      cache_discount: null,
      tokens_prompt: record.tokensPrompt,
      tokens_completion: record.tokensCompletion,
      native_tokens_prompt: record.tokensPrompt,
      native_tokens_completion: record.tokensCompletion,
      native_tokens_reasoning: 0,
      native_tokens_cached: 0,
      finish_reason: record.finishReason,
      native_finish_reason: record.finishReason,
      latency: 5,
      generation_time: 5,
      moderation_latency: null,
      created_at: record.createdAt.toISOString(),
    },
  })
}
