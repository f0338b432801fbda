import { nonEmptyString, type ParamsSchema } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

// The spec requires what the inference request itself requires, although the preset keeps only
// its configuration (model, sampling, provider, plugins, the system prompt) and drops the rest.
const messages = () =>
  v.array(v.unknown(), 'must be an array of messages (the preset keeps only the system prompt)')

/** `createPresetFromChat`: a chat-completions request body. */
export const chatPresetSchema = (): ParamsSchema => v.looseObject({ messages: messages() })

/** `createPresetFromMessages`: an Anthropic messages request body. */
export const messagesPresetSchema = (): ParamsSchema =>
  v.looseObject({
    model: nonEmptyString('must be an OpenRouter model slug'),
    messages: messages(),
  })
