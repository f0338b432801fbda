// Runs the emulator in a child process, so it has the other core and the client under test
// has this one to itself.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { createInterface } from 'node:readline'

const require = createRequire(import.meta.url)

export async function startEmulator() {
  const cli = require.resolve('@orsdk/mock-server/package.json').replace(/package\.json$/, 'dist/cli.js')
  const child = spawn(process.execPath, [cli, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve)
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)))
  })
  const { baseURL } = JSON.parse(line)
  return { baseURL, close: () => child.kill() }
}
