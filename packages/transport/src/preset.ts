import { invalidRequest } from './errors/factories.js'

// OpenRouter runs a preset saved in its settings when a request's `model` names it:
// `@preset/<slug>`, or `<model>@preset/<slug>` to keep the preset but pick the model. The
// check and the rewrite live here once, for every call that runs a model (chat, messages,
// responses). `POST /presets/{slug}/...` is not this: it saves a preset, it runs nothing.

/** The call option of the calls that run a model: a saved preset. */
export interface PresetOption {
  /**
   * The slug of a preset saved on OpenRouter, e.g. `'email-copywriter'`: the request's `model`
   * becomes `@preset/<slug>`, or `<model>@preset/<slug>` when the params name a model (which then
   * wins over the preset's). Other fields of the params override the preset's too.
   */
  preset?: string
}

// What OpenRouter's settings page makes: letters, digits, '-', '_' and '.', not starting with a symbol.
const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/

/**
 * The params with `options.preset` applied to `model`, checked before any I/O: a slug that is not
 * a plain slug throws `invalid_request` naming `options.preset`. Without a preset, the params
 * come back as they are.
 *
 * @example
 * const body = applyPreset(params, options, 'chat') // { ...params, model: '@preset/email-copywriter' }
 */
export function applyPreset<Params>(
  params: Params,
  options: PresetOption | undefined,
  operation: string,
): Params {
  const preset: unknown = options?.preset
  if (preset === undefined) return params
  if (typeof preset !== 'string' || !SLUG.test(preset)) {
    const hint =
      typeof preset === 'string' && preset.startsWith('@preset/')
        ? "give the slug alone, without '@preset/'"
        : "must be a preset slug such as 'my-preset'"
    throw invalidRequest(`${operation}: options.preset: ${hint}`)
  }
  // Not an object: left to the params check, which words it.
  if (typeof params !== 'object' || params === null) return params
  const model = (params as { model?: unknown }).model
  return { ...params, model: `${typeof model === 'string' ? model : ''}@preset/${preset}` }
}
