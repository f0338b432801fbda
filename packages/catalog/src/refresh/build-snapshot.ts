import type { UpstreamCatalog } from './fetch-catalog'
import { hashSnapshot } from './hash-snapshot'
import { normalizeModels, normalizeProviders } from './normalize-snapshot'
import { RefreshError } from './refresh-error'
import type { Snapshot } from './snapshot-files'
import { validateModels, validateProviders } from './upstream-schema'

/**
 * Validates and normalizes upstream bodies into a snapshot stamped with `fetchedAt` and `source`.
 * Throws {@link RefreshError} on a malformed body, before anything is written.
 */
export function buildSnapshot(upstream: UpstreamCatalog, fetchedAt: string, source: string): Snapshot {
  const models = normalizeModels(validateModels(upstream.models, upstream.modelsOrigin))
  const providers = normalizeProviders(validateProviders(upstream.providers, upstream.providersOrigin))
  // The trap of OpenRouter's catalog: plain /models lists only models whose outputs include text.
  // A catalog without a single model that does not output text (embeddings, speech, transcription)
  // was not fetched with output_modalities=all; refuse to ship it.
  const textOnly = models.every((model) => model.architecture.output_modalities.includes('text'))
  if (models.length > 0 && textOnly) {
    throw new RefreshError(
      `${upstream.modelsOrigin} lists text-output models only: it was not requested with ` +
        '?output_modalities=all, and would drop every embeddings, speech and transcription model. ' +
        'Nothing was written.',
    )
  }
  const info = {
    fetchedAt,
    source,
    modelCount: models.length,
    providerCount: providers.length,
    hash: hashSnapshot(models, providers),
  }
  return { models, providers, info }
}
