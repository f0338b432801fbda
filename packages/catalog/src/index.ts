export { type ChatModality, chatModalities } from './chat-modalities'
export { contextLength, getModel } from './get-model'
export type { ModelFilter } from './list-models'
export { isFreeModel, listModels } from './list-models'
export type {
  AliasTarget,
  Architecture,
  Modality,
  Model,
  Provider,
  RawPricing,
  Reasoning,
  TopProvider,
} from './model'
export {
  audioInputModels,
  chatModels,
  embeddingModels,
  imageModels,
  rerankModels,
  speechModels,
  transcriptionModels,
  ttsModels,
  videoModels,
} from './model-groups'
export type { Pricing, PricingOverride } from './pricing'
export { pricing } from './pricing'
export { getProvider, listProviders } from './providers'
export type { ModelId } from './snapshot/model-id'
export type { ProviderSlug } from './snapshot/provider-slug'
export type { SnapshotInfo } from './snapshot-info'
export { snapshotInfo } from './snapshot-info'
