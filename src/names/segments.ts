/**
 * Where the name reader's sentences start and end in a token stream: after a
 * full stop, question or exclamation mark (not after an abbreviation or an
 * initial, `dr.`, `M.`), and at a paragraph. The weights were learnt on
 * sentences, so the tagger decodes one sentence at a time.
 */
import type {WordView} from './features.ts'

export interface SegmentToken extends WordView {
  paragraphStart?: boolean
}

/** `.`, `!`, `?`, `…` or `...` (a run of dots is one token). */
function endsSentence(text: string): boolean {
  const code = text.charCodeAt(0)
  return text.length === 1 ? code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 : code === 0x2e && text === '...'
}

/** `[first, end)` token ranges, in order, covering every token. */
export function sentenceRanges(tokens: readonly SegmentToken[], abbreviations: ReadonlySet<string>): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let first = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (index > first && token.paragraphStart) {
      ranges.push([first, index])
      first = index
    }
    if (!endsSentence(token.text)) continue
    const before = tokens[index - 1]
    if (token.text === '.' && before?.word && (abbreviations.has(before.lower) || (before.text.length === 1 && before.capitalized))) continue
    ranges.push([first, index + 1])
    first = index + 1
  }
  if (first < tokens.length) ranges.push([first, tokens.length])
  return ranges
}
