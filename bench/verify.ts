/**
 * Verification at scale: 10,000 synthetic source documents (≈ 30 MB) made
 * from the words of the project's own corpus, each with a few quoted
 * statements; a draft quoting some of them (as they are, altered, credited to
 * someone else) and saying things no source holds. Reports the index build
 * time, one draft's verification time, how many source graphs verification
 * extracted (lazily), and both as ratios to a plain `text.split` over the
 * same bytes in the same run.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {BenchRow} from '../scripts/bench.ts'
import {buildSourceIndex} from '../src/verify/source-index.ts'
import {verify} from '../src/verify/verify.ts'
import {words} from '../src/text/words.ts'
import {extract} from '../src/pipeline.ts'
import {repo} from './_measure.ts'

const documentCount = 10_000
const targetBytes = 30_000_000

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function vocabulary(next: () => number): string[] {
  const own = new Set<string>()
  for (const file of readdirSync(path.join(repo, 'corpus'))) {
    if (!file.endsWith('.txt')) continue
    for (const word of words(readFileSync(path.join(repo, 'corpus', file), 'utf8'))) own.add(word.norm)
  }
  // Pad with made-up words of Indonesian syllables so the vocabulary is realistic in size.
  const syllables = ['ba', 'ka', 'ta', 'ma', 'na', 'ra', 'sa', 'la', 'pa', 'ga', 'ke', 'me', 'ne', 'se', 'ti', 'ri', 'ni', 'ku', 'lu', 'ngan', 'kan', 'an', 'in', 'ar', 'dung', 'pat', 'rus']
  while (own.size < 40_000) {
    let word = ''
    const length = 2 + Math.floor(next() * 3)
    for (let index = 0; index < length; index++) word += syllables[Math.floor(next() * syllables.length)]
    own.add(word)
  }
  return [...own]
}

interface Made {
  sources: {id: string; text: string}[]
  quotes: {text: string; speaker: string}[]
}

function makeSources(next: () => number): Made {
  const vocab = vocabulary(next)
  // Zipf-like: low ranks far more often.
  const word = (): string => vocab[Math.floor(vocab.length * Math.pow(next(), 3))]
  const sentence = (length: number): string => {
    const parts: string[] = []
    for (let index = 0; index < length; index++) parts.push(word())
    const text = parts.join(' ')
    return text[0].toUpperCase() + text.slice(1)
  }
  const names = ['Budi Santoso', 'Sri Wahyuni', 'Agus Salim', 'Dewi Lestari', 'Joko Susilo', 'Rina Marlina', 'Hendra Gunawan', 'Maria Ulfa']
  const perDocument = Math.round(targetBytes / documentCount)
  const sources: Made['sources'] = []
  const quotes: Made['quotes'] = []
  for (let index = 0; index < documentCount; index++) {
    const parts: string[] = []
    let length = 0
    while (length < perDocument) {
      let part: string
      if (next() < 0.2) {
        const speaker = names[Math.floor(next() * names.length)]
        const quote = sentence(10 + Math.floor(next() * 15))
        part = `"${quote}," kata ${speaker}.`
        if (quotes.length < 1000 && next() < 0.05) quotes.push({text: quote, speaker})
      } else part = sentence(8 + Math.floor(next() * 20)) + '.'
      parts.push(part)
      length += part.length + 1
    }
    sources.push({id: `synthetic-${index + 1}.txt`, text: parts.join(' ')})
  }
  return {sources, quotes}
}

function makeDraft(made: Made, next: () => number): string {
  const parts: string[] = []
  for (let index = 0; index < 12; index++) {
    const quote = made.quotes[Math.floor(next() * made.quotes.length)]
    let text = quote.text
    let speaker = quote.speaker
    if (index % 4 === 1) {
      const split = text.split(' ')
      split[3] = 'sangatlah'
      text = split.join(' ')
    } else if (index % 4 === 2) speaker = speaker === 'Maria Ulfa' ? 'Budi Santoso' : 'Maria Ulfa'
    parts.push(`Paragraf pengantar yang tidak dikutip dari siapa pun. "${text}," kata ${speaker}.`)
  }
  parts.push('"Pernyataan ini tidak pernah diucapkan oleh siapa pun di mana pun," kata Agus Salim.')
  return parts.join('\n\n')
}

function seconds(milliseconds: number): string {
  return (milliseconds / 1000).toFixed(2) + ' s'
}

export default async function verifyBench(): Promise<BenchRow[]> {
  const next = random(20261125)
  const made = makeSources(next)
  const bytes = made.sources.reduce((sum, source) => sum + Buffer.byteLength(source.text), 0)

  let started = performance.now()
  let pieces = 0
  for (const source of made.sources) pieces += source.text.split(/\s+/).length
  const baseline = performance.now() - started

  started = performance.now()
  const index = buildSourceIndex(made.sources)
  const build = performance.now() - started

  const draft = makeDraft(made, next)
  verify(draft, index) // warm-up: the first call compiles the engine's code paths
  const extractedBefore = index.graphsExtracted
  started = performance.now()
  const graph = verify(draft, index)
  const check = performance.now() - started

  // What eager extraction of every source graph would cost (measured on a sample, scaled up).
  const sample = made.sources.slice(0, 100)
  started = performance.now()
  for (const source of sample) extract(source.text)
  const eager = ((performance.now() - started) / sample.length) * made.sources.length
  const heap = process.memoryUsage().heapUsed

  const counts = Object.entries(graph.verification.counts)
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${count} ${verdict}`)
    .join(', ')
  return [
    {name: 'sources', value: `${made.sources.length} docs`},
    {name: 'source bytes', value: (bytes / 1e6).toFixed(1) + ' MB'},
    {name: 'words indexed', value: String(index.wordCount)},
    {name: 'baseline: text.split over the same bytes', value: seconds(baseline) + ` (${pieces} pieces)`},
    {name: 'index build', value: seconds(build), target: 'seconds'},
    {name: 'index build / baseline', value: (build / baseline).toFixed(1) + '×'},
    {name: `one draft (${graph.quotes.length} quotes found) verified`, value: seconds(check), target: '< 1 s'},
    {name: 'one draft verified / baseline', value: (check / baseline).toFixed(2) + '×'},
    {name: 'source graphs extracted (lazily, first run)', value: `${extractedBefore} of ${made.sources.length}`},
    {name: 'eager alternative: extract every source (est. from 100)', value: seconds(eager)},
    {name: 'heap used after index + verification', value: (heap / 1e6).toFixed(0) + ' MB'},
    {name: 'verdicts', value: counts || 'none (extract found no quotes)'}
  ]
}
