/**
 * Scoring one article of the corpus against the engine's graph, exactly as
 * ../shared/corpus/README.md defines it.
 *
 * Choices the README leaves open, stated here and in the table's footer:
 * - Jaccard is computed over the character offsets of the trimmed spans
 *   (|a ∩ b| / |a ∪ b| of the two offset intervals).
 * - A system quote is "inside" an unannotated stretch when at least half of its
 *   trimmed span lies within the trimmed stretch (so contained quotes and
 *   quotes mostly inside both count); such a quote is ignored only if it did
 *   not match a gold quote.
 * - Gold quotes whose speaker is null are scored in their own group: right
 *   when the system gives no speaker either.
 */
import type {Graph, Quote} from '../../src/contract/graph.ts'
import type {Article, GoldQuote, SpeakerHow} from './corpus.ts'
import {GraphView} from './graph-view.ts'
import {coveredShare, matchOneToOne} from './intervals.ts'
import {sameName} from './names.ts'
import {trimSpan, type Interval} from './trim.ts'

export const JACCARD_THRESHOLD = 0.5

/** Statements are scored in two groups: quoted (direct and mixed) and reported (indirect). */
export type StatementGroup = 'direct' | 'indirect'

export function groupOfKind(kind: string | undefined): StatementGroup {
  return kind === 'indirect' ? 'indirect' : 'direct'
}
export const UNANNOTATED_SHARE = 0.5

export type SpeakerGroup = SpeakerHow | 'none'

export interface Tally {
  total: number
  right: number
}

export interface QuoteCounts {
  gold: number
  /** Direct and mixed system quotes that count (not ignored). */
  system: number
  /** Direct and mixed system quotes ignored inside unannotated stretches. */
  ignored: number
  /** System statements of the other group, not scored in this one. */
  indirect: number
  matched: number
  exact: number
  cue: Tally
  speaker: Record<SpeakerGroup, Tally>
  /** Matched quotes with a strictly right speaker. */
  attributed: number
}

export interface SpanRef {
  start: number
  end: number
  text: string
}

export type QuoteError =
  | {type: 'missed'; gold: SpanRef; speaker: string | null; how: SpeakerGroup}
  | {type: 'spurious'; system: SpanRef; kind: string; rule: string}
  | {type: 'inexact'; gold: SpanRef; system: SpanRef}
  | {type: 'speaker'; gold: SpanRef; how: SpeakerGroup; expected: string | null; actual: string | null; rule: string}
  | {type: 'cue'; gold: SpanRef; expected: SpanRef; actual: SpanRef | null}

export interface ArticleScore {
  id: string
  counts: QuoteCounts
  errors: QuoteError[]
}

export function emptyCounts(): QuoteCounts {
  return {
    gold: 0,
    system: 0,
    ignored: 0,
    indirect: 0,
    matched: 0,
    exact: 0,
    cue: {total: 0, right: 0},
    speaker: {explicit: {total: 0, right: 0}, coref: {total: 0, right: 0}, none: {total: 0, right: 0}},
    attributed: 0
  }
}

function spanRef(text: string, interval: Interval): SpanRef {
  return {start: interval.start, end: interval.end, text: text.slice(interval.start, interval.end)}
}

function groupOf(gold: GoldQuote): SpeakerGroup {
  return gold.speaker === null ? 'none' : (gold.speakerHow ?? 'explicit')
}

/** Strict speaker: same name tokens without ranks and honorifics; a null gold speaker wants no speaker. */
export function speakerIsRight(expected: string | null, actual: string | null): boolean {
  if (expected === null) return actual === null
  return actual !== null && sameName(expected, actual)
}

function sameInterval(a: Interval, b: Interval): boolean {
  return a.start === b.start && a.end === b.end
}

/**
 * Score one group of statements: `direct` compares gold and system quotes of kind direct or mixed,
 * `indirect` those of kind indirect. A gold quote without a kind (PFSA-ID) is direct.
 */
export function scoreArticle(article: Article, graph: Graph, group: StatementGroup = 'direct'): ArticleScore {
  const {text} = article
  const view = new GraphView(graph)
  const counts = emptyCounts()
  const errors: QuoteError[] = []

  const scored: Quote[] = []
  for (const quote of graph.quotes) {
    if (groupOfKind(quote.kind) === group) scored.push(quote)
    else counts.indirect++
  }
  const golds = article.quotes.filter((gold) => groupOfKind(gold.kind) === group)
  const goldSpans = golds.map((gold) => trimSpan(text, gold.content))
  const systemSpans = scored.map((quote) => trimSpan(text, quote.content))
  const unannotated = article.unannotated.map((stretch) => trimSpan(text, stretch))

  const pairs = matchOneToOne(goldSpans, systemSpans, JACCARD_THRESHOLD)
  const matchedGold = new Map(pairs.map((pair) => [pair.gold, pair.system]))
  const matchedSystem = new Set(pairs.map((pair) => pair.system))

  counts.gold = golds.length
  systemSpans.forEach((span, index) => {
    if (matchedSystem.has(index)) {
      counts.system++
      return
    }
    if (unannotated.some((stretch) => coveredShare(span, stretch) >= UNANNOTATED_SHARE)) {
      counts.ignored++
      return
    }
    counts.system++
    const quote = scored[index]!
    errors.push({type: 'spurious', system: spanRef(text, span), kind: quote.kind, rule: quote.rule})
  })

  golds.forEach((gold, goldIndex) => {
    const goldSpan = goldSpans[goldIndex]!
    const group = groupOf(gold)
    const systemIndex = matchedGold.get(goldIndex)
    if (systemIndex === undefined) {
      errors.push({type: 'missed', gold: spanRef(text, goldSpan), speaker: gold.speaker, how: group})
      return
    }
    const quote = scored[systemIndex]!
    const systemSpan = systemSpans[systemIndex]!
    counts.matched++
    if (sameInterval(goldSpan, systemSpan)) counts.exact++
    else errors.push({type: 'inexact', gold: spanRef(text, goldSpan), system: spanRef(text, systemSpan)})

    if (gold.cue) {
      counts.cue.total++
      const expected = trimSpan(text, gold.cue)
      const actual = quote.cue ? trimSpan(text, quote.cue) : null
      if (actual && sameInterval(expected, actual)) counts.cue.right++
      else {
        errors.push({
          type: 'cue',
          gold: spanRef(text, goldSpan),
          expected: spanRef(text, expected),
          actual: actual ? spanRef(text, actual) : null
        })
      }
    }

    const tally = counts.speaker[group]
    tally.total++
    // An anonymous source ("seorang pejabat") identifies nobody: it is what a null gold speaker asks for.
    const actual = view.entity(quote.speaker)?.type === 'anonymous' ? null : view.speakerName(quote)
    if (speakerIsRight(gold.speaker, actual)) {
      tally.right++
      counts.attributed++
    } else {
      errors.push({
        type: 'speaker',
        gold: spanRef(text, goldSpan),
        how: group,
        expected: gold.speaker,
        actual,
        rule: quote.rule
      })
    }
  })

  return {id: article.id, counts, errors}
}

function addTally(into: Tally, from: Tally): void {
  into.total += from.total
  into.right += from.right
}

export function addCounts(into: QuoteCounts, from: QuoteCounts): QuoteCounts {
  into.gold += from.gold
  into.system += from.system
  into.ignored += from.ignored
  into.indirect += from.indirect
  into.matched += from.matched
  into.exact += from.exact
  addTally(into.cue, from.cue)
  for (const group of ['explicit', 'coref', 'none'] as const) addTally(into.speaker[group], from.speaker[group])
  into.attributed += from.attributed
  return into
}

export interface PRF {
  precision: number
  recall: number
  f1: number
}

function prf(truePositives: number, system: number, gold: number): PRF {
  const precision = system > 0 ? truePositives / system : 0
  const recall = gold > 0 ? truePositives / gold : 0
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return {precision, recall, f1}
}

function share(tally: Tally): number | null {
  return tally.total > 0 ? tally.right / tally.total : null
}

export interface Metrics {
  quotes: PRF
  exact: PRF
  attribution: PRF
  /** null when there is nothing to measure. */
  cueAccuracy: number | null
  speakerExplicit: number | null
  speakerCoref: number | null
  speakerNone: number | null
}

export function metrics(counts: QuoteCounts): Metrics {
  return {
    quotes: prf(counts.matched, counts.system, counts.gold),
    exact: prf(counts.exact, counts.system, counts.gold),
    attribution: prf(counts.attributed, counts.system, counts.gold),
    cueAccuracy: share(counts.cue),
    speakerExplicit: share(counts.speaker.explicit),
    speakerCoref: share(counts.speaker.coref),
    speakerNone: share(counts.speaker.none)
  }
}
