import { randomBytes } from 'node:crypto'

/** What the emulator remembers of a generation it served, for GET /generation. */
export interface GenerationRecord {
  id: string
  model: string
  apiType: 'completions' | 'embeddings'
  streamed: boolean
  tokensPrompt: number
  tokensCompletion: number
  totalCost: number
  finishReason: string | null
  createdAt: Date
  /** True when the client left (or the stream was cut) before the answer ended. */
  cancelled?: boolean
  /**
   * When `GET /generation` starts finding it (ms since the epoch): OpenRouter writes the record
   * after the generation ends. Infinity while a stream runs; absent means at once.
   */
  availableAt?: number
}

/** The generations this server issued, capped so long benchmarks do not grow memory without bound. */
export interface GenerationStore {
  add(record: GenerationRecord): void
  get(id: string): GenerationRecord | undefined
}

const LIMIT = 10_000
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** Creates an empty {@link GenerationStore}. */
export function createGenerationStore(): GenerationStore {
  const records = new Map<string, GenerationRecord>()
  return {
    add(record) {
      if (records.size >= LIMIT) {
        const oldest = records.keys().next().value
        if (oldest !== undefined) records.delete(oldest)
      }
      records.set(record.id, record)
    },
    get: (id) => records.get(id),
  }
}

/** `count` random letters and digits, for ids shaped like OpenRouter's. */
export function randomAlphanumerics(count: number): string {
  let text = ''
  for (const byte of randomBytes(count)) text += ALPHABET[byte % ALPHABET.length]
  return text
}

/** A fresh id shaped like OpenRouter's: `gen-<unix seconds>-<20 alphanumerics>`. */
export function createGenerationId(): string {
  return `gen-${Math.floor(Date.now() / 1000)}-${randomAlphanumerics(20)}`
}
