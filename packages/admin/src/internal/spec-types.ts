import type { SpecAnswer, SpecBody, SpecItem, SpecQuery } from '@orsdk/transport/protocol'
import type { operations } from '../generated/openapi.js'

// The types every function of this package is written in, read off the generated spec types by
// operationId (see the transport's `SpecAnswer`), so a spec refresh retypes the functions with no
// hand edits.

/** An operationId of the spec that this package calls. */
export type OperationId = keyof operations

/** The JSON body of an operation's success answer, as the spec types it. */
export type Answer<Id extends OperationId> = SpecAnswer<operations[Id]>

/** The JSON request body of an operation. */
export type Body<Id extends OperationId> = SpecBody<operations[Id]>

/** The query parameters of an operation. */
export type Query<Id extends OperationId> = SpecQuery<operations[Id]>

/** One item of a list answer's `data`. */
export type Item<Id extends OperationId> = SpecItem<operations[Id]>

/**
 * `T` with the fields `K` optional. The generator types a field the spec gives a `default` as
 * always present, which is right for answers and wrong for request bodies: a caller may leave
 * such a field out (`stream` of a preset's chat body, `enabled` of a new destination).
 *
 * @inline
 */
export type WithDefaults<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>
