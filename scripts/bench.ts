/**
 * `npm run bench`: runs every section in `bench/*.ts` (each exports a default
 * async function returning rows) and prints them. Figures are ratios against a
 * baseline measured in the same process, never absolute wall-clock limits.
 * `npm run bench -- extract lint` runs only the named sections; arguments
 * starting with `--` are options a section reads from process.argv itself
 * (`npm run bench -- scale --full`).
 */
import {readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import path from 'node:path'

export interface BenchRow {
  name: string
  value: string
  target?: string
}

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bench')
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const sections = readdirSync(dir)
  .filter((name) => name.endsWith('.ts') && !name.startsWith('_'))
  .map((name) => name.slice(0, -3))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort()

for (const section of sections) {
  const module_ = (await import(path.join(dir, section + '.ts'))) as {default: () => Promise<BenchRow[]>}
  const started = performance.now()
  const rows = await module_.default()
  console.log(`\n## ${section} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
  for (const row of rows) {
    console.log(`  ${row.name.padEnd(58)} ${row.value.padStart(14)}${row.target ? '   target ' + row.target : ''}`)
  }
}
