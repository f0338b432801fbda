import {
  clientEngines,
  collect,
  expectInvalid,
  rejection,
  scenario,
  useClient,
  useMockServer,
  withClient,
  withServer,
} from '@orsdk/test-support'
import { createClient, isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { deleteFile, downloadFile, type FileObject, getFile, listFiles, uploadFile } from '../src/index.js'

const mock = useMockServer()
const text = (value: string) => new TextEncoder().encode(value)

describe.each(clientEngines(createClient))(
  'files by id and listing on the $name',
  ({ client: makeClient }) => {
    const client = useClient(() => makeClient(mock.server.baseURL))

    it('gets a file, deletes it, and then gets a 404 for it', async () => {
      const file = await uploadFile({ data: text('hello'), filename: 'hello.txt' }, { client: client() })
      expect(await getFile(file.id, { client: client() })).toEqual(file)
      expect(await deleteFile(file.id, { client: client() })).toBeUndefined()
      expect(mock.server.requests.at(-1)?.method).toBe('DELETE')
      const gone = await rejection(getFile(file.id, { client: client() }))
      expect(isOpenRouterError(gone) && [gone.kind, gone.status]).toEqual(['invalid_request', 404])
      const again = await rejection(deleteFile(file.id, { client: client() }))
      expect(isOpenRouterError(again) && again.status).toBe(404)
    })

    it('downloads the bytes of a file OpenRouter created, JSON files as their bytes, and refuses uploads', async () => {
      const rows = '{"error":"this row is data"}\n{"a":1}\n'
      const created = mock.server.files.add({
        filename: 'rows.jsonl',
        mimeType: 'application/x-ndjson',
        bytes: text(rows),
      })
      expect(new TextDecoder().decode(await downloadFile(created.id, { client: client() }))).toBe(rows)
      const bytes = new Uint8Array(300_000).map((_, index) => index % 256)
      const binary = mock.server.files.add({ filename: 'image.png', mimeType: 'image/png', bytes })
      expect(await downloadFile(binary.id, { client: client() })).toEqual(bytes)
      const uploaded = await uploadFile({ data: text('hi'), filename: 'hi.txt' }, { client: client() })
      const refused = await rejection(downloadFile(uploaded.id, { client: client() }))
      expect(isOpenRouterError(refused) && [refused.kind, refused.status]).toEqual(['invalid_request', 400])
    })

    it('rejects an empty id before any I/O', async () => {
      const options = { client: client() }
      await expectInvalid(mock.server, getFile('', options), 'id')
      await expectInvalid(mock.server, deleteFile(undefined as never, options), 'id')
      await expectInvalid(mock.server, downloadFile('', options), 'id')
      expect(() => listFiles({ ...options, limit: 0 })).toThrow(
        'listFiles: options.limit: must be an integer from 1 to 1000',
      )
    })

    it('lists every file across pages, oldest first, asking for a page only as it is needed', async () => {
      await withServer(async (server) => {
        await withClient(makeClient(server.baseURL), async (own) => {
          const ids = Array.from(
            { length: 5 },
            (_, index) => server.files.add({ filename: `${index}.txt`, bytes: text('x') }).id,
          )
          const seen: FileObject[] = []
          for await (const file of listFiles({ client: own, limit: 2 })) seen.push(file)
          expect(seen.map((file) => file.id)).toEqual(ids)
          expect(server.requests.map((request) => request.query.limit)).toEqual(['2', '2', '2'])
          server.reset()
          for await (const file of listFiles({ client: own, limit: 2 })) if (file.id === ids[1]) break
          expect(server.requests).toHaveLength(1)
        })
      })
    })

    it('ends the iteration with the abort reason when aborted between pages', async () => {
      await withServer(async (server) => {
        await withClient(makeClient(server.baseURL), async (own) => {
          for (let index = 0; index < 4; index++)
            server.files.add({ filename: `${index}.txt`, bytes: text('x') })
          const controller = new AbortController()
          const seen: string[] = []
          const error = await rejection(
            (async () => {
              for await (const file of listFiles({ client: own, limit: 2, signal: controller.signal })) {
                seen.push(file.id)
                if (seen.length === 2) controller.abort()
              }
            })(),
          )
          expect((error as Error).name).toBe('AbortError')
          expect(seen).toHaveLength(2)
          expect(server.requests).toHaveLength(1)
        })
      })
    })

    it('pages by last_id where an answer has no cursor (the OpenAI and Anthropic shapes)', async () => {
      const file = (id: string) => ({ id, type: 'file', filename: `${id}.txt` })
      await withServer(
        async (server) => {
          await withClient(makeClient(server.baseURL), async (own) => {
            const ids = (await collect(listFiles({ client: own }))).map((item) => item.id)
            expect(ids).toEqual(['a', 'b'])
            expect(server.requests.map((request) => request.query.after)).toEqual([undefined, 'a'])
          })
        },
        {
          script: (request) =>
            request.query.after === undefined
              ? { body: { data: [file('a')], has_more: true, last_id: 'a' } }
              : { body: { data: [file('b')], has_more: false, last_id: 'b' } },
        },
      )
    })

    it('rejects a page without a data array with decode', async () => {
      const error = await rejection(
        collect(listFiles(scenario({ body: { files: [] } }, { client: client() }))),
      )
      expect(isOpenRouterError(error) && error.kind).toBe('decode')
    })
  },
)
