export { sniffImageType } from './decode-image.js'
export { generateImage } from './generate-image.js'
export type { components, operations, paths } from './generated/openapi.js'
export { listImageModelEndpoints, listImageModels } from './image-models.js'
export { ImageParamsSchema } from './image-params-schema.js'
export { imageReference } from './image-reference.js'
export {
  generateImageStream,
  type ImageSinkEvent,
  ImageStream,
  type ImageStreamOptions,
} from './image-stream.js'
export type {
  GeneratedImage,
  ImageModel,
  ImageModelEndpoint,
  ImageModelEndpoints,
  ImageParams,
  ImageReference,
  ImageResult,
  ImageStreamItem,
  ImageUsage,
} from './types.js'
