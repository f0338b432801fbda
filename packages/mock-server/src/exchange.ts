import type { IncomingMessage, ServerResponse } from 'node:http'
import type { CatalogStore } from './catalog-store'
import type { FileStore } from './file-store'
import type { GenerationStore } from './generation-store'
import type { RecordedRequest } from './record-request'
import type { AuthCodeStore } from './routes/auth-code-store'
import type { Scenario } from './scenario'
import type { SpecState } from './spec-state'
import type { VideoStore } from './video-store'

/** State shared by every request of one server. */
export interface ServerState {
  catalog: CatalogStore
  generations: GenerationStore
  authCodes: AuthCodeStore
  authCodeTtlMs: number
  files: FileStore
  videos: VideoStore
  /** What the spec's generic operations remember: collections, workspace budgets, presets. */
  spec: SpecState
}

/** One request being answered: raw Node objects, its record, its scenario and a signal for client disconnect. */
export interface Exchange {
  request: IncomingMessage
  response: ServerResponse
  recorded: RecordedRequest
  /** The parsed, unredacted body; undefined for a route that reads the request as it streams (uploads). */
  body: unknown
  scenario: Scenario
  state: ServerState
  /** Aborts when the response closes (finished, client gone or server closed). */
  signal: AbortSignal
}
