/**
 * Reading around a quote: the sentence before and after it (the engine's
 * sentences), whether a cue attributes it, which graph quote covers it. Shared
 * by the attribution rules. Every stretch is bounded (`reach` characters), so
 * a long paragraph-less text stays linear.
 */
import type {Entity, Graph, Quote, Span} from '../contract/graph.ts'
import {anyCue, cueStartingAt, type CueAtQuote} from './cues.ts'
import {isStatement, type QuotePair, type QuoteScan} from './quote-marks.ts'
import {containsWord} from './words.ts'

const reach = 300

/** Index of the last sentence starting at or before `offset` (-1 when none does). */
function sentenceAt(scan: QuoteScan, offset: number): number {
  return lowerBound(scan.sentences, offset + 1, (sentence) => sentence.start) - 1
}

/** Offset where the sentence holding `offset` starts (between sentences: where the one before ends), at most `reach` back. */
export function sentenceStart(scan: QuoteScan, offset: number): number {
  const index = sentenceAt(scan, offset)
  const sentence = scan.sentences[index]
  const start = sentence === undefined ? 0 : offset < sentence.end ? sentence.start : sentence.end
  return Math.max(start, offset - reach, 0)
}

/**
 * Offset just after the sentence holding `offset` ends (at a sentence's end: that end; between
 * sentences: the next one, unless a line break comes first), at most `reach` ahead.
 */
export function sentenceEndAfter(text: string, scan: QuoteScan, offset: number): number {
  const sentences = scan.sentences
  let index = Math.max(0, sentenceAt(scan, offset))
  while (index < sentences.length && sentences[index]!.end < offset) index++
  const sentence = sentences[index]
  let end = offset
  if (sentence !== undefined) {
    const lineBreak = sentence.start > offset ? text.slice(offset, sentence.start).search(/[\n\r]/u) : -1
    end = lineBreak >= 0 ? offset + lineBreak : sentence.end
  }
  return Math.min(end, offset + reach)
}

const cuesAfter = new WeakMap<QuotePair, CueAtQuote | null>()

/** The cue right after a pair's closing mark (`," kata Jeon`), with the word after it (read once per pair). */
export function cueAfter(text: string, pair: QuotePair): CueAtQuote | undefined {
  let cue = cuesAfter.get(pair)
  if (cue === undefined) {
    cue = cueStartingAt(text, pair.close.offset + 1) ?? null
    cuesAfter.set(pair, cue)
  }
  return cue ?? undefined
}

/** Whether the sentence around a pair has a reporting word outside the quote marks. */
export function hasLocalCue(text: string, scan: QuoteScan, pair: QuotePair): boolean {
  if (cueAfter(text, pair)) return true
  // `"…," Juru bicara Lion Air Danang Mandala …`: the speaker named right after the quote's comma.
  if (text[pair.close.offset - 1] === ',' && /^\s+\p{Lu}/u.test(text.slice(pair.close.offset + 1, pair.close.offset + 3))) return true
  const before = text.slice(sentenceStart(scan, pair.open.offset), pair.open.offset)
  if (containsWord(anyCue, before)) return true
  const after = text.slice(pair.close.offset + 1, sentenceEndAfter(text, scan, pair.close.offset + 1))
  return containsWord(anyCue, after)
}

export function overlaps(a: {start: number; end: number}, start: number, end: number): boolean {
  return a.start < end && a.end > start
}

/** Index of the first item whose `key` is ≥ `value` in a list sorted by `key` (binary search). */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (key(items[middle]) < value) low = middle + 1
    else high = middle
  }
  return low
}

const quotedByStart = new WeakMap<Graph, Quote[]>()

/** The graph's quotes sorted by where their content starts (computed once per graph). */
function quotesByStart(graph: Graph): Quote[] {
  let sorted = quotedByStart.get(graph)
  if (!sorted) {
    sorted = [...graph.quotes].sort((a, b) => a.content.start - b.content.start)
    quotedByStart.set(graph, sorted)
  }
  return sorted
}

/** The graph's quote (of `kinds`) overlapping `[start, end)`, found by binary search, if any. */
export function graphQuoteAt(graph: Graph, start: number, end: number, direct = true): Quote | undefined {
  const sorted = quotesByStart(graph)
  // Quotes starting before `end`; the overlapping one is among the last few of them (quotes rarely nest).
  const last = lowerBound(sorted, end, (quote) => quote.content.start) - 1
  for (let index = last; index >= 0 && index >= last - 8; index--) {
    const quote = sorted[index]
    if ((!direct || quote.kind !== 'indirect') && overlaps(quote.content, start, end)) return quote
  }
  return undefined
}

/** The graph's direct or mixed quote covering a pair, if any. */
export function graphQuoteOf(graph: Graph, pair: QuotePair): Quote | undefined {
  return graphQuoteAt(graph, pair.open.offset, pair.close.offset + 1)
}

/**
 * The statement pairs of a text with whether each is attributed: by a cue in
 * its sentence, by the graph (a speaker and a cue), or as the continuation of
 * an attributed quote in the sentence just before it (`"…," kata X. "…"`).
 */
export function attributedPairs(text: string, scan: QuoteScan, graph: Graph): Array<{pair: QuotePair; attributed: boolean}> {
  const result: Array<{pair: QuotePair; attributed: boolean}> = []
  let previous: {pair: QuotePair; attributed: boolean} | undefined
  for (const pair of scan.pairs) {
    if (!isStatement(text, pair)) continue
    const quote = graphQuoteOf(graph, pair)
    let attributed = hasLocalCue(text, scan, pair) || (quote !== undefined && quote.speaker !== null && quote.cue !== null)
    if (!attributed && previous?.attributed) {
      const between = text.slice(previous.pair.close.offset + 1, pair.open.offset)
      attributed = between.length < reach && /^[^.!?…]*[.!?…]?\s*$/u.test(between)
    }
    const entry = {pair, attributed}
    result.push(entry)
    previous = entry
  }
  return result
}

export function entityIndex(graph: Graph): Map<string, Entity> {
  return new Map(graph.entities.map((entity) => [entity.id, entity]))
}

/** Spans of the dateline and the publisher's mentions: not speakers. */
export function isInDateline(graph: Graph, span: Span): boolean {
  const dateline = graph.document.dateline
  return dateline !== null && overlaps(dateline.span, span.start, span.end)
}

/**
 * Whether `offset` lies inside the marks of a quote. Rules about the
 * reporter's own words (names, cues, sources) leave quotations alone: they are
 * the speaker's words (the lesson of proselint #24 and write-good #130).
 */
export function insideQuote(scan: QuoteScan, offset: number): boolean {
  const pairs = scan.pairs
  let low = 0
  let high = pairs.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const pair = pairs[middle]
    if (offset <= pair.open.offset) high = middle - 1
    else if (offset >= pair.close.offset) low = middle + 1
    else return true
  }
  return false
}
