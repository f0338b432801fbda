/** Polls until `check` is true, for effects that land asynchronously (a socket closing). */
export async function eventually(check: () => boolean, withinMs = 5000): Promise<void> {
  const deadline = Date.now() + withinMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${withinMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
