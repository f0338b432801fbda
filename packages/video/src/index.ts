export { createVideo } from './create-video.js'
export { downloadVideo } from './download-video.js'
export type { components, operations, paths } from './generated/openapi.js'
export { getVideo } from './get-video.js'
export type {
  DownloadVideoOptions,
  FrameImage,
  VideoJob,
  VideoModel,
  VideoParams,
  VideoReference,
  VideoStatus,
  WaitForVideoOptions,
} from './types.js'
export { listVideoModels } from './video-models.js'
export { VideoParamsSchema } from './video-params-schema.js'
export { waitForVideo } from './wait-for-video.js'
