// Demo tour step: the embedded catalog (zero-io queries) and a live read through @orsdk/catalog/live.
import {
  audioInputModels,
  chatModels,
  imageModels,
  listProviders,
  pricing,
  rerankModels,
  snapshotInfo,
  ttsModels,
  videoModels,
} from '@orsdk/catalog'
import { fetchModels } from '@orsdk/catalog/live'

export const title = 'catalog: every model and provider, embedded; live reads on demand'

const firstIds = (models, count = 4) =>
  `${models
    .slice(0, count)
    .map((model) => model.id)
    .join(', ')}${models.length > count ? ', …' : ''}`

export async function run({ client, log }) {
  const info = snapshotInfo()
  log(
    `snapshot of ${info.fetchedAt}: ${info.modelCount} models, ${info.providerCount} providers (sha256 ${info.hash.slice(0, 12)}…)`,
  )
  log(
    `${chatModels().length} chat models, ${listProviders().filter((provider) => provider.headquarters === 'US').length} US-based providers`,
  )
  log(`audio out (speak): ${ttsModels().length}: ${firstIds(ttsModels())}`)
  log(`audio in (transcribe): ${audioInputModels().length}: ${firstIds(audioInputModels())}`)
  log(`images: ${imageModels().length}, video: ${videoModels().length}, rerank: ${rerankModels().length}`)

  // Cheapest by prompt + completion price per token; free variants and dynamic (-1) routers are left out.
  const cheapest = chatModels()
    .filter((model) => (model.context_length ?? 0) >= 128_000)
    .map((model) => ({ model, price: pricing(model.id) }))
    .filter(({ price }) => price !== undefined && price.prompt >= 0 && price.completion >= 0)
    .map(({ model, price }) => ({ model, total: price.prompt + price.completion }))
    .filter(({ total }) => total > 0)
    .sort((a, b) => a.total - b.total || a.model.id.localeCompare(b.model.id))[0]
  if (cheapest !== undefined) {
    const perMillion = (cheapest.total * 1e6).toFixed(3)
    log(
      `cheapest chat model with >= 128k context: ${cheapest.model.id} ($${perMillion} per 1M prompt + 1M completion tokens)`,
    )
  }

  const live = await fetchModels(undefined, { client })
  const audioLive = live.filter((model) => model.architecture.output_modalities.includes('audio')).length
  log(`live GET /models?output_modalities=all: ${live.length} models now (${audioLive} with audio output)`)
}
