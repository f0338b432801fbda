// `#platform` is the package's own import (package.json `imports`): the Node, Bun, fetch or
// browser platform, picked by export condition. Each exports `createPlatform`; this is its type
// for the compiler.
declare module '#platform' {
  export function createPlatform(core: import('./platform.js').PlatformCore): import('./platform.js').Platform
}
