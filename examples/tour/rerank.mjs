// Demo tour step: rerank documents against a query.
import { rerank } from '@orsdk/rerank'

export const title = 'rerank: documents best first, with their original indices'

export async function run({ client, log }) {
  const documents = [
    'Berlin is the capital of Germany.',
    'Paris is the capital of France.',
    'France is known for its wine.',
    'Bananas are yellow.',
  ]
  const query = 'What is the capital of France?'
  const { results, usage } = await rerank(
    { model: 'cohere/rerank-v3.5', query, documents, top_n: 3 },
    { client },
  )
  log(`rerank(${JSON.stringify(query)}), top 3 of ${documents.length}:`)
  for (const { index, relevance_score, document } of results)
    log(`  #${index} ${relevance_score.toFixed(3)} ${JSON.stringify(document)}`)
  if (usage?.cost !== undefined) log(`cost $${usage.cost}`)
}
