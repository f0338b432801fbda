// Reads the types of one operation as openapi-typescript generates them (`operations[id]`), so a
// package typed from OpenRouter's spec writes its functions in these and a spec refresh retypes
// them with no hand edits. Types only: nothing here exists at run time.

type Success<Responses> = Responses extends { 200: infer Response }
  ? Response
  : Responses extends { 201: infer Response }
    ? Response
    : never

/** The JSON body of an operation's success answer (200, else 201), as the spec types it. */
export type SpecAnswer<Operation extends { responses: unknown }> =
  Success<Operation['responses']> extends { content: { 'application/json': infer Body } } ? Body : never

/** The JSON request body of an operation. */
export type SpecBody<Operation extends { requestBody?: unknown }> =
  NonNullable<Operation['requestBody']> extends { content: { 'application/json': infer Body } } ? Body : never

/** The query parameters of an operation. */
export type SpecQuery<Operation extends { parameters: { query?: unknown } }> = NonNullable<
  Operation['parameters']['query']
>

/** One item of a list answer's `data`. */
export type SpecItem<Operation extends { responses: unknown }> =
  SpecAnswer<Operation> extends { data: readonly (infer Row)[] } ? Row : never
