import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-artifacts')

/** Writes a figures file under hardening/test-artifacts/ (gitignored) and returns its path. */
export async function writeArtifact(name: string, text: string): Promise<string> {
  await mkdir(root, { recursive: true })
  const path = join(root, name)
  await writeFile(path, text)
  return path
}

/** A markdown table from rows of cells. */
export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
