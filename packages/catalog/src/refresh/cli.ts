#!/usr/bin/env node
// `orsdk-catalog-refresh`: refreshes the embedded catalog snapshot. See `--help` and the README.
import { runRefresh } from './run-refresh'

const exitCode = await runRefresh(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
})
process.exitCode = exitCode
