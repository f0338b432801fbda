// Demo tour step: what an ordinary key reads about its own account and OpenRouter's public data.
import {
  countModels,
  getGenerationContent,
  getModelDetails,
  listAppRankings,
  listUserModels,
  listZdrEndpoints,
} from '@orsdk/account'

export const title = 'account: models this key may use, model pages, datasets, generation content'

export async function run({ client, live, log }) {
  const { data: count } = await countModels({ output_modalities: 'all' }, { client })
  const mine = []
  for await (const model of listUserModels({ limit: 100 }, { client })) {
    mine.push(model.id)
    if (mine.length === 3) break // no more pages are asked for
  }
  log(`${count.count} models on OpenRouter; this key may use ${mine.join(', ')}, …`)

  const { data: model } = await getModelDetails(mine[0] ?? 'openai/gpt-4o-mini', { client })
  const { data: zdr } = await listZdrEndpoints({ client })
  log(`${model.id}: ${model.context_length} tokens of context; ${zdr.length} zero-data-retention endpoint(s)`)

  const apps = []
  for await (const app of listAppRankings({ limit: 3 }, { client })) {
    apps.push(`${app.rank}. ${app.app_name}`)
    if (apps.length === 3) break
  }
  log(`top apps by tokens: ${apps.join(', ')}`)

  if (live) return // generation content needs a generation of this account
  const { data: content } = await getGenerationContent('gen-demo', { client })
  log(`stored content of gen-demo: ${JSON.stringify(content.output).slice(0, 80)}`)
}
