import { describe, expect, it } from 'vitest'
import type { StoredModel } from '../src/internal/stored-model'
import { computeDrift, hasDrift } from '../src/refresh/compute-drift'
import { driftHeadline, formatDrift } from '../src/refresh/format-drift'
import { fixtureSnapshot } from './helpers/fixture-snapshot'

const { models, providers } = fixtureSnapshot()
const replace = (id: string, change: (model: StoredModel) => StoredModel) =>
  models.map((model) => (model.id === id ? change(model) : model))

describe('computeDrift', () => {
  it('finds nothing when the snapshots are equal', () => {
    const drift = computeDrift({ models, providers }, { models: [...models], providers })
    expect(hasDrift(drift)).toBe(false)
    expect(driftHeadline(drift)).toBe('Refresh snapshot: no changes')
  })

  it('reports context length and modalities when they change', () => {
    const after = replace('openai/gpt-4o', (model) => ({
      ...model,
      context_length: 256000,
      architecture: { ...model.architecture, input_modalities: ['text', 'image', 'audio'] },
    }))
    const drift = computeDrift({ models, providers }, { models: after, providers })
    expect(driftHeadline(drift)).toBe('Refresh snapshot: 1 with a new context length, 1 with new modalities')
    expect(formatDrift(drift)).toContain(
      '- `openai/gpt-4o`: context length 128000 → 256000; modalities text+image+file->text → text+image+audio->text',
    )
  })

  it("reports upstream's modality string when only it changes", () => {
    const after = replace('openai/gpt-4o', (model) => ({
      ...model,
      architecture: { ...model.architecture, modality: 'text+file+image->text' },
    }))
    const drift = computeDrift({ models, providers }, { models: after, providers })
    expect(driftHeadline(drift)).toBe('Refresh snapshot: 1 with new modalities')
    expect(formatDrift(drift)).toContain(
      '- `openai/gpt-4o`: modalities text+image+file->text → text+file+image->text',
    )
  })

  it('reports a new description as updated', () => {
    const after = replace('openai/gpt-4o', (model) => ({ ...model, description: 'Now with more omni.' }))
    const drift = computeDrift({ models, providers }, { models: after, providers })
    expect(driftHeadline(drift)).toBe('Refresh snapshot: 1 updated')
    expect(formatDrift(drift)).toContain('- `openai/gpt-4o`: updated description')
  })

  it('reports other field changes as updated', () => {
    const after = replace('openai/gpt-4o', (model) => ({ ...model, supported_parameters: ['tools'] }))
    const drift = computeDrift({ models, providers }, { models: after, providers })
    expect(driftHeadline(drift)).toBe('Refresh snapshot: 1 updated')
    expect(formatDrift(drift)).toContain('- `openai/gpt-4o`: updated supported_parameters')
  })

  it('reports added, removed and changed providers', () => {
    const [first, second, ...rest] = providers
    const after = [
      { ...(first as (typeof providers)[number]), name: 'Renamed' },
      ...rest,
      { ...(second as (typeof providers)[number]), slug: 'zz-new' },
    ]
    const drift = computeDrift({ models, providers }, { models, providers: after })
    expect(driftHeadline(drift)).toBe(
      'Refresh snapshot: 1 provider added, 1 provider removed, 1 provider updated',
    )
  })
})
