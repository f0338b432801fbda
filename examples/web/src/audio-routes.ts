import { speak, transcribe } from '@orsdk/audio'
import { audioInputModels, ttsModels } from '@orsdk/catalog'
import type { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { type AppContext, keyFor } from './app-context'
import { errorResponse, refuse } from './error-response'

const MAX_SPOKEN_CHARACTERS = 4_000
const MAX_RECORDING_BYTES = 10 * 1024 * 1024

/** `preferred` when the catalog lists it among `models`, else the first of them. */
function pickModel(models: readonly { id: string }[], preferred: string): string {
  return models.some((model) => model.id === preferred) ? preferred : (models[0]?.id ?? preferred)
}

/** The two audio models, from the catalog: one that speaks (`speak`), one that hears (`transcribe`). */
export function audioModels(): { voice: string; listening: string } {
  return {
    voice: pickModel(ttsModels(), 'openai/gpt-audio-mini'),
    listening: pickModel(audioInputModels(), 'google/gemini-2.5-flash'),
  }
}

/**
 * POST /api/speak (JSON `{ text }`) answers a WAV of `text`. POST /api/transcribe takes the
 * recording as the raw body (its Content-Type says the format) and answers `{ text }`.
 */
export function addAudioRoutes(app: Hono, context: AppContext): void {
  const models = audioModels()

  app.post('/api/speak', async (c) => {
    const apiKey = keyFor(c, context)
    if (apiKey === undefined) return refuse(401, 'auth', 'Sign in with OpenRouter first')
    const { text } = await c.req.json<{ text?: string }>().catch(() => ({ text: undefined }))
    if (typeof text !== 'string' || text.trim() === '') {
      return refuse(400, 'invalid_request', 'Nothing to say')
    }
    if (text.length > MAX_SPOKEN_CHARACTERS) {
      return refuse(400, 'invalid_request', `Too long to speak: at most ${MAX_SPOKEN_CHARACTERS} characters`)
    }
    try {
      const wav = await speak(
        { model: models.voice, text, voice: 'alloy', format: 'wav' },
        { client: context.client, apiKey, signal: c.req.raw.signal },
      )
      // slice(): a copy typed on an ArrayBuffer, as Response wants (TS 5.9's DOM typings).
      return new Response(wav.slice(), {
        headers: { 'content-type': 'audio/wav', 'cache-control': 'no-store' },
      })
    } catch (error) {
      return errorResponse(error)
    }
  })

  app.post(
    '/api/transcribe',
    bodyLimit({
      maxSize: MAX_RECORDING_BYTES,
      onError: () => refuse(413, 'invalid_request', 'The recording is over 10 MB'),
    }),
    async (c) => {
      const apiKey = keyFor(c, context)
      if (apiKey === undefined) return refuse(401, 'auth', 'Sign in with OpenRouter first')
      const audio = new Uint8Array(await c.req.arrayBuffer())
      if (audio.byteLength === 0) return refuse(400, 'invalid_request', 'The recording is empty')
      try {
        const text = await transcribe(
          { model: models.listening, audio, mime: c.req.header('content-type') ?? '' },
          { client: context.client, apiKey, signal: c.req.raw.signal },
        )
        return c.json({ text })
      } catch (error) {
        return errorResponse(error)
      }
    },
  )
}
