/**
 * Lint the dev articles of ../shared/corpus/pfsa-id-dev.jsonl (text field)
 * and print a per-rule count table.
 *
 *   npx tsx scripts/lint-corpus.ts                   # the table
 *   npx tsx scripts/lint-corpus.ts --sample quote-style 10   # plus 10 hits of a rule, in context
 *   npx tsx scripts/lint-corpus.ts --seed 7 ...      # which hits the sample takes (deterministic)
 *
 * Exits 0 with a message when ../shared is absent.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {lint} from '../src/lint/core.ts'
import {ruleIds} from '../src/lint/rules/index.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpusPath = path.join(root, '..', 'shared', 'corpus', 'pfsa-id-dev.jsonl')

if (!existsSync(corpusPath)) {
  console.log(`skipped: ${corpusPath} is absent`)
  process.exit(0)
}

const argv = process.argv.slice(2)
const sampleAt = argv.indexOf('--sample')
const sampleRule = sampleAt >= 0 ? argv[sampleAt + 1] : undefined
const sampleSize = sampleAt >= 0 ? Number(argv[sampleAt + 2] ?? 10) : 0
const seedAt = argv.indexOf('--seed')
let seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : 1

function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}

interface Hit {
  id: string
  reason: string
  context: string
}

const lines = readFileSync(corpusPath, 'utf8').split('\n').filter((line) => line.trim() !== '')
const counts = new Map<string, {hits: number; articles: number}>(ruleIds.map((id) => [id, {hits: 0, articles: 0}]))
const hits: Hit[] = []
let characters = 0
const started = performance.now()

for (const line of lines) {
  const {id, text} = JSON.parse(line) as {id: string; text: string}
  characters += text.length
  const file = await lint(text)
  const seen = new Set<string>()
  for (const message of file.messages) {
    const rule = message.ruleId ?? 'other'
    const count = counts.get(rule) ?? {hits: 0, articles: 0}
    count.hits++
    if (!seen.has(rule)) count.articles++
    seen.add(rule)
    counts.set(rule, count)
    if (rule === sampleRule) {
      const place = message.place && 'start' in message.place ? message.place : undefined
      const start = place?.start.offset ?? 0
      const end = place?.end.offset ?? start
      const context = text.slice(Math.max(0, start - 90), start) + '⟦' + text.slice(start, end) + '⟧' + text.slice(end, end + 90)
      hits.push({id, reason: message.reason, context: context.replace(/\s+/gu, ' ')})
    }
  }
}

const seconds = (performance.now() - started) / 1000
console.log(`${lines.length} articles, ${characters.toLocaleString('en')} characters, ${seconds.toFixed(1)} s\n`)
console.log('| rule | hits | articles |')
console.log('| --- | ---: | ---: |')
for (const [rule, count] of counts) console.log(`| ${rule} | ${count.hits} | ${count.articles} |`)

if (sampleRule) {
  console.log(`\n## ${sampleSize} of ${hits.length} hits of ${sampleRule}\n`)
  const pool = [...hits]
  for (let index = 0; index < sampleSize && pool.length > 0; index++) {
    const [hit] = pool.splice(Math.floor(random() * pool.length), 1)
    console.log(`- ${hit.id}: ${hit.reason}\n  …${hit.context}…\n`)
  }
}
