/** FNV-1a hash of a string, as a 32-bit seed. */
function hash(text: string): number {
  let value = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index)
    value = Math.imul(value, 0x01000193)
  }
  return value >>> 0
}

/** A deterministic unit vector of `dimensions` float32 values derived from `text` (mulberry32 PRNG). */
export function embedText(text: string, dimensions: number): Float32Array {
  let seed = hash(text)
  const vector = new Float32Array(dimensions)
  let norm = 0
  for (let index = 0; index < dimensions; index++) {
    seed = (seed + 0x6d2b79f5) | 0
    let mixed = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed
    const value = ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296 - 0.5
    vector[index] = value
    norm += value * value
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0
  for (let index = 0; index < dimensions; index++) vector[index] = (vector[index] ?? 0) * scale
  return vector
}

/** The base64 of a vector's little-endian float32 bytes, as `encoding_format: 'base64'` returns. */
export function vectorToBase64(vector: Float32Array): string {
  const bytes = Buffer.alloc(vector.length * 4)
  for (let index = 0; index < vector.length; index++) bytes.writeFloatLE(vector[index] ?? 0, index * 4)
  return bytes.toString('base64')
}
