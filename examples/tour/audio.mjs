// Demo tour step: text → speak → a playable WAV on disk → transcribe, through chat-completions audio.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { speak, speakStream, transcribe } from '@orsdk/audio'

export const title = 'audio: speak → a WAV file on disk → transcribe'

const TEXT = 'The quick brown fox jumps over the lazy dog.'
const SPEAK_MODEL = 'openai/gpt-4o-audio-preview'

/** What `file` says of the clip, or undefined where the command is missing. */
async function describeFile(path) {
  try {
    const { stdout } = await promisify(execFile)('file', ['-b', path])
    return stdout.trim()
  } catch {
    return undefined
  }
}

export async function run({ client, log }) {
  const wav = await speak({ model: SPEAK_MODEL, text: TEXT, voice: 'alloy', format: 'wav' }, { client })
  // Kept on disk on purpose, so you can play it.
  const path = join(await mkdtemp(join(tmpdir(), 'orsdk-audio-')), 'speak.wav')
  await writeFile(path, wav)
  const kind = await describeFile(path)
  log(`speak(${JSON.stringify(TEXT)}) → ${wav.length} bytes, written to ${path}`)
  if (kind !== undefined) log(`file says: ${kind}`)

  const model = 'google/gemini-2.5-flash'
  const text = await transcribe({ model, audio: await readFile(path), mime: 'audio/wav' }, { client })
  log(`transcribe(speak.wav) with ${model} → ${JSON.stringify(text)}`)

  // Streaming: playable pieces arrive before the whole clip is ready.
  const stream = await speakStream({ model: SPEAK_MODEL, text: 'Hi!', format: 'wav' }, { client })
  let pieces = 0
  let transcript = ''
  for await (const chunk of stream) {
    if (chunk.audio) pieces++
    transcript += chunk.transcript ?? ''
  }
  log(`speakStream("Hi!") → ${pieces} audio pieces as they arrived; transcript ${JSON.stringify(transcript)}`)
}
