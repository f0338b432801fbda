import type { Client } from '@orsdk/transport'
import type { Context } from 'hono'
import type { SessionStore } from './sessions'

/** What every route shares. */
export interface AppContext {
  /** The server's one client: OpenRouter, or the emulator. Each call passes the user's key. */
  client: Client
  sessions: SessionStore
  /** `OPENROUTER_API_KEY`, used when nobody signed in; unset, signing in is required. */
  serverKey: string | undefined
  /** Shown on the page, so nobody mistakes the emulator for OpenRouter. */
  mode: 'emulator' | 'openrouter'
}

/** The key to call OpenRouter with for this request: the signed-in user's, else the server's. */
export function keyFor(c: Context, { sessions, serverKey }: AppContext): string | undefined {
  return sessions.read(c)?.key ?? serverKey
}
