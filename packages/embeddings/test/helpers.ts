import { clientEngines } from '@orsdk/test-support'
import { createClient } from '@orsdk/transport'

export { rejection, scenario, TEST_KEY, useClient, useMockServer } from '@orsdk/test-support'

export const engines = clientEngines(createClient)
