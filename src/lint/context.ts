/**
 * Reading around a quote: the sentence before and after it, whether a cue
 * attributes it, which graph quote covers it. Shared by the attribution rules.
 * Every scan is bounded (`reach` characters), so a long paragraph-less text stays linear.
 */
import type {Entity, Graph, Quote, Span} from '../contract/graph.ts'
import {anyCue, cueStartingAt, type CueAtQuote} from './cues.ts'
import {isDoubleQuoteMark, isStatement, type QuotePair, type QuoteScan} from './quote-marks.ts'
import {containsWord} from './words.ts'

const reach = 300

// Character tests of the sentence scans, ASCII first (they run on every character they pass).
function isSentenceEnd(char: string): boolean {
  return char === '.' || char === '!' || char === '?' || char === '…'
}

const space = /\s/u
function isSpace(char: string): boolean {
  const code = char.charCodeAt(0)
  if (code === 32 || (code >= 9 && code <= 13)) return true
  return code > 127 && space.test(char)
}

const upper = /\p{Lu}/u
function isUpper(char: string): boolean {
  const code = char.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return code > 127 && upper.test(char)
}

/** Offset where the sentence holding `offset` starts (bounded look-back). */
export function sentenceStart(text: string, offset: number): number {
  const limit = Math.max(0, offset - reach)
  for (let index = offset - 1; index >= limit; index--) {
    const char = text[index]
    if (char === '\n' || char === '\r') return index + 1
    if (isSentenceEnd(char)) {
      const next = text[index + 1] ?? ''
      const afterNext = text[index + 2] ?? ''
      if (isSpace(next) || isUpper(next) || (isDoubleQuoteMark(next) && (isSpace(afterNext) || isUpper(afterNext)))) {
        return isDoubleQuoteMark(next) && index + 1 < offset ? index + 2 : index + 1
      }
    }
  }
  return limit
}

/** Offset just after the sentence holding `offset` ends (bounded look-ahead). */
export function sentenceEndAfter(text: string, offset: number): number {
  const limit = Math.min(text.length, offset + reach)
  for (let index = offset; index < limit; index++) {
    const char = text[index]
    if (char === '\n' || char === '\r') return index
    if (isSentenceEnd(char)) {
      const next = text[index + 1] ?? ''
      if (next === '' || isSpace(next) || isUpper(next)) return index + 1
    }
  }
  return limit
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
export function hasLocalCue(text: string, pair: QuotePair): boolean {
  if (cueAfter(text, pair)) return true
  // `"…," Juru bicara Lion Air Danang Mandala …`: the speaker named right after the quote's comma.
  if (text[pair.close.offset - 1] === ',' && /^\s+\p{Lu}/u.test(text.slice(pair.close.offset + 1, pair.close.offset + 3))) return true
  const before = text.slice(sentenceStart(text, pair.open.offset), pair.open.offset)
  if (containsWord(anyCue, before)) return true
  const after = text.slice(pair.close.offset + 1, sentenceEndAfter(text, pair.close.offset + 1))
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
    let attributed = hasLocalCue(text, pair) || (quote !== undefined && quote.speaker !== null && quote.cue !== null)
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
