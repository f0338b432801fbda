import { createHash } from 'node:crypto'
import { SpecError } from './spec-error'

/** The markers of the block in spec/README.md that says where the vendored spec came from. */
export const SOURCE_START = '<!-- spec-source:start -->'
export const SOURCE_END = '<!-- spec-source:end -->'

/** The source block's text after a refresh: where, when, and the hash of the bytes written. */
export function renderSourceNote(origin: string, fetchedAt: string, text: string): string {
  const hash = createHash('sha256').update(text).digest('hex')
  return `Fetched from ${origin} on ${fetchedAt} by \`pnpm spec:refresh\`; sha256 of spec/openapi.yaml: \`${hash}\`.`
}

/** `readme` with its source block replaced by `note`. */
export function spliceSourceNote(readme: string, note: string, origin: string): string {
  const start = readme.indexOf(SOURCE_START)
  const end = readme.indexOf(SOURCE_END)
  if (start < 0 || end < start) throw new SpecError(`${origin} has no ${SOURCE_START} … ${SOURCE_END} block`)
  return `${readme.slice(0, start + SOURCE_START.length)}\n${note}\n${readme.slice(end)}`
}
