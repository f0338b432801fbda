import type { FunctionTool } from '@orsdk/chat'
import { invalidRequest } from '@orsdk/transport/protocol'
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { type JsonSchema, jsonSchemaOf } from './schema.js'

/** What a tool's `run` gets besides its arguments. */
export interface ToolContext {
  /** Aborts when the loop is aborted: pass it to your own I/O. */
  signal?: AbortSignal
  /** The id of the call being answered. */
  toolCallId: string
}

/**
 * A function the model may call, keyed by its name in `runTools({ tools })`. `parameters`
 * describes and checks its arguments: a Standard Schema (zod, valibot, ...) validates them (a
 * bad argument goes back to the model as a tool error), a plain JSON Schema is sent as it is and
 * the arguments are only JSON-parsed. Write it with `tool()` to get `args` typed by the schema.
 */
export interface ToolDefinition<Args = unknown> {
  description?: string
  parameters: StandardSchemaV1<unknown, Args> | JsonSchema
  /** The JSON Schema to send, for a Standard Schema that cannot describe itself (valibot). */
  jsonSchema?: object
  /** Asks the provider to keep to the schema exactly (OpenAI's strict mode); sent only when set. */
  strict?: boolean
  /**
   * Runs the call. Its result goes back to the model as the tool message: a string as it is,
   * anything else as JSON. A throw goes back as a tool error the model can react to.
   */
  run(args: Args, context: ToolContext): unknown | Promise<unknown>
}

/**
 * Types a tool's `run` arguments from its schema; returns the definition unchanged.
 *
 * @example
 * import { z } from 'zod'
 * const getWeather = tool({
 *   description: 'Current weather of a city',
 *   parameters: z.object({ city: z.string() }),
 *   run: async ({ city }) => ({ city, celsius: 18 }),
 * })
 * await runTools({ model, messages, tools: { get_weather: getWeather } })
 */
export function tool<Args>(definition: ToolDefinition<Args>): ToolDefinition<Args> {
  return definition
}

/** A tool checked and ready: its definition and what is sent for it. */
export interface PreparedTool {
  definition: ToolDefinition
  sent: FunctionTool
}

/** OpenAI's and OpenRouter's rule for function names (spec `ChatFunctionTool`): tools and `chatObject`'s `name`. */
export const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/

/** Checks every tool before any I/O and builds what is sent for each. */
export function prepareTools(tools: unknown, operation: string): Map<string, PreparedTool> {
  if (typeof tools !== 'object' || tools === null || Array.isArray(tools))
    throw invalidRequest(`${operation}: tools: must be an object of tool definitions keyed by name`)
  const prepared = new Map<string, PreparedTool>()
  for (const [name, definition] of Object.entries(tools as Record<string, ToolDefinition>)) {
    const where = `${operation}: tools.${name}`
    if (!FUNCTION_NAME.test(name))
      throw invalidRequest(`${where}: the name must be 1 to 64 of a-z, A-Z, 0-9, _ and -`)
    if (typeof definition !== 'object' || definition === null)
      throw invalidRequest(`${where}: must be a tool definition`)
    if (typeof definition.run !== 'function') throw invalidRequest(`${where}.run: must be a function`)
    if (definition.description !== undefined && typeof definition.description !== 'string')
      throw invalidRequest(`${where}.description: must be a string`)
    const parameters = jsonSchemaOf(definition.parameters, definition.jsonSchema, `${where}.parameters`)
    const fn: FunctionTool['function'] = { name, parameters }
    if (definition.description !== undefined) fn.description = definition.description
    if (definition.strict !== undefined) fn.strict = definition.strict
    prepared.set(name, { definition, sent: { type: 'function', function: fn } })
  }
  if (prepared.size === 0) throw invalidRequest(`${operation}: tools: must hold at least one tool`)
  return prepared
}
