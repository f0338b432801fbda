// `#platform` is the package's own import (package.json `imports`): the Node or the fetch
// platform, picked by export condition. Both export `platform`; this is its type for the compiler.
declare module '#platform' {
  export const platform: import('./platform.js').Platform
}
