/**
 * Re-anchor a span in an edited text from its W3C Web Annotation selectors
 * (as the JSON-LD report writes them): keep the position when the exact words
 * are still there, else find the occurrence of the exact words whose
 * surroundings best match the recorded prefix and suffix, nearest to the old
 * position on a tie. Returns null when the words are gone.
 */
import type {Span} from '../contract/graph.ts'

export interface TextQuoteSelector {
  exact: string
  prefix?: string
  suffix?: string
}

export interface TextPositionSelector {
  start: number
  end: number
}

export function reanchor(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): Span | null {
  const {exact} = quote
  if (exact === '') return null
  if (position && text.slice(position.start, position.end) === exact && contextScore(text, position.start, quote) === maxScore(quote)) {
    return {start: position.start, end: position.end, text: exact}
  }
  let best = -1
  let bestScore = -1
  let bestDistance = Infinity
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score = contextScore(text, at, quote)
    const distance = position ? Math.abs(at - position.start) : at
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at
      bestScore = score
      bestDistance = distance
    }
  }
  return best === -1 ? null : {start: best, end: best + exact.length, text: exact}
}

/** Characters of the recorded prefix (from its end) and suffix (from its start) that still surround `at`. */
function contextScore(text: string, at: number, quote: TextQuoteSelector): number {
  const prefix = quote.prefix ?? ''
  const suffix = quote.suffix ?? ''
  let score = 0
  while (score < prefix.length && at - score - 1 >= 0 && text[at - score - 1] === prefix[prefix.length - score - 1]) score++
  const after = at + quote.exact.length
  let matched = 0
  while (matched < suffix.length && text[after + matched] === suffix[matched]) matched++
  return score + matched
}

const maxScore = (quote: TextQuoteSelector): number => (quote.prefix?.length ?? 0) + (quote.suffix?.length ?? 0)
