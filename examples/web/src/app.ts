import type { Client } from '@orsdk/transport'
import { Hono } from 'hono'
import { csrf } from 'hono/csrf'
import { secureHeaders } from 'hono/secure-headers'
import { addAudioRoutes } from './audio-routes'
import { addAuthRoutes } from './auth-routes'
import { addChatRoute } from './chat-route'
import { addModelsRoute } from './models-route'
import type { Page } from './page-bundle'
import { SessionStore } from './sessions'

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The server's client: `createClient()` for OpenRouter, or with the emulator's `baseURL`. */
  client: Client
  /** The page: its HTML and its bundled script (`bundlePage()`). */
  page: Page
  /** A key for visitors who have not signed in (`OPENROUTER_API_KEY`); unset, they must sign in. */
  serverKey?: string
  /** Whether `client` talks to the emulator or to OpenRouter; shown on the page. */
  mode: 'emulator' | 'openrouter'
}

/**
 * The chat app: the page, Sign in with OpenRouter, the model picker, streamed chat, speech both
 * ways. Run it with `serve({ fetch: createApp(options).fetch })` from `@hono/node-server`.
 */
export function createApp(options: AppOptions): Hono {
  const context = {
    client: options.client,
    sessions: new SessionStore(),
    serverKey: options.serverKey,
    mode: options.mode,
  }
  const app = new Hono()
  // The page loads only its own script; media-src blob: plays the spoken answers.
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    }),
  )
  app.use(csrf())
  app.get('/', (c) => c.html(options.page.html))
  app.get('/app.js', (c) =>
    c.body(options.page.script, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  )
  addAuthRoutes(app, context)
  addModelsRoute(app)
  addChatRoute(app, context)
  addAudioRoutes(app, context)
  return app
}
