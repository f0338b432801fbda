import { describe, expectTypeOf, it } from 'vitest'
import type { components, FileObject, operations } from '../src/index.js'

// The hand-written file type must read what the spec describes (OpenRouter's shape), so a spec
// refresh that changes it breaks this test, not a user's build.
/** True when every `A` is an `B`: what the spec describes fits the hand-written type. */
type Fits<A, B> = [A] extends [B] ? true : false

describe('@orsdk/files types against the spec', () => {
  it('reads the file the spec describes', () => {
    expectTypeOf<Fits<components['schemas']['OpenRouterFile'], FileObject>>().toEqualTypeOf<true>()
  })

  it('types only the operations the map gives the package', () => {
    expectTypeOf<keyof operations>().toEqualTypeOf<
      'listFiles' | 'uploadFile' | 'deleteFile' | 'getFileMetadata' | 'downloadFileContent'
    >()
  })
})
