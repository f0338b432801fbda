import type { CallOptions } from '@orsdk/transport'
import { callOperation, listOperation } from '@orsdk/transport/protocol'
import { pageQuerySchema } from './internal/common-schema.js'
import type { Answer, Body, Item, Query, WithDefaults } from './internal/spec-types.js'
import { chatPresetSchema, messagesPresetSchema } from './presets-schema.js'

// Presets are the account's saved request configurations, run by naming them
// (`model: '@preset/<slug>'`). Any key may call these operations.

/**
 * Lists the account's presets, `GET /presets`, one at a time across pages.
 *
 * @param params - `limit` (page size, 1 to 100), `offset` to start from.
 * @throws `OpenRouterError` while iterating: `invalid_request` for a page size or offset out of
 * range (before any I/O); `auth` without a key; as for any call otherwise. An abort ends the loop
 * with its `AbortError`.
 * @example
 * ```ts
 * import { listPresets } from '@orsdk/admin'
 * for await (const preset of listPresets()) console.log(preset.slug, preset.name)
 * ```
 */
export function listPresets(
  params: Query<'listPresets'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'listPresets'>> {
  return listOperation(
    { name: 'listPresets', method: 'GET', path: '/presets', schema: pageQuerySchema },
    { params },
    options,
  )
}

/**
 * Reads one preset with its designated version inline, `GET /presets/{slug}`.
 *
 * @param slug - the preset's slug, URL-encoded.
 * @throws `OpenRouterError`: `invalid_request` for an empty `slug` (before any I/O) or an unknown
 * preset (404); `auth` without a key; as for any call otherwise.
 * @example
 * ```ts
 * import { getPreset } from '@orsdk/admin'
 * const { data } = await getPreset('support')
 * console.log(data.designated_version?.version, data.designated_version?.config)
 * ```
 */
export function getPreset(slug: string, options?: CallOptions): Promise<Answer<'getPreset'>> {
  return callOperation(
    { name: 'getPreset', method: 'GET', path: '/presets/{slug}' },
    { path: { slug } },
    options,
  )
}

/**
 * Creates a preset, or a new designated version of it, from a chat-completions request body,
 * `POST /presets/{slug}/chat/completions`. No inference runs: the preset keeps the body's
 * configuration (model, sampling, provider, plugins, the system message) and drops the rest.
 *
 * @param slug - the preset's slug, URL-encoded.
 * @param params - a chat-completions body; `messages` is required (only a system message is kept).
 * @throws `OpenRouterError`: `invalid_request` for an empty `slug` or missing `messages` (before
 * any I/O) or a body OpenRouter rejects (400); `auth` without a key; as for any call otherwise.
 * @example
 * ```ts
 * import { createPresetFromChat } from '@orsdk/admin'
 * const { data } = await createPresetFromChat('support', {
 *   model: 'openai/gpt-4o-mini',
 *   temperature: 0.2,
 *   messages: [{ role: 'system', content: 'You answer support questions briefly.' }],
 * })
 * console.log(data.designated_version?.version) // then chat({ model: '@preset/support', ... })
 * ```
 */
export function createPresetFromChat(
  slug: string,
  params: WithDefaults<Body<'createPresetsChatCompletions'>, 'stream'>,
  options?: CallOptions,
): Promise<Answer<'createPresetsChatCompletions'>> {
  return callOperation(
    {
      name: 'createPresetFromChat',
      method: 'POST',
      path: '/presets/{slug}/chat/completions',
      schema: chatPresetSchema,
    },
    { path: { slug }, params },
    options,
  )
}

/**
 * Creates a preset, or a new designated version of it, from an Anthropic messages request body,
 * `POST /presets/{slug}/messages`. No inference runs; `system` becomes the preset's system prompt.
 *
 * @param slug - the preset's slug, URL-encoded.
 * @param params - a messages body; `model` and `messages` are required.
 * @throws `OpenRouterError`: `invalid_request` for an empty `slug`, `model` or missing `messages`
 * (before any I/O) or a body OpenRouter rejects (400); `auth` without a key; as for any call.
 * @example
 * ```ts
 * import { createPresetFromMessages } from '@orsdk/admin'
 * await createPresetFromMessages('reviewer', {
 *   model: 'anthropic/claude-sonnet-4',
 *   max_tokens: 1024,
 *   system: 'You review pull requests.',
 *   messages: [],
 * })
 * ```
 */
export function createPresetFromMessages(
  slug: string,
  params: Body<'createPresetsMessages'>,
  options?: CallOptions,
): Promise<Answer<'createPresetsMessages'>> {
  return callOperation(
    {
      name: 'createPresetFromMessages',
      method: 'POST',
      path: '/presets/{slug}/messages',
      schema: messagesPresetSchema,
    },
    { path: { slug }, params },
    options,
  )
}

/**
 * Creates a preset, or a new designated version of it, from a responses request body,
 * `POST /presets/{slug}/responses`. No inference runs; `instructions` becomes the preset's
 * system prompt.
 *
 * @param slug - the preset's slug, URL-encoded.
 * @param params - a responses body (`model`, `instructions`, `reasoning`, `max_output_tokens`, ...).
 * @throws `OpenRouterError`: `invalid_request` for an empty `slug` (before any I/O) or a body
 * OpenRouter rejects (400); `auth` without a key; as for any call otherwise.
 * @example
 * ```ts
 * import { createPresetFromResponses } from '@orsdk/admin'
 * await createPresetFromResponses('planner', { model: 'openai/o4-mini', instructions: 'Plan, then answer.' })
 * ```
 */
export function createPresetFromResponses(
  slug: string,
  params: WithDefaults<Body<'createPresetsResponses'>, 'service_tier' | 'store' | 'stream'>,
  options?: CallOptions,
): Promise<Answer<'createPresetsResponses'>> {
  return callOperation(
    { name: 'createPresetFromResponses', method: 'POST', path: '/presets/{slug}/responses' },
    { path: { slug }, params },
    options,
  )
}

/**
 * Lists a preset's versions, oldest first, `GET /presets/{slug}/versions`, across pages.
 *
 * @param slug - the preset's slug, URL-encoded.
 * @param params - `limit` (page size, 1 to 100), `offset` to start from.
 * @throws `OpenRouterError` while iterating: `invalid_request` for an empty `slug` or a page size
 * out of range (before any I/O) or an unknown preset (404); `auth` without a key; as for any call.
 * @example
 * ```ts
 * import { listPresetVersions } from '@orsdk/admin'
 * for await (const version of listPresetVersions('support')) console.log(version.version, version.system_prompt)
 * ```
 */
export function listPresetVersions(
  slug: string,
  params: Query<'listPresetVersions'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'listPresetVersions'>> {
  return listOperation(
    { name: 'listPresetVersions', method: 'GET', path: '/presets/{slug}/versions', schema: pageQuerySchema },
    { path: { slug }, params },
    options,
  )
}

/**
 * Reads one version of a preset, `GET /presets/{slug}/versions/{version}`.
 *
 * @param slug - the preset's slug, URL-encoded.
 * @param version - the version number (1 is the first).
 * @throws `OpenRouterError`: `invalid_request` for an empty `slug` or `version` (before any I/O)
 * or an unknown preset or version (404); `auth` without a key; as for any call otherwise.
 * @example
 * ```ts
 * import { getPresetVersion } from '@orsdk/admin'
 * const { data } = await getPresetVersion('support', 1)
 * console.log(data?.config)
 * ```
 */
export function getPresetVersion(
  slug: string,
  version: number | string,
  options?: CallOptions,
): Promise<Answer<'getPresetVersion'>> {
  return callOperation(
    { name: 'getPresetVersion', method: 'GET', path: '/presets/{slug}/versions/{version}' },
    { path: { slug, version } },
    options,
  )
}
