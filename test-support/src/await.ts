/** Resolves with what `promise` rejected with; fails the test if it resolved. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

/** Polls until `check` is true, for effects that land asynchronously (a socket closing). */
export async function eventually(check: () => boolean, withinMs = 3000): Promise<void> {
  const deadline = Date.now() + withinMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${withinMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Every item of an async iterable, in order. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = []
  for await (const item of iterable) items.push(item)
  return items
}

/** Every item of `value` when it is an async iterable (a paged list), else `value` itself, awaited. */
export async function settle(value: unknown): Promise<unknown> {
  if (typeof value === 'object' && value !== null && Symbol.asyncIterator in value)
    return collect(value as AsyncIterable<unknown>)
  return value
}
