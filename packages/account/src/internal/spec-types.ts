import type { operations } from '../generated/openapi.js'

// The types every function of this package is written in, read off the generated spec types by
// operationId, so a spec refresh retypes the functions with no hand edits.

/** An operationId of the spec that this package calls. */
export type OperationId = keyof operations

type Success<Responses> = Responses extends { 200: infer Response }
  ? Response
  : Responses extends { 201: infer Response }
    ? Response
    : never

/** The JSON body of an operation's success answer, as the spec types it. */
export type Answer<Id extends OperationId> =
  Success<operations[Id]['responses']> extends { content: { 'application/json': infer Body } } ? Body : never

/** The JSON request body of an operation. */
export type Body<Id extends OperationId> =
  NonNullable<operations[Id]['requestBody']> extends { content: { 'application/json': infer Body } }
    ? Body
    : never

/** The query parameters of an operation. */
export type Query<Id extends OperationId> = NonNullable<operations[Id]['parameters']['query']>

/** One item of a list answer's `data`. */
export type Item<Id extends OperationId> = Answer<Id> extends { data: readonly (infer Row)[] } ? Row : never
