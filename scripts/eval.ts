/**
 * `npm run eval`: scores `extract` on the PFSA-ID dev corpus
 * (../shared/corpus/pfsa-id-dev.jsonl) exactly as ../shared/corpus/README.md
 * defines it, and checks the facts of every editor's reading
 * (../shared/seed/*.expected.json and corpus/*.expected.json).
 *
 *   npm run eval                      table + seed facts
 *   npm run eval -- --errors          plus per-article errors and failed facts
 *   npm run eval -- --errors --show speaker,cue   only those kinds of error
 *   npm run eval -- --id pfsa-dev-0007 --errors
 *   npm run eval -- --limit 50
 *   npm run eval -- --only outlets    each outlet with gold on its own line, direct and indirect
 *   npm run eval -- --json            machine output
 *   npm run eval -- --only facts      facts only (or --only corpus)
 *   npm run eval -- --corpus FILE     another corpus in the same JSONL format (held-out articles)
 *   npm run eval -- --detik --group indirect --errors   our Detik gold as the corpus, one statement group
 *   npm run -s eval -- --json > before.json; (change the engine); npm run eval -- --compare before.json
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {extract} from '../src/pipeline.ts'
import type {Graph} from '../src/contract/graph.ts'
import {emptyGraph} from '../src/graph/empty.ts'
import {checkGraphIntegrity} from '../src/graph/schema.ts'
import {compareRuns, type EvalSummary} from './eval/compare.ts'
import {loadCorpus} from './eval/corpus.ts'
import {scoreReading, type ExpectedReading, type FactResult} from './eval/facts.ts'
import {corpusFile, detikFile, detikGoldFile, ownCorpusDir, repoRoot, seedDir} from './eval/paths.ts'
import {loadOutletGold, readingAsArticle, readReading} from './eval/outlets.ts'
import {addCounts, emptyCounts, metrics, scoreArticle, type ArticleScore, type StatementGroup} from './eval/quote-score.ts'
import {checkStakeholders, emptyCheck, type StakeholderCheck} from './eval/stakeholders.ts'
import {articleErrors, corpusTable, errorSummary, factLine, outletTable, stakeholderLine, type OutletRow, type RunInfo} from './eval/report.ts'
import type {Article} from './eval/corpus.ts'
import {heldOutSetOf, heldOutSets} from './eval/held-out.ts'

const errorTypes = ['missed', 'spurious', 'inexact', 'speaker', 'cue'] as const
const usage =
  'usage: npm run eval -- [--errors] [--show ' + errorTypes.join(',') + '] [--json] [--limit N] [--id ID ...] [--only corpus|facts|outlets] [--corpus FILE | --detik] [--group direct|indirect] [--compare BEFORE.json]'

const {values} = parseArgs({
  options: {
    errors: {type: 'boolean', default: false},
    json: {type: 'boolean', default: false},
    limit: {type: 'string'},
    id: {type: 'string', multiple: true},
    only: {type: 'string'},
    show: {type: 'string'},
    corpus: {type: 'string'},
    detik: {type: 'boolean', default: false},
    group: {type: 'string', default: 'direct'},
    compare: {type: 'string'},
    help: {type: 'boolean', short: 'h', default: false}
  }
})

if (values.help) {
  console.log(usage)
  process.exit(0)
}
const limit = values.limit === undefined ? Infinity : Number(values.limit)
const group = values.group as StatementGroup
const shown = new Set<string>(values.show ? values.show.split(',') : errorTypes)
if (
  !(limit > 0) ||
  (values.only && !['corpus', 'facts', 'outlets'].includes(values.only)) ||
  !['direct', 'indirect'].includes(group) ||
  [...shown].some((type) => !(errorTypes as readonly string[]).includes(type))
) {
  console.error(usage)
  process.exit(2)
}

if (values.corpus && !existsSync(values.corpus)) {
  console.error(`eval: no corpus at ${values.corpus}`)
  process.exit(2)
}
let before: EvalSummary | undefined
if (values.compare) {
  try {
    before = JSON.parse(readFileSync(values.compare, 'utf8')) as EvalSummary
  } catch (error) {
    console.error(`eval: cannot read ${values.compare} (save one with npm run -s eval -- --json > FILE): ${error instanceof Error ? error.message : String(error)}`)
    process.exit(2)
  }
}

// `npm run eval -- --errors | head` closes the pipe early: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

const started = performance.now()

/** Edges without a span that proves them: allowed by the contract, not by the project's aim. */
function unprovenEdges(graph: Graph): string[] {
  return graph.edges.flatMap((edge, index) =>
    edge.evidence.length === 0 ? [`/edges/${index} ${edge.type} ${edge.from} → ${edge.to} has no evidence`] : []
  )
}

interface Run {
  graph: Graph | null
  /** Schema and integrity problems, or the error extract threw. */
  problems: string[]
  warnings: string[]
  seconds: number
}

/** Run extract; a throw is a result of its own, never the end of the eval. */
function run(text: string): Run {
  const begin = performance.now()
  try {
    const graph = extract(text)
    const seconds = (performance.now() - begin) / 1000
    const problems = checkGraphIntegrity(graph, text)
    const schemaValid = !problems.some((problem) => problem.startsWith('schema: '))
    return {graph, problems, warnings: schemaValid ? unprovenEdges(graph) : [], seconds}
  } catch (error) {
    const message = `extract threw: ${error instanceof Error ? error.message : String(error)}`
    return {graph: null, problems: [message], warnings: [], seconds: (performance.now() - begin) / 1000}
  }
}


/**
 * Score with the engine's graph; a graph too broken to read (it failed the
 * schema, and the problems say so) scores as an empty one instead.
 */
function scoreSafely<T>(score: (graph: Graph) => T, graph: Graph | null, problems: string[]): T {
  if (graph) {
    try {
      return score(graph)
    } catch (error) {
      problems.push(`scored as empty, the graph could not be read: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return score(emptyGraph())
}

interface CorpusOutcome {
  info: RunInfo
  counts: ReturnType<typeof emptyCounts>
  articles: Array<{score: ArticleScore; problems: string[]; warnings: string[]}>
}

function scoreCorpus(): CorpusOutcome | string {
  const file = values.detik ? detikGoldFile : values.corpus ? path.resolve(values.corpus) : corpusFile
  if (!existsSync(file)) {
    return `eval: ${path.relative(repoRoot, file)} not found (the shared corpus is not next to this clone); corpus scoring skipped.`
  }
  if (values.detik && !existsSync(detikFile)) return `eval: ${path.relative(repoRoot, detikFile)} not found; the Detik gold cannot be scored.`
  let articles = values.detik ? loadOutletGold(detikGoldFile, detikFile) : loadCorpus(file)
  if (values.id?.length) {
    const wanted = new Set(values.id)
    articles = articles.filter((article) => wanted.has(article.id))
    if (articles.length === 0) return `eval: no article with id ${values.id.join(', ')} in the corpus.`
  }
  articles = articles.slice(0, limit)

  const counts = emptyCounts()
  const outcomes: CorpusOutcome['articles'] = []
  let extractSeconds = 0
  let characters = 0
  let crashed = 0
  let invalid = 0
  let unproven = 0
  for (const article of articles) {
    const {graph, problems, warnings, seconds} = run(article.text)
    unproven += warnings.length
    extractSeconds += seconds
    characters += article.text.length
    if (!graph) crashed++
    else if (problems.length > 0) invalid++
    const score = scoreSafely((readable) => scoreArticle(article, readable, group), graph, problems)
    addCounts(counts, score.counts)
    outcomes.push({score, problems, warnings})
  }
  const info: RunInfo = {
    corpus: path.basename(file),
    articles: articles.length,
    characters,
    extractSeconds,
    totalSeconds: (performance.now() - started) / 1000,
    crashed,
    invalid,
    unprovenEdges: unproven
  }
  return {info, counts, articles: outcomes}
}

interface FactsOutcome {
  file: string
  results: FactResult[]
  problems: string[]
}

/** Every `NAME.expected.json` with its `NAME.txt`, in the seed folder and the project's corpus/. */
function readingFiles(): Array<{file: string; reading: string; text: string}> {
  const found: Array<{file: string; reading: string; text: string}> = []
  for (const dir of [seedDir, ownCorpusDir]) {
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.expected.json')) continue
      const reading = path.join(dir, name)
      found.push({file: path.relative(repoRoot, reading), reading, text: reading.replace(/\.expected\.json$/, '.txt')})
    }
  }
  return found
}

function scoreFacts(): FactsOutcome[] {
  return readingFiles().map(({file, reading, text}) => {
    if (!existsSync(text)) return {file, results: [], problems: [`no ${path.basename(text)} next to it`]}
    let expected: ExpectedReading
    try {
      expected = JSON.parse(readFileSync(reading, 'utf8')) as ExpectedReading
    } catch (error) {
      return {file, results: [], problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`]}
    }
    const input = readFileSync(text, 'utf8')
    const {graph, problems, warnings} = run(input)
    const results = scoreSafely((readable) => scoreReading(expected, input, readable), graph, problems)
    return {file, results, problems: [...problems, ...warnings]}
  })
}

/** Score articles per statement group: quoted (direct, mixed) and reported (indirect). */
function scoreOutlet(name: string, articles: Article[]): OutletRow {
  const groups = {direct: emptyCounts(), indirect: emptyCounts()}
  for (const article of articles) {
    const {graph, problems} = run(article.text)
    for (const group of ['direct', 'indirect'] as StatementGroup[]) {
      addCounts(groups[group], scoreSafely((readable) => scoreArticle(article, readable, group), graph, problems).counts)
    }
  }
  return {name, articles: articles.length, direct: groups.direct, indirect: groups.indirect}
}

/** Every outlet with gold on its own line: PFSA-ID (Kompas), our Detik gold, the editors' readings of corpus/ and the seed. */
function scoreOutlets(): {rows: OutletRow[]; skipped: string[]; stakeholders: StakeholderCheck | null} {
  const rows: OutletRow[] = []
  const skipped: string[] = []
  if (existsSync(corpusFile)) rows.push(scoreOutlet('PFSA-ID dev (Kompas)', loadCorpus(corpusFile)))
  else skipped.push(`${path.relative(repoRoot, corpusFile)} absent: PFSA-ID not scored`)
  let stakeholders: StakeholderCheck | null = null
  if (existsSync(detikFile)) {
    if (existsSync(detikGoldFile)) rows.push(scoreOutlet('Detik, our blind gold', loadOutletGold(detikGoldFile, detikFile)))
    else skipped.push(`${path.relative(repoRoot, detikGoldFile)} absent: Detik not scored`)
    stakeholders = emptyCheck()
    for (const line of readFileSync(detikFile, 'utf8').split('\n')) {
      if (line.trim() === '') continue
      const record = JSON.parse(line) as {text: string; stakeholders?: Record<string, string[]>}
      const {graph} = run(record.text)
      if (graph && record.stakeholders) checkStakeholders(graph, record.stakeholders, stakeholders)
    }
  } else skipped.push(`${path.relative(repoRoot, detikFile)} absent: Detik not scored`)
  // The held-out sets of corpus/ each on their own line; the rest are the readings developed on.
  const sets = heldOutSets()
  const groups = new Map<string, Article[]>()
  for (const {file, reading, text} of readingFiles()) {
    const expected = existsSync(text) ? readReading(reading) : null
    if (!expected) continue
    const set = heldOutSetOf(path.basename(reading, '.expected.json'), sets)
    const group = set === undefined ? 'our corpus/ and the seed, dev (readings)' : `${set.name}, ${set.blind ? 'blind' : 'no longer blind'} (readings)`
    if (!groups.has(group)) groups.set(group, [])
    groups.get(group)!.push(readingAsArticle(file, readFileSync(text, 'utf8'), expected))
  }
  for (const [group, readings] of groups) rows.push(scoreOutlet(group, readings))
  return {rows, skipped, stakeholders}
}

const corpus = values.only === 'facts' || values.only === 'outlets' ? undefined : scoreCorpus()
const outlets = values.only === 'outlets' || (!values.only && !values.id?.length && !values.corpus) ? scoreOutlets() : undefined
const facts = values.only === 'corpus' || values.only === 'outlets' || values.id?.length ? [] : scoreFacts()

const summary = {
  corpus:
    corpus === undefined || typeof corpus === 'string'
      ? {skipped: corpus ?? 'not asked'}
      : {
          ...corpus.info,
          counts: corpus.counts,
          metrics: metrics(corpus.counts),
          perArticle: corpus.articles.map(({score}) => ({
            id: score.id,
            matched: score.counts.matched,
            exact: score.counts.exact,
            attributed: score.counts.attributed
          })),
          ...(values.errors ? {articles: corpus.articles.map(({score, problems, warnings}) => ({...score, problems, warnings}))} : {})
        },
  outlets: outlets
    ? {
        rows: outlets.rows.map((row) => ({...row, directMetrics: metrics(row.direct), indirectMetrics: metrics(row.indirect)})),
        skipped: outlets.skipped,
        stakeholders: outlets.stakeholders
      }
    : undefined,
  facts: facts.map(({file, results, problems}) => ({
    file,
    ok: results.filter((result) => result.ok).length,
    total: results.length,
    problems,
    ...(values.errors ? {failed: results.filter((result) => !result.ok)} : {})
  }))
}

if (values.json) {
  const output = summary
  console.log(JSON.stringify(output, null, 2))
} else {
  if (typeof corpus === 'string') console.log(corpus)
  else if (corpus) {
    if (values.errors) {
      for (const {score, problems, warnings} of corpus.articles) {
        const notes = [...problems, ...warnings]
        const errors = score.errors.filter((error) => shown.has(error.type))
        if (errors.length > 0 || notes.length > 0) console.log(articleErrors({...score, errors}, notes) + '\n')
      }
      console.log(errorSummary(corpus.articles.map(({score}) => score)) + '\n')
    }
    console.log(corpusTable(corpus.counts, corpus.info))
  }
  if (outlets) {
    console.log('\n' + outletTable(outlets.rows))
    for (const line of outlets.skipped) console.log(`  ${line}`)
    if (outlets.stakeholders) console.log(stakeholderLine(outlets.stakeholders))
  }
  if (facts.length > 0) {
    console.log('\nfacts of the editors\' readings')
    for (const {file, results, problems} of facts) {
      console.log(factLine(file, results, values.errors))
      for (const problem of problems) console.log(`  ! ${problem}`)
    }
    const all = facts.flatMap(({results}) => results)
    console.log(`${'all readings'.padEnd(48)} facts: ${all.filter((result) => result.ok).length}/${all.length}`)
  }
  if (before) console.log(`\nchange against ${values.compare}\n` + (compareRuns(before, summary).join('\n') || 'nothing to compare'))
  console.log(`\neval took ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
