import { audioInputModels, chatModels, pricing, ttsModels } from '@orsdk/catalog'
import type { Hono } from 'hono'
import { audioModels } from './audio-routes'

/** One row of the model picker. */
export interface ModelChoice {
  id: string
  name: string
  /** USD per million tokens; null when the price is dynamic (routers) or unknown. */
  promptPerMillion: number | null
  completionPerMillion: number | null
  /** Answers with audio too: `speak` uses this model itself. */
  speaks: boolean
  /** Takes audio in: `transcribe` uses this model itself. */
  hears: boolean
  reasoning: boolean
  tools: boolean
}

function perMillion(price: number | undefined): number | null {
  // Rounded to a millionth of a dollar: 0.8 rather than 0.7999999999999999.
  return price === undefined || price < 0 ? null : Math.round(price * 1e12) / 1e6
}

/** The chat models of the embedded catalog snapshot (no network), audio ones marked. */
export function modelChoices(): ModelChoice[] {
  const speaks = new Set(ttsModels().map((model) => model.id))
  const hears = new Set(audioInputModels().map((model) => model.id))
  return chatModels().map((model) => {
    const price = pricing(model.id)
    return {
      id: model.id,
      name: model.name,
      promptPerMillion: perMillion(price?.prompt),
      completionPerMillion: perMillion(price?.completion),
      speaks: speaks.has(model.id),
      hears: hears.has(model.id),
      reasoning: model.supported_parameters.includes('reasoning'),
      tools: model.supported_parameters.includes('tools'),
    }
  })
}

/** GET /api/models: the picker's rows and the two audio models, computed once. */
export function addModelsRoute(app: Hono): void {
  const answer = { models: modelChoices(), ...audioModels() }
  app.get('/api/models', (c) => c.json(answer))
}
