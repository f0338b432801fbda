export { collect, eventually, rejection } from './await.js'
export { closeAfterEach, useClient, withClient } from './clients.js'
export { scenario, TEST_KEY, useMockServer, withServer } from './emulator.js'
export { clientEngines, type EngineOptions } from './engines.js'
