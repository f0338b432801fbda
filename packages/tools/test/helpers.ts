import { clientEngines } from '@orsdk/test-support'
import { createClient } from '@orsdk/transport'

export {
  collect,
  rejection,
  scenario,
  TEST_KEY,
  useClient,
  useMockServer,
  withClient,
  withServer,
} from '@orsdk/test-support'

export const engines = clientEngines(createClient)

/** The body of the last request the emulator received. */
export const lastBody = (server: { requests: { body: unknown }[] }) =>
  server.requests.at(-1)?.body as Record<string, unknown>
