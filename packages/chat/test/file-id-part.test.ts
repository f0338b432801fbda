import { clientEngines, useClient, useMockServer } from '@orsdk/test-support'
import { createClient } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { type ChatParams, chat } from '../src/index.js'

// A file uploaded once (`uploadFile` in @orsdk/files) is cited by id in a `file` part.
const mock = useMockServer()

describe.each(clientEngines(createClient))(
  'a file part citing a file_id on the $name',
  ({ client: makeClient }) => {
    const client = useClient(() => makeClient(mock.server.baseURL))

    it('passes the params check and reaches OpenRouter as it is', async () => {
      const params: ChatParams = {
        model: 'openai/gpt-4o-mini',
        messages: [
          {
            role: 'user',
            content: [
              { type: 'file', file: { file_id: 'or_file_abc', filename: 'report.pdf' } },
              { type: 'text', text: 'Summarize it' },
            ],
          },
        ],
      }
      await chat(params, { client: client() })
      const sent = mock.server.requests.at(-1)?.body as ChatParams
      expect(sent.messages[0]?.content).toEqual(params.messages[0]?.content)
    })
  },
)
