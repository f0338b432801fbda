import { readFile } from 'node:fs/promises'
import { SpecError } from './spec-error'

/** Where the refresh reads the live spec when neither `--url` nor `OPENROUTER_SPEC_URL` says otherwise. */
export const DEFAULT_SPEC_URL = 'https://openrouter.ai/openapi.yaml'

const TIMEOUT_MS = 60_000

/** The upstream spec as text, with where it came from. */
export interface FetchedSpec {
  readonly text: string
  readonly origin: string
}

/** GETs the spec (YAML or JSON) with global `fetch`; no key is needed or sent. */
export async function fetchSpec(url: string): Promise<FetchedSpec> {
  let response: Response
  try {
    response = await fetch(url, {
      headers: { accept: 'application/yaml, application/json;q=0.9, */*;q=0.1' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch (error) {
    throw new SpecError(`GET ${url} failed: ${(error as Error).message}; nothing was written`)
  }
  const text = await response.text()
  if (!response.ok) {
    throw new SpecError(
      `GET ${url} answered ${response.status} ${response.statusText}: ${text.slice(0, 200)}; nothing was written`,
    )
  }
  return { text, origin: url }
}

/** Reads a saved spec (seeding, tests). */
export async function readSpecFile(path: string): Promise<FetchedSpec> {
  try {
    return { text: await readFile(path, 'utf8'), origin: path }
  } catch (error) {
    throw new SpecError(`Cannot read ${path}: ${(error as Error).message}`)
  }
}
