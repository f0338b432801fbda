import type { ResponsesOutputItem } from './response-types.js'

/** The text of every `output_text` part of the output's messages, joined (what `output_text` holds). */
export function outputText(output: readonly ResponsesOutputItem[]): string {
  let text = ''
  for (const item of output) {
    if (item?.type !== 'message' || !Array.isArray(item.content)) continue
    for (const part of item.content) {
      if (part?.type === 'output_text' && typeof part.text === 'string') text += part.text
    }
  }
  return text
}
