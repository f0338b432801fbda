/** Every published SDK package: what the shared temp project installs from the tarballs. */
export const SDK_PACKAGES = [
  '@orsdk/account',
  '@orsdk/admin',
  '@orsdk/audio',
  '@orsdk/catalog',
  '@orsdk/chat',
  '@orsdk/embeddings',
  '@orsdk/files',
  '@orsdk/images',
  '@orsdk/messages',
  '@orsdk/middleware-kit',
  '@orsdk/oauth',
  '@orsdk/rerank',
  '@orsdk/responses',
  '@orsdk/tools',
  '@orsdk/transport',
  '@orsdk/video',
]

/** The version the repacked second catalog carries (a later nightly release, say). */
export const CATALOG_NEXT_VERSION = '0.99.0'

/** A test key shaped like OpenRouter's. */
export const TEST_KEY = `sk-or-v1-${'5e'.repeat(32)}`
