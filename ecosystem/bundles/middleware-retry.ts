// Bundle-size entry: a client with the retry recipe (transport plus the recipe, no capability).
import { retry } from '@orsdk/middleware-kit'
import { createClient } from '@orsdk/transport'

export function run(baseURL: string, apiKey: string) {
  return createClient({ baseURL, apiKey, middleware: [retry({ maxAttempts: 3 })] })
}
