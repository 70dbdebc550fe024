/**
 * `npm run perturb [-- --limit N --seed S --json]`: the perturbation
 * benchmark for verification, on ../shared/corpus/pfsa-id-dev.jsonl (skipped,
 * with a message, when the corpus is absent).
 *
 * Each article is the source; a draft copy gets some quotes altered (one word
 * substituted, or one dropped), some speakers swapped for another speaker of
 * the same article, the rest untouched. `verify(draft, [article])` runs with
 * the real engine (`extract`) on both sides. Reported per perturbation: how
 * many, how many extract found, how many were flagged (caught), how many got
 * exactly the expected verdict; for untouched quotes, the false alarms.
 * Targets: ≥ 98% of altered and swapped quotes caught, ≤ 1% of untouched flagged.
 */
import {SourceIndex} from '../src/verify/source-index.ts'
import {verify} from '../src/verify/verify.ts'
import type {Verdict} from '../src/contract/graph.ts'
import {corpusPath, readCorpus} from './perturb/corpus.ts'
import {perturbArticle, type Case, type Perturbation} from './perturb/perturb-article.ts'
import {seededRandom} from './perturb/random.ts'
import {emptyTally, expectedVerdict, flagged, verdictOf, type Tally} from './perturb/score.ts'

export interface PerturbResult {
  articles: number
  tallies: Record<Perturbation, Tally>
  /** Quotes extract found in the drafts outside the gold quotes (e.g. unannotated ones), and how many were flagged. */
  others: {quotes: number; flagged: number}
  misses: Array<{article: string; perturbation: Perturbation; verdict: Verdict | null; change: string; quote: string}>
  seconds: number
}

export function runPerturbation(options: {limit?: number; seed?: number} = {}): PerturbResult | null {
  const articles = readCorpus()
  if (articles === null) return null
  const next = seededRandom(options.seed ?? 4)
  const chosen = articles.filter((article) => article.quotes.length > 0).slice(0, options.limit ?? Infinity)
  const tallies = {substituted: emptyTally(), dropped: emptyTally(), swapped: emptyTally(), untouched: emptyTally(), carried: emptyTally()}
  const others = {quotes: 0, flagged: 0}
  const misses: PerturbResult['misses'] = []
  const started = performance.now()
  const balance = {substituted: 0, dropped: 0, swapped: 0, untouched: 0, carried: 0}
  for (const article of chosen) {
    const {draft, cases} = perturbArticle(article, next, balance)
    const graph = verify(draft, new SourceIndex([{id: article.id, text: article.text}]))
    const claimed = new Set<string>()
    for (const item of cases) {
      const tally = tallies[item.perturbation]
      tally.cases++
      const verdict = verdictOf(graph, item)
      if (verdict !== null) {
        tally.found++
        tally.verdicts[verdict]++
      }
      const caught = verdict !== null && flagged.has(verdict)
      if (item.perturbation !== 'carried' && verdict !== null && (item.perturbation === 'untouched' ? caught : verdict !== expectedVerdict[item.perturbation])) {
        misses.push({article: article.id, perturbation: item.perturbation, verdict, change: item.change, quote: draft.slice(item.draftSpan.start, item.draftSpan.end).slice(0, 120)})
      }
      for (const quote of graph.quotes) {
        if (quote.content.start < item.draftSpan.end && item.draftSpan.start < quote.content.end) claimed.add(quote.id)
      }
    }
    for (const quote of graph.quotes) {
      if (claimed.has(quote.id)) continue
      others.quotes++
      if (flagged.has(quote.verification!.verdict)) others.flagged++
    }
  }
  return {articles: chosen.length, tallies, others, misses, seconds: (performance.now() - started) / 1000}
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : ((100 * part) / whole).toFixed(1) + '%'
}

/** Rows: per perturbation, caught (any flag) and exact verdict, over the quotes extract found. */
export function describe(result: PerturbResult): string[] {
  const lines = [`${result.articles} articles, ${result.seconds.toFixed(1)} s`]
  for (const [perturbation, tally] of Object.entries(result.tallies) as Array<[Perturbation, Tally]>) {
    const flags = tally.verdicts.altered + tally.verdicts.misattributed + tally.verdicts.unsupported
    const verdicts = Object.entries(tally.verdicts).filter(([, n]) => n > 0).map(([verdict, n]) => `${verdict} ${n}`).join(', ')
    const head = `${perturbation.padEnd(12)} n=${tally.cases}, extract found ${tally.found} (${percent(tally.found, tally.cases)})`
    lines.push(
      perturbation === 'untouched'
        ? `${head}; false alarms ${flags} (${percent(flags, tally.found)}) [${verdicts}]`
        : `${head}; caught ${flags} (${percent(flags, tally.found)}), verdict ${expectedVerdict[perturbation]} ${tally.verdicts[expectedVerdict[perturbation]]} (${percent(tally.verdicts[expectedVerdict[perturbation]], tally.found)}) [${verdicts}]`
    )
  }
  lines.push(`other quotes extract found (not in gold): ${result.others.quotes}, flagged ${result.others.flagged} (${percent(result.others.flagged, result.others.quotes)})`)
  return lines
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('scripts/perturb.ts')) {
  const argv = process.argv.slice(2)
  const value = (name: string): number | undefined => {
    const at = argv.indexOf(name)
    return at === -1 ? undefined : Number(argv[at + 1])
  }
  const result = runPerturbation({limit: value('--limit'), seed: value('--seed')})
  if (result === null) {
    console.log(`perturbation benchmark skipped: ${corpusPath} is absent (a fresh clone has no ../shared)`)
  } else if (argv.includes('--json')) {
    console.log(JSON.stringify(result, null, 2))
  } else {
    for (const line of describe(result)) console.log(line)
    const shown = argv.includes('--misses') ? result.misses : result.misses.slice(0, 15)
    if (shown.length > 0) console.log('\nmisses' + (shown.length < result.misses.length ? ` (first ${shown.length} of ${result.misses.length}; --misses for all)` : '') + ':')
    for (const miss of shown) console.log(`  ${miss.article} ${miss.perturbation} → ${miss.verdict}  (${miss.change})  ${miss.quote}`)
  }
}

export type {Case}
