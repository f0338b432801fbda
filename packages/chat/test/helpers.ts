import { clientEngines } from '@orsdk/test-support'
import { createClient } from '@orsdk/transport'
import type { ChatParams } from '../src/index.js'

export {
  collect,
  eventually,
  rejection,
  scenario,
  TEST_KEY,
  useClient,
  useMockServer,
  withClient,
} from '@orsdk/test-support'

export const engines = clientEngines(createClient)

export const params = (extra: Partial<ChatParams> = {}): ChatParams => ({
  model: 'openai/gpt-4o-mini',
  messages: [{ role: 'user', content: 'Hello' }],
  ...extra,
})
