/**
 * Tests that need data outside the repository (../shared, which a fresh clone
 * has not got) or the build (dist/): `needs(path)` is ava's `test` when every
 * path exists and `test.skip` otherwise, so a missing file shows as a skipped
 * test in the summary — never as a pass — with one line saying what is missing.
 *
 *   const seedTest = needs(seedPath)
 *   seedTest('the seed article …', (t) => { … })
 */
import test from 'ava'
import {existsSync} from 'node:fs'

const warned = new Set<string>()

export function needs(...paths: string[]): typeof test.skip {
  const missing = paths.filter((file) => !existsSync(file))
  if (missing.length === 0) return test
  for (const file of missing) {
    if (warned.has(file)) continue
    warned.add(file)
    console.warn(`skipped: ${file} is absent (a fresh clone has no ../shared; dist/ comes from \`npm run build\`)`)
  }
  return test.skip
}
