import { describe, expectTypeOf, it } from 'vitest'
import type { components, operations, paths } from '../src/index'

type Json<Operation extends keyof operations, Status extends number = 200> =
  operations[Operation]['responses'] extends Record<Status, { content: { 'application/json': infer Body } }>
    ? Body
    : never

describe('@orsdk/admin generated types', () => {
  it('types the operations spec/operations.json gives the package, and only those', () => {
    expectTypeOf<Json<'getCredits'>['data']['total_credits']>().toEqualTypeOf<number>()
    expectTypeOf<Json<'createKeys', 201>['key']>().toEqualTypeOf<string>()
    expectTypeOf<Json<'listGuardrails'>['data']>().toEqualTypeOf<components['schemas']['Guardrail'][]>()
    expectTypeOf<paths['/workspaces/{id}/budgets/{interval}']['put']>().toEqualTypeOf<
      operations['upsertWorkspaceBudget']
    >()
    // What any key may call is @orsdk/account's.
    expectTypeOf<'listModelsUser'>().not.toMatchTypeOf<keyof operations>()
  })
})
