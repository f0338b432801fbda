import type { components } from './generated/openapi.js'

/** An image by URL or `data:` URI (spec `ContentPartImage`): a reference to guide the generation. */
export interface ImageReference {
  type: 'image_url'
  image_url: { url: string }
}

/**
 * The request of `POST /images` (spec `ImageGenerationRequest`). Enums are open strings, so
 * values newer than this package still type-check; unknown fields pass through.
 */
export interface ImageParams {
  /** An image model, e.g. `openai/gpt-image-1` (`listImageModels()`, or `imageModels()` in `@orsdk/catalog`). */
  model: string
  /** What to draw; must not be empty. */
  prompt: string
  /** Upper bound on the number of images, 1 to 10; providers may return fewer. */
  n?: number
  aspect_ratio?: '1:1' | '2:3' | '3:2' | '3:4' | '4:3' | '9:16' | '16:9' | '21:9' | 'auto' | (string & {})
  resolution?: '512' | '1K' | '2K' | '4K' | (string & {})
  /** A tier (`2K`) or explicit pixels (`2048x2048`). */
  size?: string
  quality?: 'auto' | 'low' | 'medium' | 'high' | (string & {})
  background?: 'auto' | 'transparent' | 'opaque' | (string & {})
  output_format?: 'png' | 'jpeg' | 'webp' | 'svg' | (string & {})
  /** 0 to 100, for webp and jpeg. */
  output_compression?: number
  seed?: number
  /** Up to 16 images to guide an image-to-image generation: see `imageReference`. */
  input_references?: ImageReference[]
  /** Provider routing and per-provider options (spec `ImageGenerationProviderPreferences`). */
  provider?: components['schemas']['ImageGenerationProviderPreferences']
  [field: string]: unknown
}

/** One generated image: its bytes, decoded, and their media type. */
export interface GeneratedImage {
  /**
   * The image bytes, decoded from base64 (or from a `data:` URL). Empty only when the API gave
   * nothing but an `http(s)` URL, which is then in `url`.
   */
  data: Uint8Array
  /** `image/png`, `image/jpeg`, `image/webp`, `image/gif`, `image/svg+xml`: as the API says, else read from the bytes. */
  mediaType: string
  /** Where the API gave a URL for the image. */
  url?: string
}

/** Token and cost usage (spec `ImageGenerationUsage`). */
export interface ImageUsage {
  prompt_tokens?: number
  completion_tokens?: number
  total_tokens?: number
  /** USD. */
  cost?: number | null
  [field: string]: unknown
}

/** What `generateImage` and `ImageStream.finalImages()` resolve with. */
export interface ImageResult {
  images: GeneratedImage[]
  /** Unix seconds. */
  created?: number
  usage?: ImageUsage
  /** `X-Generation-Id`, for `/generation` lookups and support. */
  generationId?: string
}

/** One item of an `ImageStream`. */
export type ImageStreamItem =
  /** A partial image as it sharpens (`partial_image_index` from 0). */
  | { type: 'partial'; index: number; image: GeneratedImage }
  /** A piece of a text-based image as it is written (SVG markup); `phase` is `content`, `reasoning` or `draft`. */
  | { type: 'text'; text: string; phase: string }
  /** Finished images (one per event when streamed; all of them when the model answered at once) and usage. */
  | { type: 'completed'; images: GeneratedImage[]; created?: number; usage?: ImageUsage }

/** One row of `GET /images/models` (spec `ImageModelListItem`). */
export interface ImageModel {
  id: string
  name: string
  description: string
  created: number
  architecture: { input_modalities: string[]; output_modalities: string[] }
  /** Parameter name to what it accepts, e.g. `{ resolution: { type: 'enum', values: ['1K', '2K'] } }`. */
  supported_parameters: Record<string, unknown>
  /** Whether any endpoint streams (`generateImageStream` then yields partial images). */
  supports_streaming: boolean
  /** The path of its endpoints list. */
  endpoints: string
  [field: string]: unknown
}

/** One provider endpoint of an image model (spec `ImageEndpoint`). */
export interface ImageModelEndpoint {
  provider_name: string
  provider_slug: string
  provider_tag: string | null
  supported_parameters: Record<string, unknown>
  allowed_passthrough_parameters: string[]
  supports_streaming: boolean
  pricing: { billable: string; unit: string; cost_usd: number; variant?: string }[]
  [field: string]: unknown
}

/** What `listImageModelEndpoints` resolves with. */
export interface ImageModelEndpoints {
  id: string
  endpoints: ImageModelEndpoint[]
}
