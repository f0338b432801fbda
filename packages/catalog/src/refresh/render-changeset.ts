/** The package a refresh releases, alone: no other package depends on the catalog. */
export const CATALOG_PACKAGE = '@orsdk/catalog'

/** `.changeset/catalog-refresh-<YYYY-MM-DD>.md`, dated by the capture. */
export function changesetFileName(fetchedAt: string): string {
  return `catalog-refresh-${fetchedAt.slice(0, 10)}.md`
}

/**
 * A changeset naming `@orsdk/catalog` alone as a patch, with the drift summary as its text
 * (STYLE rule 15: "Refresh snapshot: N added, …").
 */
export function renderChangeset(summary: string): string {
  return `---\n"${CATALOG_PACKAGE}": patch\n---\n\n${summary}\n`
}
