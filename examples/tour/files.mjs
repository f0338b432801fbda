// Demo tour step: upload a file once (streamed from disk), cite it by id in chat, list and delete.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chat } from '@orsdk/chat'
import { deleteFile, listFiles, uploadFile } from '@orsdk/files'

export const title = 'files: upload once, cite by file_id, list, delete'

export async function run({ client, log }) {
  const path = join(await mkdtemp(join(tmpdir(), 'orsdk-files-')), 'notes.md')
  await writeFile(path, '# Release notes\n\n- Images, video, rerank and files packages.\n')
  const file = await uploadFile(path, { client })
  log(`uploadFile(notes.md) → ${file.id}: ${file.mime_type}, ${file.size_bytes} bytes`)

  const completion = await chat(
    {
      model: 'openai/gpt-4o-mini',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'file', file: { file_id: file.id } },
            { type: 'text', text: 'What do these notes announce?' },
          ],
        },
      ],
    },
    { client },
  )
  log(`chat citing file_id → ${JSON.stringify(completion.choices[0]?.message.content)}`)

  let count = 0
  for await (const _ of listFiles({ client, limit: 50 })) count++
  log(`listFiles → ${count} file(s)`)
  await deleteFile(file.id, { client })
  log(`deleteFile(${file.id}) → gone`)
}
