/**
 * The eval's printed output: the corpus table, the per-article error dump and
 * the per-file fact lines.
 */
import type {FactResult} from './facts.ts'
import {nameTokens} from './names.ts'
import {JACCARD_THRESHOLD, UNANNOTATED_SHARE, metrics, type ArticleScore, type QuoteCounts, type QuoteError, type SpanRef, type Tally} from './quote-score.ts'
import type {StakeholderCheck} from './stakeholders.ts'

/** Targets from issue 2 ("How it is judged"), in percent. */
export const TARGETS = {quoteF1: 99, speakerExplicit: 97, speakerCoref: 93, attributionF1: 96}
/** Targets on the second outlet's gold (issue 15). */
export const OUTLET_TARGETS = {directAttributionF1: 95, indirectF1: 88, indirectAttributionF1: 85}

export interface OutletRow {
  name: string
  articles: number
  direct: QuoteCounts
  indirect: QuoteCounts
}

/** One line per outlet: quoted and reported statements found (F1) and attributed (F1), coref accuracy. */
export function outletTable(rows: readonly OutletRow[]): string {
  const cell = (value: number | null, total: number) => (total === 0 ? '–' : percent(value)).padStart(8)
  const label = (row: OutletRow): string => `${row.name} (${row.articles})`
  const width = Math.max(38, ...rows.map((row) => label(row).length + 1))
  const lines = [
    `${'per outlet (F1, %)'.padEnd(width + 4)}direct/mixed${''.padEnd(17)}indirect`,
    `${''.padEnd(width)}${'n'.padStart(6)}${'found'.padStart(8)}${'attrib'.padStart(8)}${'coref'.padStart(8)}${'n'.padStart(8)}${'found'.padStart(8)}${'attrib'.padStart(8)}`
  ]
  for (const row of rows) {
    const d = metrics(row.direct)
    const i = metrics(row.indirect)
    lines.push(
      `${label(row).padEnd(width)}${String(row.direct.gold).padStart(6)}${cell(d.quotes.f1, row.direct.gold)}${cell(d.attribution.f1, row.direct.gold)}` +
        `${cell(d.speakerCoref, row.direct.speaker.coref.total)}${String(row.indirect.gold).padStart(8)}${cell(i.quotes.f1, row.indirect.gold)}${cell(i.attribution.f1, row.indirect.gold)}`
    )
  }
  lines.push(
    `targets on other outlets: direct attribution ≥ ${OUTLET_TARGETS.directAttributionF1}, indirect found ≥ ${OUTLET_TARGETS.indirectF1}, indirect attribution ≥ ${OUTLET_TARGETS.indirectAttributionF1}` +
      ' (coref: share of matched direct quotes with a carried speaker that are right)'
  )
  return lines.join('\n')
}

export function stakeholderLine(check: StakeholderCheck): string {
  const share = (n: number) => (check.speakers > 0 ? ((n / check.speakers) * 100).toFixed(1) : '–')
  return (
    `Detik, all articles: ${check.speakers} quoted people; name is a stakeholder's name exactly ${check.exact} (${share(check.exact)}%), ` +
    `a boundary miss ${check.boundary} (${share(check.boundary)}%), not among the stakeholders ${check.absent}` +
    (check.examples.length > 0 ? `\n  boundary misses, e.g.: ${check.examples.map((name) => JSON.stringify(name)).join(', ')}` : '')
  )
}

function percent(value: number | null): string {
  return value === null ? '–' : (value * 100).toFixed(1)
}

function fraction(tally: Tally): string {
  return `${tally.right}/${tally.total}`
}

function target(value: number | null, goal: number | undefined): string {
  if (goal === undefined) return ''
  const met = value !== null && value * 100 >= goal
  return `  target ≥ ${goal}${met ? ' ✓' : ''}`
}

export interface RunInfo {
  corpus: string
  articles: number
  characters: number
  extractSeconds: number
  totalSeconds: number
  /** Articles whose extract threw. */
  crashed: number
  /** Articles whose graph failed the schema or the integrity checks. */
  invalid: number
  /** Edges without evidence, over all articles. */
  unprovenEdges: number
}

export function corpusTable(counts: QuoteCounts, info: RunInfo): string {
  const m = metrics(counts)
  const rate = info.extractSeconds > 0.01 ? `${Math.round(info.characters / info.extractSeconds / 1000)}k chars/s` : 'too fast to rate'
  const lines: string[] = []
  lines.push(
    `kutip eval — ${info.corpus}: ${info.articles} articles, ${counts.gold} gold quotes, ` +
      `extract ${info.extractSeconds.toFixed(1)} s (${rate}), total ${info.totalSeconds.toFixed(1)} s`
  )
  lines.push('')
  lines.push(`${''.padEnd(28)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}`)
  const row = (name: string, prf: {precision: number; recall: number; f1: number}, goal?: number) =>
    `${name.padEnd(28)}${percent(prf.precision).padStart(7)}${percent(prf.recall).padStart(7)}${percent(prf.f1).padStart(7)}${target(prf.f1, goal)}`
  lines.push(row(`quotes (Jaccard ≥ ${JACCARD_THRESHOLD})`, m.quotes, TARGETS.quoteF1))
  lines.push(row('quotes, exact span', m.exact))
  lines.push(row('attribution', m.attribution, TARGETS.attributionF1))
  lines.push('')
  const accuracy = (name: string, value: number | null, tally: Tally, goal?: number) =>
    `${name.padEnd(28)}${percent(value).padStart(7)}  (${fraction(tally)})${target(value, goal)}`
  lines.push(accuracy('cue accuracy', m.cueAccuracy, counts.cue))
  lines.push(accuracy('speaker strict, explicit', m.speakerExplicit, counts.speaker.explicit, TARGETS.speakerExplicit))
  lines.push(accuracy('speaker strict, coref', m.speakerCoref, counts.speaker.coref, TARGETS.speakerCoref))
  lines.push(accuracy('speaker, gold unknown', m.speakerNone, counts.speaker.none))
  lines.push('')
  lines.push(
    `system quotes: ${counts.system} scored (direct, mixed), ${counts.ignored} ignored in unannotated stretches, ` +
      `${counts.indirect} indirect not scored; matched ${counts.matched}, exact ${counts.exact}`
  )
  lines.push(
    `graphs: ${info.crashed} extract threw, ${info.invalid} failed the schema or integrity checks, ` +
      `${info.unprovenEdges} edges without evidence`
  )
  lines.push('')
  lines.push(
    'Spans are trimmed of white space, quote marks and edge punctuation (. , ; : ! ? … - – —) at both ends.',
    'Jaccard is over the character offsets of the trimmed spans; matching is one-to-one, best overlap first.',
    `A system quote is ignored when ≥ ${UNANNOTATED_SHARE * 100}% of its trimmed span lies in an unannotated stretch and it matched no gold quote.`,
    'Speakers: canonical name token sets, ranks and honorifics removed (the list in scripts/eval/names.ts). Figures in %.'
  )
  return lines.join('\n')
}

function excerpt(span: SpanRef, max = 90): string {
  const text = span.text.replace(/\s+/g, ' ')
  const shown = text.length > max ? text.slice(0, max / 2 - 1) + ' … ' + text.slice(text.length - max / 2 + 2) : text
  return `[${span.start}–${span.end}] ${JSON.stringify(shown)}`
}

function name(value: string | null): string {
  return value === null ? '(none)' : JSON.stringify(value)
}

function describeError(error: QuoteError): string {
  switch (error.type) {
    case 'missed':
      return `missed    ${excerpt(error.gold)}  speaker ${name(error.speaker)} (${error.how})`
    case 'spurious':
      return `spurious  ${excerpt(error.system)}  ${error.kind}, ${error.rule}`
    case 'inexact':
      return `inexact   gold ${excerpt(error.gold)}\n            system ${excerpt(error.system)}`
    case 'speaker':
      return `speaker   ${excerpt(error.gold, 50)}  gold ${name(error.expected)} (${error.how}) ≠ system ${name(error.actual)} (${error.rule})`
    case 'cue':
      return `cue       ${excerpt(error.gold, 50)}  gold ${excerpt(error.expected)} ≠ system ${error.actual ? excerpt(error.actual) : '(none)'}`
  }
}

export function articleErrors(score: ArticleScore, problems: readonly string[]): string {
  const {counts} = score
  const head = `== ${score.id}: gold ${counts.gold}, system ${counts.system}, matched ${counts.matched}, attributed ${counts.attributed}`
  const lines = [head, ...problems.map((problem) => `  graph     ${problem}`), ...score.errors.map((error) => `  ${describeError(error)}`)]
  return lines.join('\n')
}

export function factLine(file: string, results: readonly FactResult[], withErrors: boolean): string {
  const ok = results.filter((result) => result.ok).length
  const lines = [`${file.padEnd(48)} facts: ${ok}/${results.length}`]
  if (withErrors) {
    for (const result of results) {
      if (!result.ok) lines.push(`  ✗ ${result.id.padEnd(26)} ${result.label}\n      got: ${result.detail ?? ''}`)
    }
  }
  return lines.join('\n')
}

function tallyBy<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, count]) => `${name} ${count}`)
    .join(', ')
}

/** How a wrong speaker name relates to the gold one, by name tokens. */
export function nameMismatch(expected: string | null, actual: string | null): string {
  if (actual === null) return 'no speaker'
  if (expected === null) return 'speaker where gold has none'
  const gold = new Set(nameTokens(expected))
  const system = new Set(nameTokens(actual))
  const inGold = [...system].filter((token) => gold.has(token)).length
  if (inGold === 0) return 'another name'
  if (inGold === system.size) return 'part of the gold name'
  if (inGold === gold.size) return 'gold name plus other words'
  return 'overlapping name'
}

/** Where the errors are: how many of each type, and which engine rules gave the wrong speakers. */
export function errorSummary(scores: readonly ArticleScore[]): string {
  const errors = scores.flatMap((score) => score.errors)
  const speakers = errors.filter((error) => error.type === 'speaker')
  return [
    `errors by type: ${tallyBy(errors, (error) => error.type) || 'none'}`,
    `wrong speakers by rule: ${tallyBy(speakers, (error) => `${error.rule} (${error.how})`) || 'none'}`,
    `wrong speakers by shape: ${tallyBy(speakers, (error) => nameMismatch(error.expected, error.actual)) || 'none'}`
  ].join('\n')
}
