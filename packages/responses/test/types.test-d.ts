import { describe, expectTypeOf, it } from 'vitest'
import {
  isResponsesEvent,
  type ResponseResult,
  type ResponsesInputItem,
  type ResponsesSinkEvent,
  type ResponsesStream,
  type ResponsesStreamEvent,
  responses,
  responsesStream,
  toInputItems,
} from '../src/index.js'

describe('responses types', () => {
  it('narrows stream events by type with isResponsesEvent', () => {
    const event = {} as ResponsesStreamEvent
    if (isResponsesEvent(event, 'response.output_text.delta'))
      expectTypeOf(event.delta).toEqualTypeOf<string>()
    if (isResponsesEvent(event, 'response.completed'))
      expectTypeOf(event.response).toEqualTypeOf<ResponseResult>()
    if (isResponsesEvent(event, 'response.function_call_arguments.done'))
      expectTypeOf(event.arguments).toEqualTypeOf<string>()
  })

  it('narrows output items on their type', () => {
    const result = {} as ResponseResult
    for (const item of result.output) {
      if (item.type === 'function_call') expectTypeOf(item.call_id).toEqualTypeOf<string>()
      if (item.type === 'reasoning')
        expectTypeOf(item.encrypted_content).toEqualTypeOf<string | null | undefined>()
      if (item.type === 'message') expectTypeOf(item.role).toEqualTypeOf<'assistant'>()
    }
    expectTypeOf(result.output_text).toEqualTypeOf<string>()
  })

  it('types the calls, the sink and the next turn', () => {
    expectTypeOf(responses).returns.resolves.toEqualTypeOf<ResponseResult>()
    expectTypeOf(responsesStream).returns.resolves.toEqualTypeOf<ResponsesStream>()
    expectTypeOf<ResponsesStream['finalResponse']>().returns.resolves.toEqualTypeOf<ResponseResult>()
    expectTypeOf(toInputItems).returns.toEqualTypeOf<ResponsesInputItem[]>()
    expectTypeOf<
      Extract<ResponsesSinkEvent, { type: 'complete' }>['result']
    >().toEqualTypeOf<ResponseResult>()
    expectTypeOf<
      Extract<ResponsesSinkEvent, { type: 'item' }>['item']
    >().toEqualTypeOf<ResponsesStreamEvent>()
  })

  it('takes preset as a call option and refuses a stored response', () => {
    expectTypeOf(responses).toBeCallableWith({ input: 'Hi' }, { preset: 'my-preset' })
    // @ts-expect-error: OpenRouter stores nothing; store can only be false
    responses({ input: 'Hi', store: true })
    // @ts-expect-error: no previous response to reference
    responses({ input: 'Hi', previous_response_id: 'resp_1' })
  })
})
