// One message in the conversation list: text that grows as tokens arrive, the model's reasoning
// and tool calls when there are any, in the order they came, and a footer for the cost and the
// Speak button. An answer that calls tools has several steps; each gets its own blocks.

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag)
  created.className = className
  created.textContent = text
  return created
}

/** The view of one user or assistant message. */
export class MessageView {
  readonly root: HTMLLIElement
  readonly #body: HTMLDivElement
  readonly #meta: HTMLDivElement
  #text: HTMLDivElement | undefined
  #reasoning: HTMLDivElement | undefined
  #allText = ''
  readonly #toolCalls = new Map<string, HTMLDivElement>()

  constructor(list: HTMLElement, role: 'user' | 'assistant', text = '') {
    this.root = element('li', `message ${role}`)
    this.root.append(element('div', 'role', role === 'user' ? 'You' : 'Assistant'))
    this.#body = element('div', 'body')
    this.#meta = element('div', 'meta')
    this.root.append(this.#body, this.#meta)
    list.append(this.root)
    if (text !== '') this.appendText(text)
  }

  /** The answer's text so far, every step's. */
  get text(): string {
    return this.#allText
  }

  appendText(piece: string): void {
    this.#text ??= this.#body.appendChild(element('div', 'text'))
    this.#text.textContent += piece
    this.#allText += piece
    this.root.scrollIntoView({ block: 'end' })
  }

  appendReasoning(piece: string): void {
    this.#reasoning ??= this.#body.appendChild(element('div', 'reasoning'))
    this.#reasoning.textContent += piece
  }

  /** The next step of the answer (after its tool calls ran) starts new blocks below. */
  nextStep(): void {
    if (this.#allText !== '' && this.#text !== undefined) this.#allText += '\n\n'
    this.#text = undefined
    this.#reasoning = undefined
  }

  /** Shows a tool call as it streams in (its arguments arrive in pieces), keyed by `key`. */
  showToolCall(key: string, name: string, argumentsText: string, result?: string): void {
    let card = this.#toolCalls.get(key)
    if (card === undefined) {
      card = this.#body.appendChild(element('div', 'tool'))
      this.#toolCalls.set(key, card)
    }
    card.textContent = `called ${name}(${argumentsText})${result === undefined ? '' : ` → ${result}`}`
  }

  /** A line in the footer: cost, tokens, a note. */
  addMeta(text: string, className = 'cost'): void {
    this.#meta.append(element('span', className, text))
  }

  /** A button in the footer. */
  addButton(label: string, onClick: (button: HTMLButtonElement) => void): HTMLButtonElement {
    const button = element('button', 'speak', label)
    button.type = 'button'
    button.addEventListener('click', () => onClick(button))
    this.#meta.append(button)
    return button
  }

  /** An audio player in the footer, playing `audio` (a WAV blob) at once. */
  play(audio: Blob): HTMLAudioElement {
    const player = element('audio', 'spoken')
    player.controls = true
    player.src = URL.createObjectURL(audio)
    this.#meta.append(player)
    // Autoplay may be refused; the controls stay, so the person can press play.
    player.play().catch(() => undefined)
    return player
  }
}
