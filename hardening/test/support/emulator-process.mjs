// Runs the emulator in a child process (forked by emulator-process.ts), so a load test's
// client and server do not share one file-descriptor limit or one heap. Talks over IPC:
// it sends {type:'ready', url, baseURL}; it answers {type:'connections'} with the open count.
import { startMockServer } from '@orsdk/mock-server'

const server = await startMockServer()
process.on('message', (message) => {
  if (message?.type === 'connections')
    process.send?.({ type: 'connections', count: server.openConnections() })
  if (message?.type === 'requests') process.send?.({ type: 'requests', count: server.requests.length })
  if (message?.type === 'reset') {
    server.reset()
    process.send?.({ type: 'reset' })
  }
  if (message?.type === 'close') void server.close().then(() => process.exit(0))
})
process.on('disconnect', () => void server.close().then(() => process.exit(0)))
process.send?.({ type: 'ready', url: server.url, baseURL: server.baseURL })
