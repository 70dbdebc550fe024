/**
 * Span trimming as the corpus README defines it: white space, quote marks and
 * edge punctuation come off both ends before spans are compared.
 */

/** Quote marks of every style the engine reads, straight and typographic. */
const QUOTE_MARKS = '"\'`“”„‟«»‘’‚‛‹›'
/** Punctuation that sits at a quote's edge: sentence ends, commas, dashes, ellipses. */
const EDGE_PUNCTUATION = '.,;:!?…-–—'

const TRIMMED = new Set([...QUOTE_MARKS, ...EDGE_PUNCTUATION])

function isTrimmed(char: string): boolean {
  return TRIMMED.has(char) || /\s/.test(char)
}

export interface Interval {
  start: number
  end: number
}

/** The part of `text.slice(start, end)` left after trimming, as offsets into `text`. */
export function trimSpan(text: string, span: Interval): Interval {
  let start = Math.max(0, span.start)
  let end = Math.min(text.length, span.end)
  while (start < end && isTrimmed(text[start]!)) start++
  while (end > start && isTrimmed(text[end - 1]!)) end--
  return {start, end}
}

/** Trim a bare string the same way (for texts given without offsets). */
export function trimText(text: string): string {
  const {start, end} = trimSpan(text, {start: 0, end: text.length})
  return text.slice(start, end)
}
