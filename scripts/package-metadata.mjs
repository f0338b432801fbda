// Writes what npm shows of every published package, from the root package.json, so no package
// drifts: license, repository (with its folder), homepage, bugs, keywords, and a LICENSE file
// in the package folder (npm packs a package's LICENSE whatever its `files`); and checks that each
// README says orsdk is not affiliated with OpenRouter.
// Usage: node scripts/package-metadata.mjs [--check]   (--check writes nothing, exits 1 on drift)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'

const root = new URL('../', import.meta.url)
const read = (url) => readFileSync(url, 'utf8')
const rootPackage = JSON.parse(read(new URL('package.json', root)))
const license = read(new URL('LICENSE', root))
const check = process.argv.includes('--check')
const repository = rootPackage.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')
const stale = []

for (const folder of readdirSync(new URL('packages/', root))) {
  const dir = new URL(`packages/${folder}/`, root)
  const file = new URL('package.json', dir)
  const text = read(file)
  const pkg = JSON.parse(text)
  const wanted = {
    ...pkg,
    license: 'MIT',
    repository: { type: 'git', url: rootPackage.repository.url, directory: `packages/${folder}` },
    homepage: `${repository}/tree/main/packages/${folder}#readme`,
    bugs: rootPackage.bugs,
    keywords: [...new Set([...rootPackage.keywords, ...(pkg.keywords ?? [])])],
  }
  const json = `${JSON.stringify(wanted, null, 2)}\n`
  if (json !== text) stale.push(`packages/${folder}/package.json`)
  let licenseText = ''
  try {
    licenseText = read(new URL('LICENSE', dir))
  } catch {}
  if (licenseText !== license) stale.push(`packages/${folder}/LICENSE`)
  // Written by hand near the top of each README; checked here so no package forgets it.
  if (!read(new URL('README.md', dir)).includes('orsdk is not affiliated with OpenRouter.'))
    stale.push(`packages/${folder}/README.md (the line "orsdk is not affiliated with OpenRouter.")`)
  if (!check) {
    writeFileSync(file, json)
    writeFileSync(new URL('LICENSE', dir), license)
  }
}
if (check && stale.length > 0) {
  console.error(`stale package metadata (run node scripts/package-metadata.mjs):\n${stale.join('\n')}`)
  process.exit(1)
}
console.log(
  check
    ? 'package metadata is current'
    : `package metadata written${stale.length ? `: ${stale.length} files` : ''}`,
)
