const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
let lookup: Uint8Array | undefined

/** Base64 to bytes without `atob` or `Buffer`, so it runs on every runtime. */
function decodeBase64(text: string): Uint8Array {
  const native = (Uint8Array as { fromBase64?: (text: string) => Uint8Array }).fromBase64
  if (native !== undefined) return native(text)
  if (lookup === undefined) {
    lookup = new Uint8Array(128)
    for (let index = 0; index < ALPHABET.length; index++) lookup[ALPHABET.charCodeAt(index)] = index
    // base64url, in case a provider sends it.
    lookup['-'.charCodeAt(0)] = 62
    lookup['_'.charCodeAt(0)] = 63
  }
  const table = lookup
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--
  const bytes = new Uint8Array(Math.floor((end * 3) / 4))
  let position = 0
  for (let index = 0; index < end; index += 4) {
    const a = table[text.charCodeAt(index)] ?? 0
    const b = table[text.charCodeAt(index + 1)] ?? 0
    const c = table[text.charCodeAt(index + 2)] ?? 0
    const d = table[text.charCodeAt(index + 3)] ?? 0
    const triple = (a << 18) | (b << 12) | (c << 6) | d
    if (position < bytes.length) bytes[position++] = (triple >> 16) & 0xff
    if (position < bytes.length) bytes[position++] = (triple >> 8) & 0xff
    if (position < bytes.length) bytes[position++] = triple & 0xff
  }
  return bytes
}

/**
 * A base64 embedding (little-endian float32, as OpenRouter sends it) as a `Float32Array`.
 * `embeddings` applies it for you with `encoding_format: 'base64'`; use it on vectors you stored.
 *
 * @example
 * decodeEmbedding('AACAPwAAAMA=') // Float32Array [1, -2]
 */
export function decodeEmbedding(text: string): Float32Array {
  const bytes = decodeBase64(text)
  const count = bytes.length >> 2
  const view = new DataView(bytes.buffer, bytes.byteOffset, count * 4)
  const vector = new Float32Array(count)
  for (let index = 0; index < count; index++) vector[index] = view.getFloat32(index * 4, true)
  return vector
}
