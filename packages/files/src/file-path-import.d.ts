// `#file-path` is the package's own import (package.json `imports`): reading a file from disk on
// Node, Bun and Deno (`node` condition), a clear error everywhere else, so no `node:` import
// reaches a worker or browser bundle. This is its type for the compiler.
declare module '#file-path' {
  export const openFilePath: typeof import('./file-path.node.js').openFilePath
}
