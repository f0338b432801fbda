import type { Drift, ModelChange } from './compute-drift'

/**
 * The one-line headline of a drift, as the changeset and the PR use it:
 * `Refresh snapshot: 1 added, 1 removed, 1 repriced`. Only non-zero counts are named.
 */
export function driftHeadline(drift: Drift): string {
  const count = (models: (change: ModelChange) => boolean) => drift.changed.filter(models).length
  const providers = (n: number, what: string) => `${n} ${n === 1 ? 'provider' : 'providers'} ${what}`
  const parts = [
    [drift.added.length, `${drift.added.length} added`],
    [drift.removed.length, `${drift.removed.length} removed`],
    [count(isRepriced), `${count(isRepriced)} repriced`],
    [count(hasNewContext), `${count(hasNewContext)} with a new context length`],
    [count(hasNewModalities), `${count(hasNewModalities)} with new modalities`],
    [count(isOnlyUpdated), `${count(isOnlyUpdated)} updated`],
    [drift.providersAdded.length, providers(drift.providersAdded.length, 'added')],
    [drift.providersRemoved.length, providers(drift.providersRemoved.length, 'removed')],
    [drift.providersChanged.length, providers(drift.providersChanged.length, 'updated')],
  ] as const
  const named = parts.filter(([n]) => n > 0).map(([, text]) => text)
  return `Refresh snapshot: ${named.length > 0 ? named.join(', ') : 'no changes'}`
}

/** The headline, a blank line, then one Markdown list line per changed model or provider. */
export function formatDrift(drift: Drift): string {
  const lines = [
    ...drift.added.map((model) => `- added \`${model.id}\` (${model.name})`),
    ...drift.removed.map((model) => `- removed \`${model.id}\` (${model.name})`),
    ...drift.changed.map(describeChange),
    ...drift.providersAdded.map((slug) => `- provider added \`${slug}\``),
    ...drift.providersRemoved.map((slug) => `- provider removed \`${slug}\``),
    ...drift.providersChanged.map((slug) => `- provider updated \`${slug}\``),
  ]
  return lines.length > 0 ? `${driftHeadline(drift)}\n\n${lines.join('\n')}` : driftHeadline(drift)
}

function describeChange(change: ModelChange): string {
  const details: string[] = []
  if (isRepriced(change)) {
    const prices = change.prices.map(({ key, before, after }) => `${key} ${price(before)} → ${price(after)}`)
    details.push(`repriced ${prices.join(', ')}`)
  }
  if (change.contextLength) {
    details.push(`context length ${change.contextLength.before} → ${change.contextLength.after}`)
  }
  if (change.modalities) details.push(`modalities ${change.modalities.before} → ${change.modalities.after}`)
  if (change.otherFields.length > 0) details.push(`updated ${change.otherFields.join(', ')}`)
  return `- \`${change.id}\`: ${details.join('; ')}`
}

function price(value: unknown): string {
  if (value === undefined) return 'none'
  return typeof value === 'string' || typeof value === 'number' ? String(value) : 'changed'
}

const isRepriced = (change: ModelChange) => change.prices.length > 0
const hasNewContext = (change: ModelChange) => change.contextLength !== undefined
const hasNewModalities = (change: ModelChange) => change.modalities !== undefined
const isOnlyUpdated = (change: ModelChange) =>
  !isRepriced(change) && !hasNewContext(change) && !hasNewModalities(change)
