// Base64 on every runtime, without `Buffer` (absent on the edge) and without
// `String.fromCharCode(...bytes)` (one argument per byte overflows the stack past ~100 kB).

import { concatBytes } from '@orsdk/transport/protocol'

/** `Uint8Array.prototype.toBase64` / `Uint8Array.fromBase64` (TC39, shipped in newer engines). */
interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string
  fromBase64?: (text: string) => Uint8Array
}

// A multiple of 3, so each slice encodes to whole quanta with no padding until the last one.
const ENCODE_SLICE = 3 * 8192
const WHITESPACE = /[\t\n\f\r ]/g
// Padding followed by more data: fragments that were each encoded on their own.
const INNER_PADDING = /=+(?=[^=])/g
const HAS_INNER_PADDING = /=[^=]/

/**
 * Encodes bytes as standard base64 (with padding). Native `toBase64` where the engine has it,
 * else `btoa` over 24 kB slices of a binary string.
 */
export function encodeBase64(bytes: Uint8Array): string {
  const native = (Uint8Array.prototype as NativeBase64).toBase64
  if (typeof native === 'function') return native.call(bytes)
  const parts: string[] = []
  for (let start = 0; start < bytes.length; start += ENCODE_SLICE) {
    const slice = bytes.subarray(start, start + ENCODE_SLICE)
    // apply takes an array-like: one call per slice, 8192 arguments at most.
    parts.push(btoa(String.fromCharCode.apply(null, slice as unknown as number[])))
  }
  return parts.join('')
}

/**
 * Decodes standard base64; whitespace and missing padding are tolerated, and so is text made
 * of separately padded fragments joined together. Throws a `SyntaxError` on anything else.
 */
export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(WHITESPACE, '')
  if (!HAS_INNER_PADDING.test(clean)) return decodeWhole(clean)
  const pieces = clean.replace(INNER_PADDING, (padding) => `${padding}\u0000`).split('\u0000')
  return concatBytes(pieces.map(decodeWhole))
}

function decodeWhole(text: string): Uint8Array {
  const native = (Uint8Array as NativeBase64).fromBase64
  try {
    if (typeof native === 'function') return native(text.length % 4 === 0 ? text : padded(text))
    const binary = atob(text)
    const bytes = new Uint8Array(binary.length)
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
    return bytes
  } catch (error) {
    throw new SyntaxError(`not valid base64 (${text.length} characters)`, { cause: error })
  }
}

const padded = (text: string) => text + '='.repeat((4 - (text.length % 4)) % 4)

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
