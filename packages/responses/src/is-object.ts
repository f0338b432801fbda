/** A JSON object as the wire gives it: read leniently, field by field. */
export type Json = Record<string, unknown>

/** True for an object (an array included): what can have fields. */
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null
