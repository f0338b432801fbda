import { clientEngines } from '@orsdk/test-support'
import { createClient } from '@orsdk/transport'

export { collect, rejection, scenario, settle, TEST_KEY, useClient, useMockServer } from '@orsdk/test-support'

/** Both engines, each client with an ordinary (inference) key: the node engine, and `fetch` forced. */
export const engines = clientEngines(createClient)
