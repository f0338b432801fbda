type Json = Record<string, unknown>
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Adds `usage` into `total` (which it changes), field by field and all the way down: numbers
 * summed, booleans or-ed (`is_byok`: any step on your own key), a `null` kept only while no number
 * came. Fields newer than this package add up the same way.
 */
export function addUsage<T extends object>(total: T, usage: unknown): T {
  if (!isRecord(usage)) return total
  const sum = total as Json
  for (const [key, value] of Object.entries(usage)) {
    const current = sum[key]
    if (typeof value === 'number') sum[key] = (typeof current === 'number' ? current : 0) + value
    else if (typeof value === 'boolean') sum[key] = current === true || value
    else if (isRecord(value)) sum[key] = addUsage(isRecord(current) ? current : {}, value)
    else if (current === undefined && value !== undefined) sum[key] = value
  }
  return total
}
