// The microphone: MediaRecorder from the first press to the second. Chromium records
// audio/webm (opus); @orsdk/audio's transcribe reads the format from that MIME type.

/** A recording in progress. */
export interface Recording {
  /** Stops recording and releases the microphone; resolves with the clip. */
  stop(): Promise<Blob>
}

/** Starts recording from the default microphone; `onProgress` hears the byte count grow (every quarter second). */
export async function startRecording(onProgress: (bytes: number) => void): Promise<Recording> {
  const media = await navigator.mediaDevices.getUserMedia({ audio: true })
  const recorder = new MediaRecorder(media)
  const parts: Blob[] = []
  let bytes = 0
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size === 0) return
    parts.push(event.data)
    bytes += event.data.size
    onProgress(bytes)
  })
  const stopped = new Promise<Blob>((resolve) => {
    recorder.addEventListener('stop', () => {
      for (const track of media.getTracks()) track.stop()
      resolve(new Blob(parts, { type: recorder.mimeType }))
    })
  })
  recorder.start(250)
  return {
    stop() {
      if (recorder.state !== 'inactive') recorder.stop()
      return stopped
    },
  }
}
