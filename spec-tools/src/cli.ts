#!/usr/bin/env node
// `orsdk-spec`: the OpenAPI spec tools (generate, refresh, coverage). See `--help` and spec/README.md.
import { runSpec } from './run-spec'

const exitCode = await runSpec(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
})
process.exitCode = exitCode
