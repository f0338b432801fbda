// The page: wires the controls to the conversation. Bundled by the server at start (esbuild).
import type { ChatMessage } from '@orsdk/chat'
import type { ModelChoice } from '../src/models-route'
import { answer } from './answer'
import { describeError, describeKind } from './describe-error'
import { MessageView } from './message-view'
import { type Recording, startRecording } from './recorder'
import { fetchMe, fetchModels, fetchSpeech, fetchTranscript, type Me } from './server-api'

const DEFAULT_MODEL = 'openai/gpt-4o-mini'

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id)
  if (found === null) throw new Error(`the page has no #${id}`)
  return found as T
}

const ui = {
  mode: byId<HTMLSpanElement>('mode'),
  account: byId<HTMLDivElement>('account'),
  model: byId<HTMLSelectElement>('model'),
  price: byId<HTMLSpanElement>('price'),
  reasoning: byId<HTMLInputElement>('reasoning'),
  tools: byId<HTMLInputElement>('tools'),
  messages: byId<HTMLOListElement>('messages'),
  error: byId<HTMLParagraphElement>('error'),
  composer: byId<HTMLFormElement>('composer'),
  input: byId<HTMLTextAreaElement>('input'),
  mic: byId<HTMLButtonElement>('mic'),
  send: byId<HTMLButtonElement>('send'),
  stop: byId<HTMLButtonElement>('stop'),
  audioModels: byId<HTMLElement>('audio-models'),
}

const conversation: ChatMessage[] = []
const models = new Map<string, ModelChoice>()
let running: AbortController | undefined
let recording: Recording | undefined

function showError(text: string | undefined): void {
  ui.error.textContent = text ?? ''
  ui.error.hidden = text === undefined
  if (text !== undefined) ui.error.scrollIntoView({ block: 'nearest' })
}

function money(perMillion: number | null): string {
  if (perMillion === null) return 'varies'
  return perMillion === 0 ? 'free' : `$${perMillion.toFixed(perMillion < 0.1 ? 3 : 2)}`
}

function selectedModel(): ModelChoice | undefined {
  return models.get(ui.model.value)
}

function showModel(): void {
  const model = selectedModel()
  if (model === undefined) return
  ui.price.textContent = `input ${money(model.promptPerMillion)} · output ${money(model.completionPerMillion)} per million tokens`
  ui.reasoning.disabled = !model.reasoning
  ui.tools.disabled = !model.tools
  localStorage.setItem('model', model.id)
}

function fillModels(list: ModelChoice[]): void {
  for (const model of list) {
    models.set(model.id, model)
    const marks = `${model.speaks ? ' · speaks' : ''}${model.hears ? ' · listens' : ''}`
    ui.model.add(new Option(`${model.name}${marks}`, model.id))
  }
  const saved = localStorage.getItem('model')
  ui.model.value = saved !== null && models.has(saved) ? saved : DEFAULT_MODEL
  showModel()
}

function showAccount(me: Me): void {
  ui.mode.textContent = me.mode === 'emulator' ? 'offline: OpenRouter emulator' : 'OpenRouter'
  ui.account.replaceChildren()
  if (me.signedIn) {
    const logout = document.createElement('form')
    logout.method = 'post'
    logout.action = '/logout'
    logout.innerHTML = '<button type="submit">Sign out</button>'
    ui.account.append(`Signed in as ${me.userId ?? 'you'}`, logout)
  } else {
    const login = document.createElement('a')
    login.href = '/login'
    login.className = 'button primary'
    login.id = 'sign-in'
    login.textContent = 'Sign in with OpenRouter'
    if (me.usingServerKey) ui.account.append('Using the server’s key', login)
    else ui.account.append(login)
  }
  const canChat = me.signedIn || me.usingServerKey
  ui.send.disabled = !canChat
  ui.mic.disabled = !canChat
  if (!canChat) ui.input.placeholder = 'Sign in with OpenRouter to chat'
}

function setRunning(controller: AbortController | undefined): void {
  running = controller
  ui.send.disabled = controller !== undefined
  ui.stop.disabled = controller === undefined
}

async function send(): Promise<void> {
  const text = ui.input.value.trim()
  const model = selectedModel()
  if (text === '' || model === undefined || running !== undefined) return
  showError(undefined)
  ui.input.value = ''
  const turnStart = conversation.length
  conversation.push({ role: 'user', content: text })
  new MessageView(ui.messages, 'user', text)
  const view = new MessageView(ui.messages, 'assistant')
  const controller = new AbortController()
  setRunning(controller)
  try {
    const options = {
      model,
      reasoning: ui.reasoning.checked,
      tools: ui.tools.checked,
      signal: controller.signal,
    }
    await answer(conversation, options, view)
    if (view.text !== '') view.addButton('Speak', (button) => void speakAnswer(view, button))
  } catch (error) {
    // The turn did not happen: forget it, and give the text back to edit or resend.
    conversation.length = turnStart
    if (ui.input.value === '') ui.input.value = text
    view.addMeta(controller.signal.aborted ? 'stopped' : 'failed', 'status')
    showError(describeError(error))
  } finally {
    setRunning(undefined)
  }
}

async function speakAnswer(view: MessageView, button: HTMLButtonElement): Promise<void> {
  button.disabled = true
  try {
    view.play(await fetchSpeech(view.text))
  } catch (error) {
    showError(describeError(error))
  } finally {
    button.disabled = false
  }
}

async function toggleRecording(): Promise<void> {
  showError(undefined)
  if (recording === undefined) {
    try {
      recording = await startRecording((bytes) => {
        ui.mic.textContent = `Stop recording (${(bytes / 1024).toFixed(1)} KB)`
        ui.mic.dataset.bytes = String(bytes)
      })
    } catch {
      showError('The microphone is blocked or missing: allow it in the browser’s site settings.')
      return
    }
    ui.mic.classList.add('recording')
    ui.mic.textContent = 'Stop recording'
    return
  }
  const clip = await recording.stop()
  recording = undefined
  ui.mic.classList.remove('recording')
  ui.mic.textContent = 'Transcribing…'
  ui.mic.disabled = true
  try {
    const words = await fetchTranscript(clip)
    ui.input.value = ui.input.value === '' ? words : `${ui.input.value} ${words}`
    ui.input.focus()
  } catch (error) {
    showError(describeError(error))
  } finally {
    ui.mic.textContent = 'Record'
    ui.mic.disabled = false
    delete ui.mic.dataset.bytes
  }
}

async function start(): Promise<void> {
  const signInFailure = new URLSearchParams(location.search).get('signin')
  if (signInFailure !== null) {
    showError(`Sign-in failed. ${describeKind(signInFailure)}`)
    history.replaceState(null, '', '/')
  }
  ui.composer.addEventListener('submit', (event) => {
    event.preventDefault()
    void send()
  })
  ui.input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault()
      void send()
    }
  })
  ui.stop.addEventListener('click', () => running?.abort())
  ui.mic.addEventListener('click', () => void toggleRecording())
  ui.model.addEventListener('change', showModel)
  const [me, catalog] = await Promise.all([fetchMe(), fetchModels()])
  fillModels(catalog.models)
  ui.audioModels.textContent = `Speaks with ${catalog.voice}, listens with ${catalog.listening}. Prices from the @orsdk/catalog snapshot.`
  showAccount(me)
}

start().catch((error: unknown) => showError(describeError(error)))
