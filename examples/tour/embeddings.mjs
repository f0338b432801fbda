// Demo step: embeddings as float arrays and as base64 decoded to Float32Array.
import { embeddings } from '@orsdk/embeddings'

export const title = 'Embeddings: float and base64 vectors'

export async function run({ client, log }) {
  const model = 'openai/text-embedding-3-small'
  const input = ['a small cat', 'a tiny kitten', 'a tax return']
  const floats = await embeddings({ model, input }, { client })
  const [cat, kitten, tax] = floats.data.map((item) => item.embedding)
  const cosine = (a, b) => {
    let dot = 0
    let na = 0
    let nb = 0
    for (let i = 0; i < a.length; i++) {
      dot += a[i] * b[i]
      na += a[i] * a[i]
      nb += b[i] * b[i]
    }
    return (dot / Math.sqrt(na * nb)).toFixed(3)
  }
  log(
    `embeddings: ${floats.data.length} vectors of ${cat.length} dimensions, ${floats.usage?.prompt_tokens} tokens`,
  )
  log(`  cosine(cat, kitten) = ${cosine(cat, kitten)}, cosine(cat, tax) = ${cosine(cat, tax)}`)
  const packed = await embeddings(
    { model, input: 'a small cat', encoding_format: 'base64', dimensions: 256 },
    { client },
  )
  const vector = packed.data[0]?.embedding
  log(`  base64: decoded to ${vector?.constructor.name} of ${vector?.length} floats`)
}
