import diagnosticsChannel from 'node:diagnostics_channel'
import { inspect } from 'node:util'
import { REQUEST_CHANNEL } from '@orsdk/transport'

/** Every text an app could print or ship somewhere: what the sweep searches for keys. */
export interface Sinks {
  texts: { where: string; text: string }[]
  /** Records all the printable forms of an error. */
  error(where: string, error: unknown): void
  /** Records a log line. */
  log(where: string, entry: unknown): void
  /** Stops listening to telemetry. */
  close(): void
}

/** Collects errors, log lines, and every `orsdk:request` telemetry payload from now on. */
export function createSinks(): Sinks {
  const texts: { where: string; text: string }[] = []
  const channel = diagnosticsChannel.tracingChannel(REQUEST_CHANNEL)
  const record = (phase: string) => (context: unknown) =>
    texts.push({
      where: `telemetry ${phase}`,
      text: `${JSON.stringify(context)}\n${inspect(context, { depth: 10, showHidden: true })}`,
    })
  const subscribers = {
    start: record('start'),
    end: record('end'),
    asyncStart: record('asyncStart'),
    asyncEnd: record('asyncEnd'),
    error: record('error'),
  }
  channel.subscribe(subscribers)
  return {
    texts,
    error(where, error) {
      const message = (error as { message?: unknown } | null)?.message
      let json: string
      try {
        json = JSON.stringify(error)
      } catch (failure) {
        json = `JSON.stringify threw ${String(failure)}`
      }
      texts.push({ where: `${where}: message`, text: String(message) })
      texts.push({ where: `${where}: JSON.stringify`, text: json })
      texts.push({ where: `${where}: inspect`, text: inspect(error, { depth: 10, showHidden: true }) })
      texts.push({ where: `${where}: String`, text: String(error) })
    },
    log(where, entry) {
      texts.push({
        where: `log ${where}`,
        text: `${JSON.stringify(entry)}\n${inspect(entry, { depth: 10 })}`,
      })
    },
    close() {
      channel.unsubscribe(subscribers)
    },
  }
}

/** The places a needle shows up, with a little context. */
export function findLeaks(texts: { where: string; text: string }[], needles: string[]): string[] {
  const leaks: string[] = []
  for (const { where, text } of texts) {
    for (const needle of needles) {
      const at = text.indexOf(needle)
      if (at >= 0) leaks.push(`${where}: …${text.slice(Math.max(0, at - 80), at + 20).replace(/\s+/g, ' ')}…`)
    }
  }
  return leaks
}
