import { describe, expect, it } from 'vitest'
import { requestBody } from '../src/protocol.js'
import { closeAfterEach, engines, TEST_KEY, useMockServer } from './helpers.js'

const mock = useMockServer()

// A stored file is data whatever its type: a download with `rejectErrorBody: false` must hand
// back a JSON or NDJSON file byte for byte, not parse it or read its `error` field as a failure.
describe.each(engines)('a download with rejectErrorBody: false on the $name', ({ createClient }) => {
  const track = closeAfterEach()

  it.each([
    ['rows.jsonl', 'application/x-ndjson', '{"error":"row 1 is data"}\n{"a":1}\n'],
    ['report.json', 'application/json', '{"error":{"code":500,"message":"this is data"}}'],
  ])('streams %s (%s) as it is', async (filename, mimeType, text) => {
    const client = track(createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY }))
    const file = mock.server.files.add({ filename, mimeType, bytes: new TextEncoder().encode(text) })
    const response = await requestBody(
      {
        operation: 'files.download',
        method: 'GET',
        path: `/files/${file.id}/content`,
        rejectErrorBody: false,
      },
      { client },
    )
    expect(response.headers.get('content-type')).toBe(mimeType)
    expect(await new Response(response.body).text()).toBe(text)
  })
})
