import { describe, expect, it } from 'vitest'
import { type Annotation, type ChatCompletion, chat, chatStream } from '../../src/index.js'
import { engines, params, scenario, useClient, useMockServer } from '../helpers.js'

// OpenRouterTeam/ai-sdk-provider#63 ("I don't get annotations"): web-search and file-parser
// results arrive as `delta.annotations` in a stream and `message.annotations` in a buffered
// answer; finalCompletion() dropped them, so a streamed answer lost its sources. Any other delta
// field this package does not know was dropped too. Both are now kept: arrays appended, other
// values the last one wins.

const mock = useMockServer()
// The shape OpenRouter documents (guides/features/plugins/web-search, overview/multimodal/pdfs).
const citation = (url: string, start: number): Annotation => ({
  type: 'url_citation',
  url_citation: {
    url,
    title: 'Title of the web search result',
    content: 'Content of the web search result',
    start_index: start,
    end_index: start + 10,
  },
})
const fileAnnotation: Annotation = {
  type: 'file',
  file: { hash: 'abc123', name: 'document.pdf', content: [{ type: 'text', text: 'Parsed text content...' }] },
}
const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
  `data: ${JSON.stringify({ id: 'gen-1', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`

describe.each(engines)('annotations on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))
  const webParams = params({ plugins: [{ id: 'web' }] })

  it('keeps the web-search annotations of a streamed answer as the buffered answer has them', async () => {
    const buffered = await chat(webParams, { client: client() })
    const streamed = await (
      await chatStream(webParams, scenario({ chunks: 6 }, { client: client() }))
    ).finalCompletion()
    const urls = (completion: ChatCompletion) =>
      completion.choices[0]?.message.annotations?.map(
        (annotation) => annotation.type === 'url_citation' && annotation.url_citation.url,
      )
    expect(urls(streamed)).toHaveLength(2)
    expect(urls(streamed)).toEqual(urls(buffered))
    const message = streamed.choices[0]?.message
    for (const annotation of message?.annotations ?? []) {
      if (annotation.type !== 'url_citation') throw new Error('expected url citations')
      const { start_index: start = 0, end_index: end = 0, url } = annotation.url_citation
      expect(message?.content?.slice(start, end)).toBe(`[openrouter.ai](${url})`)
    }
  })

  it('appends annotations from several deltas in order, file annotations included', async () => {
    const raw = [
      chunk({ content: 'See ', annotations: [citation('https://a.example', 0)] }),
      chunk({ content: 'this.', annotations: [citation('https://b.example', 4), fileAnnotation] }, 'stop'),
      'data: [DONE]\n\n',
    ]
    const completion = await (
      await chatStream(params(), scenario({ raw }, { client: client() }))
    ).finalCompletion()
    expect(completion.choices[0]?.message.annotations).toEqual([
      citation('https://a.example', 0),
      citation('https://b.example', 4),
      fileAnnotation,
    ])
  })

  it('keeps delta fields it does not know: arrays appended, the last scalar or object wins', async () => {
    const raw = [
      chunk({ content: 'a', citations: ['https://a.example'], mood: 'calm', meta: { step: 1 } }),
      chunk({ content: 'b', citations: ['https://b.example'], mood: 'sure', meta: { step: 2 } }),
      chunk({ content: 'c', mood: null }, 'stop'),
      'data: [DONE]\n\n',
    ]
    const completion = await (
      await chatStream(params(), scenario({ raw }, { client: client() }))
    ).finalCompletion()
    expect(completion.choices[0]?.message).toEqual({
      role: 'assistant',
      content: 'abc',
      citations: ['https://a.example', 'https://b.example'],
      mood: 'sure',
      meta: { step: 2 },
    })
  })
})
