// Bundle-size entry: one zero-io catalog query (the snapshot is embedded, hence the size).
import { getModel } from '@orsdk/catalog'

export function run(id: string): number | undefined {
  return getModel(id)?.context_length ?? undefined
}
