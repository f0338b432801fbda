import { deflateSync } from 'node:zlib'

// A real PNG (IHDR, one IDAT, IEND, each with its CRC), so a client that decodes, sniffs or
// displays what the emulator generates sees a genuine image.

let crcTable: Uint32Array | undefined

function crc32(bytes: Buffer): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, index) => {
    let value = index
    for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1
    return value >>> 0
  })
  let crc = 0xffffffff
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A `size`×`size` RGB PNG filled with one colour. */
export function createPng(size: number, [red, green, blue]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // truecolour
  const row = Buffer.alloc(1 + size * 3)
  for (let x = 0; x < size; x++) row.set([red, green, blue], 1 + x * 3)
  const pixels = Buffer.concat(Array.from({ length: size }, () => row))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

let sample: Buffer | undefined

/**
 * The exact bytes of the image `POST /images` generates (a 16×16 orange PNG), so a test can
 * compare what it decoded. Partial images of a stream are the same size in other colours.
 *
 * @example
 * ```ts
 * const { images } = await generateImage({ model: 'openai/gpt-image-1', prompt: 'a fox' }, { client })
 * expect(images[0]?.data).toEqual(new Uint8Array(sampleImagePng()))
 * ```
 */
export function sampleImagePng(): Buffer {
  sample ??= createPng(16, [255, 128, 0])
  return sample
}
