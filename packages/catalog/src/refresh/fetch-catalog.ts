import { readFile } from 'node:fs/promises'
import { RefreshError } from './refresh-error'

/** Where the refresh reads from when `OPENROUTER_BASE_URL` is not set. */
export const DEFAULT_BASE_URL = 'https://openrouter.ai/api/v1'

const TIMEOUT_MS = 60_000

/** Raw upstream bodies, not yet validated, with where each came from. */
export interface UpstreamCatalog {
  readonly models: unknown
  readonly providers: unknown
  readonly modelsOrigin: string
  readonly providersOrigin: string
}

/**
 * Fetches `/models?output_modalities=all` and `/providers` with global `fetch`. Plain `/models`
 * answers text-output models only, hence the query. `Authorization` is sent
 * only when `OPENROUTER_API_KEY` is set; neither endpoint needs it.
 */
export async function fetchCatalog(
  env: Readonly<Record<string, string | undefined>>,
): Promise<UpstreamCatalog> {
  const baseURL = (env.OPENROUTER_BASE_URL || DEFAULT_BASE_URL).replace(/\/+$/, '')
  const headers: Record<string, string> = { accept: 'application/json' }
  if (env.OPENROUTER_API_KEY) headers.authorization = `Bearer ${env.OPENROUTER_API_KEY}`
  const modelsOrigin = `${baseURL}/models?output_modalities=all`
  const providersOrigin = `${baseURL}/providers`
  const [models, providers] = await Promise.all([
    getJson(modelsOrigin, headers),
    getJson(providersOrigin, headers),
  ])
  return { models, providers, modelsOrigin, providersOrigin }
}

/** Reads the two bodies from saved files (seeding, tests). */
export async function readCatalogFiles(modelsPath: string, providersPath: string): Promise<UpstreamCatalog> {
  const [models, providers] = await Promise.all([readJsonFile(modelsPath), readJsonFile(providersPath)])
  return { models, providers, modelsOrigin: modelsPath, providersOrigin: providersPath }
}

async function getJson(url: string, headers: Record<string, string>): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) })
  } catch (error) {
    throw new RefreshError(`GET ${url} failed: ${(error as Error).message}; nothing was written`)
  }
  const text = await response.text()
  if (!response.ok) {
    throw new RefreshError(
      `GET ${url} answered ${response.status} ${response.statusText}: ${text.slice(0, 200)}; nothing was written`,
    )
  }
  return parseJson(text, `GET ${url}`)
}

async function readJsonFile(path: string): Promise<unknown> {
  try {
    return parseJson(await readFile(path, 'utf8'), path)
  } catch (error) {
    if (error instanceof RefreshError) throw error
    throw new RefreshError(`Cannot read ${path}: ${(error as Error).message}`)
  }
}

function parseJson(text: string, origin: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new RefreshError(
      `${origin}: the body is not JSON (${(error as Error).message}); nothing was written`,
    )
  }
}
