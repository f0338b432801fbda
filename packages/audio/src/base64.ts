// Base64 of audio that arrives in fragments; whole texts are the transport's `decodeBase64` and
// `encodeBase64`.
import { decodeBase64 } from '@orsdk/transport/protocol'

const WHITESPACE = /[\t\n\f\r ]/g

/**
 * Decodes base64 that arrives in fragments cut anywhere: each `push` returns the whole bytes
 * decodable so far and keeps the 0 to 3 characters of an unfinished quantum for the next one.
 */
export class Base64Decoder {
  #rest = ''

  /** The bytes of `fragment` plus what was held back, up to the last whole 4-character quantum. */
  push(fragment: string): Uint8Array {
    const text = this.#rest + fragment.replace(WHITESPACE, '')
    // Padded fragments are whole quanta too, so 4-character alignment holds across them.
    const cut = text.length - (text.length % 4)
    this.#rest = text.slice(cut)
    return cut === 0 ? new Uint8Array(0) : decodeBase64(text.slice(0, cut))
  }

  /** The bytes of an unpadded tail; throws a `SyntaxError` when one character was left over. */
  end(): Uint8Array {
    const rest = this.#rest
    this.#rest = ''
    return rest === '' ? new Uint8Array(0) : decodeBase64(rest)
  }
}
