import { collectRefs } from './collect-refs'
import { isRecord, type OpenApiDocument, type SpecOperation } from './openapi-document'

/**
 * The spec cut down to `operations` and every component they reach through `$ref`, transitively:
 * what one package's generated types are made from, so its file changes exactly when something it
 * uses changes. Path-level `parameters` are kept with their operations; components keep the spec's
 * order, so the output is stable.
 */
export function pruneSpec(spec: OpenApiDocument, operations: readonly SpecOperation[]): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const { path, method, operation } of operations) {
    const item = spec.paths[path] ?? {}
    paths[path] ??= isRecord(item) && item.parameters !== undefined ? { parameters: item.parameters } : {}
    const target = paths[path]
    if (target) target[method.toLowerCase()] = operation
  }
  const reached = collectRefs(spec, paths)
  const components: Record<string, Record<string, unknown>> = {}
  for (const [kind, entries] of Object.entries(spec.components ?? {})) {
    if (!isRecord(entries)) continue
    for (const [name, component] of Object.entries(entries)) {
      if (!reached.has(`${kind}/${name}`)) continue
      components[kind] ??= {}
      const bucket = components[kind]
      if (bucket) bucket[name] = component
    }
  }
  return { openapi: spec.openapi, info: spec.info ?? { title: 'pruned', version: '0' }, paths, components }
}
