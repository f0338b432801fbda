// `pnpm --filter @orsdk/example-web size`: what the page's script weighs, and orsdk's share.
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { BROWSER_BUILD, bundlePage, measureBundle } from './page-bundle'

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`
const page = await bundlePage()
const size = measureBundle(page)

// orsdk alone: what the page imports from it, bundled the same way.
const orsdkOnly = await build({
  ...BROWSER_BUILD,
  stdin: {
    contents:
      "export { ChatStream } from '@orsdk/chat'\nexport { isOpenRouterError } from '@orsdk/transport'\n",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
})
const orsdkCode = orsdkOnly.outputFiles[0]?.text ?? ''

console.log('| part of page/app.js | minified | gzip -9 |')
console.log('| --- | --- | --- |')
console.log(`| whole script | ${kb(size.minified)} | ${kb(size.gzip)} |`)
for (const [name, bytes] of Object.entries(size.packages)) console.log(`| ${name} | ${kb(bytes)} | |`)
for (const [name, bytes] of Object.entries(size.dependencies)) {
  console.log(`| ${name} (an orsdk dependency) | ${kb(bytes)} | |`)
}
console.log(`| the page's own code | ${kb(size.page)} | |`)
console.log(
  `| orsdk alone (\`ChatStream\` + \`isOpenRouterError\`, bundled the same way) | ${kb(Buffer.byteLength(orsdkCode))} | ${kb(gzipSync(orsdkCode, { level: 9 }).length)} |`,
)
