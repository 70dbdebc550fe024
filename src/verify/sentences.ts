/**
 * Sentence bounds in a source's plain text, for comparing indirect speech
 * with the sentence it may paraphrase. A sentence ends at `.`, `!` or `?`
 * (with any closing quote marks or brackets after it) followed by white space,
 * a capital letter (scraped text glues sentences: `itu.Pertemuan`) or the end,
 * and at a line break. One pass over the text.
 */
export interface SentenceBound {
  start: number
  end: number
}

const closers = new Set(['"', '”', '’', "'", ')', ']', '»'])

function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase()
}

export function sentenceBounds(text: string): SentenceBound[] {
  const bounds: SentenceBound[] = []
  let start = 0
  const close = (end: number): void => {
    let from = start
    while (from < end && /\s/.test(text[from])) from++
    let to = end
    while (to > from && /\s/.test(text[to - 1])) to--
    if (to > from) bounds.push({start: from, end: to})
    start = end
  }
  for (let at = 0; at < text.length; at++) {
    const char = text[at]
    if (char === '\n') {
      close(at + 1)
      continue
    }
    if (char !== '.' && char !== '!' && char !== '?') continue
    let end = at + 1
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++
    while (end < text.length && closers.has(text[end])) end++
    const next = text[end]
    // A dot between digits (1.000) or inside an abbreviation followed by a small letter goes on.
    if (next === undefined || /\s/.test(next) || isUpper(next)) {
      close(end)
      at = end - 1
    }
  }
  close(text.length)
  return bounds
}
