import { nonEmptyString, type ParamsSchema } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

/** `createAuthCode`: where OpenRouter sends the user back. */
export const authCodeSchema = (): ParamsSchema =>
  v.looseObject({
    callback_url: nonEmptyString('must be the URL the user returns to with the code'),
  })
