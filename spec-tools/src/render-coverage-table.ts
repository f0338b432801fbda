import type { CoverageRow } from './check-coverage'
import { SpecError } from './spec-error'

/** The markers of the generated block in the root README. */
export const COVERAGE_START = '<!-- coverage:start -->'
export const COVERAGE_END = '<!-- coverage:end -->'

/**
 * The coverage block: a one-line tally, then one row per spec operation (operation, package,
 * functions) in the spec's order. Pending and skipped rows say why.
 */
export function renderCoverageTable(rows: readonly CoverageRow[]): string {
  const count = (status: CoverageRow['status']) => rows.filter((row) => row.status === status).length
  const tally =
    `${rows.length} operations in spec/openapi.yaml: ${count('covered')} with a function, ` +
    `${count('pending')} pending (their package or function is not written yet), ${count('skipped')} skipped` +
    (count('missing') > 0 ? `, ${count('missing')} MISSING` : '')
  const lines = rows.map((row) => {
    const operation = `\`${row.key}\``
    if (row.status === 'skipped') return `| ${operation} | — | skipped: ${cell(row.note ?? '')} |`
    if (row.status === 'missing' && row.package === undefined) return `| ${operation} | — | MISSING |`
    const functions = row.functions.map((name) => `\`${name}\``).join(', ')
    const suffix = row.status === 'pending' ? ' (pending)' : row.status === 'missing' ? ' (MISSING)' : ''
    return `| ${operation} | \`${row.package}\` | ${functions}${suffix} |`
  })
  return [tally, '', '| operation | package | function |', '| --- | --- | --- |', ...lines].join('\n')
}

/** `readme` with the text between the coverage markers replaced by `table`. */
export function spliceCoverageTable(readme: string, table: string, origin: string): string {
  const start = readme.indexOf(COVERAGE_START)
  const end = readme.indexOf(COVERAGE_END)
  if (start < 0 || end < start) {
    throw new SpecError(`${origin} has no ${COVERAGE_START} … ${COVERAGE_END} block for the coverage table`)
  }
  return `${readme.slice(0, start + COVERAGE_START.length)}\n${table}\n${readme.slice(end)}`
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
}
