// Checks a `listModels` filter before any row is read. A misspelled key or a value of the wrong
// type would otherwise match every row or none, silently; here it throws a TypeError naming the
// field. Hand-written: the main entry has no dependencies.
import type { ModelFilter } from '../list-models'
import { describeValue } from './describe-value'

const CRITERIA: Readonly<Record<keyof ModelFilter, 'string' | 'boolean' | 'number'>> = {
  inputModality: 'string',
  outputModality: 'string',
  modality: 'string',
  supportedParameter: 'string',
  tokenizer: 'string',
  author: 'string',
  free: 'boolean',
  minContextLength: 'number',
}

// Lowercase modality names joined by `+`, then `->`, then the outputs the same way: how OpenRouter
// writes `architecture.modality` (`text+image->text`, `audio->transcription`).
const MODALITY = /^[a-z0-9_]+(\+[a-z0-9_]+)*->[a-z0-9_]+(\+[a-z0-9_]+)*$/

/** Returns `filter` typed, or throws a `TypeError` naming the first bad field. */
export function checkFilter(filter: unknown): ModelFilter | undefined {
  if (filter === undefined) return undefined
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    throw filterError(
      'filter',
      `must be an object such as { outputModality: 'text' }, got ${describeValue(filter)}`,
    )
  for (const [key, value] of Object.entries(filter)) {
    if (!Object.hasOwn(CRITERIA, key))
      throw filterError(key, `is not a criterion (known: ${Object.keys(CRITERIA).join(', ')})`)
    if (value === undefined) continue
    const expected = CRITERIA[key as keyof ModelFilter]
    if (typeof value !== expected)
      throw filterError(key, `must be a ${expected}, got ${describeValue(value)}`)
  }
  const { modality, minContextLength } = filter as ModelFilter
  if (modality !== undefined && !MODALITY.test(modality))
    throw filterError('modality', modalityHint(modality))
  if (minContextLength !== undefined && !(minContextLength >= 0 && Number.isFinite(minContextLength)))
    throw filterError('minContextLength', `must be a finite number >= 0, got ${minContextLength}`)
  return filter as ModelFilter
}

function modalityHint(modality: string): string {
  const got = describeValue(modality)
  if (!modality.includes('->'))
    return (
      `must be a whole input->output string such as 'text+image->text', got ${got}; ` +
      `for models that output or accept ${got}, use outputModality or inputModality`
    )
  return `must be lowercase modalities joined by '+' on each side of '->', as OpenRouter writes them (e.g. 'text+image->text'), got ${got}`
}

function filterError(field: string, problem: string): TypeError {
  return new TypeError(`listModels: ${field === 'filter' ? 'filter' : `filter.${field}`}: ${problem}`)
}
