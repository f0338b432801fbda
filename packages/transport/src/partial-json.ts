// Reads JSON that a stream cut short or is still writing (a tool input cut by `max_tokens`, a
// structured answer as it streams): the value of its longest prefix that is complete. A string value cut mid-way is kept as far as it went; a
// number, literal or key cut mid-way is left out (`12` may have been `125`), so nothing is invented.

// A character that can continue a number or a literal (`true`, `-1.5e+3`).
const TOKEN_CHAR = /[\w.+-]/

/**
 * The value of the complete part of `text`, closing what is still open: `{"city":"Par` gives
 * `{ city: 'Par' }`, `[1, 2, 3` gives `[1, 2]`. `undefined` when not even that parses.
 *
 * @example
 * parsePartialJson('{"city":"Par') // { city: 'Par' }
 */
export function parsePartialJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    // cut short: read the complete prefix below
  }
  const closers: string[] = []
  let inString = false
  let escaped = false
  let stringIsKey = false
  let expectKey = false
  let tokenStart = -1
  // Where the complete prefix ends. `safeEnd` moves at every change of `closers`, so the stack
  // when the loop ends is the one at `safeEnd`: the closers are worked out once, after the loop.
  let safeEnd = -1
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (inString) {
      if (escaped) escaped = false
      else if (char === '\\') escaped = true
      else if (char === '"') {
        inString = false
        if (!stringIsKey) safeEnd = index + 1
      }
      continue
    }
    if (tokenStart !== -1 && !TOKEN_CHAR.test(char ?? '')) {
      // A number or literal ends at the first character that cannot continue it.
      tokenStart = -1
      safeEnd = index
    }
    switch (char) {
      case '"':
        inString = true
        stringIsKey = expectKey && closers.at(-1) === '}'
        break
      case '{':
      case '[':
        closers.push(char === '{' ? '}' : ']')
        expectKey = char === '{'
        safeEnd = index + 1
        break
      case '}':
      case ']':
        closers.pop()
        expectKey = false
        safeEnd = index + 1
        break
      case ',':
        expectKey = closers.at(-1) === '}'
        break
      case ':':
        expectKey = false
        break
      default:
        if (tokenStart === -1 && TOKEN_CHAR.test(char ?? '')) tokenStart = index
    }
  }
  const closing = [...closers].reverse().join('')
  if (inString && !stringIsKey) {
    // The value string as far as it went, without a dangling escape.
    const cut = text.replace(/\\(u[0-9a-fA-F]{0,3})?$/, '')
    try {
      return JSON.parse(`${cut}"${closing}`)
    } catch {
      // fall back to the last complete value
    }
  }
  if (safeEnd === -1) return undefined
  try {
    return JSON.parse(text.slice(0, safeEnd) + closing)
  } catch {
    return undefined
  }
}
