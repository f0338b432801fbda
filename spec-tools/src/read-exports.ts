import { createRequire } from 'node:module'
import type TypeScript from 'typescript'

// Required, not imported: an ESM import of the 9 MB CommonJS compiler makes Node scan it for
// named exports first, which costs about a second on every run.
const ts: typeof TypeScript = createRequire(import.meta.url)('typescript')

/**
 * The exported functions of each entry module, read by the TypeScript compiler (re-exports
 * followed), so no package needs building. A name maps to true when it is callable.
 */
export function readExportedFunctions(entries: readonly string[]): Map<string, Map<string, boolean>> {
  const program = ts.createProgram([...entries], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowJs: false,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    noLib: true,
  })
  const checker = program.getTypeChecker()
  const result = new Map<string, Map<string, boolean>>()
  for (const entry of entries) {
    const exported = new Map<string, boolean>()
    const source = program.getSourceFile(entry)
    const module = source && checker.getSymbolAtLocation(source)
    for (const symbol of module ? checker.getExportsOfModule(module) : []) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
      const isValue = (target.flags & ts.SymbolFlags.Value) !== 0
      const callable =
        isValue &&
        source !== undefined &&
        checker.getTypeOfSymbolAtLocation(target, source).getCallSignatures().length > 0
      exported.set(symbol.getName(), callable)
    }
    result.set(entry, exported)
  }
  return result
}
