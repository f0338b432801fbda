// A tool only the browser can answer: the person's local date, time and time zone. The page
// sends its definition with the request and runs it when the model calls it.
import type { FunctionTool } from '@orsdk/chat'

export const localTimeTool: FunctionTool = {
  type: 'function',
  function: {
    name: 'get_local_time',
    description: "The user's current local date, time and time zone, from their browser.",
    parameters: { type: 'object', properties: {}, additionalProperties: false },
  },
}

/** Runs a tool call the model made; unknown tools get an error the model can read. */
export function runTool(name: string): string {
  if (name !== localTimeTool.function.name) return JSON.stringify({ error: `unknown tool ${name}` })
  const now = new Date()
  return JSON.stringify({
    local: now.toLocaleString(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    iso: now.toISOString(),
  })
}
