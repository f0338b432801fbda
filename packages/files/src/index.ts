export { deleteFile, downloadFile, getFile } from './file-by-id.js'
export type { components, operations, paths } from './generated/openapi.js'
export { listFiles } from './list-files.js'
export type {
  FileObject,
  FilesOptions,
  FilesScope,
  ListFilesOptions,
  UploadData,
  UploadPath,
  UploadSource,
} from './types.js'
export { uploadFile } from './upload-file.js'
export { MAX_FILE_BYTES } from './upload-input.js'
