import { clientEngines, expectInvalid, useClient, useMockServer } from '@orsdk/test-support'
import { createClient } from '@orsdk/transport'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { type MessagesParams, MessagesParamsSchema, messages } from '../src/index.js'

// A document uploaded once (`uploadFile` in @orsdk/files) and cited by its id in each call.
const mock = useMockServer()
const withDocument = (source: unknown): MessagesParams => ({
  model: 'anthropic/claude-haiku-4.5',
  max_tokens: 64,
  messages: [
    {
      role: 'user',
      content: [
        { type: 'document', source: source as { type: 'file'; file_id: string } },
        { type: 'text', text: 'Summarize the report.' },
      ],
    },
  ],
})

describe('a document source of type file', () => {
  it('is accepted with a file_id, and other source types pass as before', () => {
    expect(
      v.safeParse(MessagesParamsSchema, withDocument({ type: 'file', file_id: 'or_file_abc' })).success,
    ).toBe(true)
    expect(
      v.safeParse(MessagesParamsSchema, withDocument({ type: 'url', url: 'https://x.example/a.pdf' }))
        .success,
    ).toBe(true)
  })

  describe.each(clientEngines(createClient))('sent on the $name', ({ client: makeClient }) => {
    const client = useClient(() => makeClient(mock.server.baseURL))

    it('reaches OpenRouter as it is', async () => {
      await messages(withDocument({ type: 'file', file_id: 'or_file_abc' }), { client: client() })
      const body = mock.server.requests.at(-1)?.body as MessagesParams
      expect(body.messages[0]?.content).toEqual(
        withDocument({ type: 'file', file_id: 'or_file_abc' }).messages[0]?.content,
      )
    })

    it('is refused before any I/O without a file_id, naming the field', async () => {
      await expectInvalid(
        mock.server,
        messages(withDocument({ type: 'file' }), { client: client() }),
        'messages[0].content[0].source.file_id',
      )
    })
  })
})
