import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'

/**
 * What the server remembers about one browser. The OpenRouter key lives here and only here:
 * the browser holds an opaque, http-only session id, never the key.
 */
export interface Session {
  /** The PKCE verifier, between /login and /callback. */
  verifier?: string
  /** The user's OpenRouter key, from the code exchange. */
  key?: string
  userId?: string | null
  expiresAt: number
}

/** The session cookie's name: an opaque random id, nothing else. */
export const SESSION_COOKIE = 'orsdk_session'
const SESSION_TTL_MS = 8 * 60 * 60 * 1000

/** A 256-bit random id, base64url. */
function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return Buffer.from(bytes).toString('base64url')
}

/**
 * Sessions in memory, for one process: fine for an example and a laptop. Behind several
 * instances, put them in a shared store (Redis, a database) and encrypt the key at rest.
 */
export class SessionStore {
  readonly #sessions = new Map<string, Session>()

  /** The caller's live session, if its cookie names one. */
  read(context: Context): Session | undefined {
    const id = getCookie(context, SESSION_COOKIE)
    if (id === undefined) return undefined
    const session = this.#sessions.get(id)
    if (session === undefined || session.expiresAt <= Date.now()) {
      this.#sessions.delete(id)
      return undefined
    }
    return session
  }

  /** Starts a fresh session (a new id at every sign-in, so an old id is never promoted). */
  start(context: Context): Session {
    this.#forget(context)
    this.#sweep()
    const id = randomId()
    const session: Session = { expiresAt: Date.now() + SESSION_TTL_MS }
    this.#sessions.set(id, session)
    setCookie(context, SESSION_COOKIE, id, {
      httpOnly: true,
      // Lax: sent on the top-level redirect back from openrouter.ai, never on cross-site POSTs.
      sameSite: 'Lax',
      secure: new URL(context.req.url).protocol === 'https:',
      path: '/',
      maxAge: SESSION_TTL_MS / 1000,
    })
    return session
  }

  /** Forgets the caller's session and clears its cookie. */
  end(context: Context): void {
    this.#forget(context)
    deleteCookie(context, SESSION_COOKIE, { path: '/' })
  }

  // Sign-ins nobody finished would otherwise pile up.
  #sweep(): void {
    const now = Date.now()
    for (const [id, session] of this.#sessions) if (session.expiresAt <= now) this.#sessions.delete(id)
  }

  #forget(context: Context): void {
    const id = getCookie(context, SESSION_COOKIE)
    if (id !== undefined) this.#sessions.delete(id)
  }
}
