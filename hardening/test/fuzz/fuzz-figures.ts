import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-artifacts')

/** Writes one fuzz file's run counts to test-artifacts/fuzz-<name>.md (gitignored). */
export function recordFuzzRuns(
  name: string,
  seed: number,
  counts: Record<string, Record<string, number>>,
): void {
  mkdirSync(root, { recursive: true })
  const lines = Object.entries(counts).map(([property, row]) => {
    const runs = Object.values(row).reduce((sum, count) => sum + count, 0)
    return `| ${property} | ${runs} | ${Object.entries(row)
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', ')} |`
  })
  const total = Object.values(counts).reduce(
    (sum, row) => sum + Object.values(row).reduce((inner, count) => inner + count, 0),
    0,
  )
  writeFileSync(
    join(root, `fuzz-${name.replace(/\s+/g, '-')}.md`),
    `# Fuzz: ${name} (seed ${seed}, ${total} runs)\n\n| property | runs | outcomes |\n| --- | --- | --- |\n${lines.join('\n')}\n`,
  )
}
