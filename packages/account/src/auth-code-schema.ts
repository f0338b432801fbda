import { nonEmptyString } from '@orsdk/transport/protocol'
import * as v from 'valibot'

/** `createAuthCode`: where OpenRouter sends the user back. */
export const AuthCodeParamsSchema = v.looseObject({
  callback_url: nonEmptyString('must be the URL the user returns to with the code'),
})
