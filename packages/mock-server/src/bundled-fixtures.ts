import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

let models: unknown
let providers: unknown

function fixturePath(name: string): string {
  // src/ and dist/ both sit one level below the package root, next to fixtures/.
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url))
  return resolve(here, '..', 'fixtures', name)
}

/** The bundled /models snapshot (models-all.json), read and parsed once, on first use. */
export function bundledModels(): unknown {
  models ??= JSON.parse(readFileSync(fixturePath('models-all.json'), 'utf8'))
  return models
}

/** The bundled /providers snapshot, read and parsed once, on first use. */
export function bundledProviders(): unknown {
  providers ??= JSON.parse(readFileSync(fixturePath('providers.json'), 'utf8'))
  return providers
}
