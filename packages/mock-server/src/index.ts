export type { RecordedFile, RecordedMultipart } from './multipart'
export type { RecordedRequest } from './record-request'
export { SCENARIO_HEADER, type Scenario } from './scenario'
export { type MockServer, type MockServerOptions, startMockServer } from './start-mock-server'
