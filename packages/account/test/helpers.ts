import { clientEngines } from '@orsdk/test-support'
import { createClient } from '@orsdk/transport'

export { collect, rejection, scenario, TEST_KEY, useClient, useMockServer } from '@orsdk/test-support'

/** Both engines, each client with an ordinary (inference) key: the node engine, and `fetch` forced. */
export const engines = clientEngines(createClient)

/** A list's items, or a call's answer: what a row of the operations table resolves to. */
export async function settle(value: unknown): Promise<unknown> {
  if (typeof value === 'object' && value !== null && Symbol.asyncIterator in value) {
    const items: unknown[] = []
    for await (const item of value as AsyncIterable<unknown>) items.push(item)
    return items
  }
  return value
}
