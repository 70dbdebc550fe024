/**
 * Words for comparison: the tokens a quote and a source are compared on.
 *
 * A word is a run of letters, digits and marks, with inner apostrophes
 * (`Ma’ruf`) and inner `.`/`,` between digits (`482,5`, `1.000`). Everything
 * else (quote marks, punctuation, white space) separates words and is ignored
 * in comparison. Normalisation: lower case, curly apostrophes folded to `'`,
 * soft hyphens removed, a hyphen at a line break joins the two halves
 * (`pemerin-⏎tah` → `pemerintah`), any other hyphen separates (`Ha-kyou` =
 * `Ha kyou`).
 *
 * Every pattern here runs in linear time: the separators inside a word are
 * disjoint from the word characters, so no quantifier can backtrack.
 */

import {scanWords} from './word-scanner.ts'

export interface Word {
  /** Normalised form compared across texts. */
  norm: string
  /** UTF-16 offsets into the text the word was read from. */
  start: number
  end: number
  /** Inside `(…)` or `[…]` in the text (a possible editorial insertion in a quote). */
  bracketed: boolean
  /** For bracketed words: which bracket pair (1, 2, …) of the quote holds them. */
  bracketGroup?: number
  /** An omission mark (`…`, `...`, `(...)`, `[…]`) stands right before this word. */
  gapBefore: boolean
}

const wordPattern =
  /[\p{L}\p{N}\p{M}\u00AD]+(?:(?:['’]|(?<=\p{N})[.,](?=\p{N})|-[ \t]*\r?\n[ \t]*)[\p{L}\p{N}\p{M}\u00AD]+)*/gu

/** Omission marks, opening and closing brackets, and words, in one pass. */
const quotePattern = new RegExp(
  String.raw`(?<gap>[(\[][ \t]*(?:…|\.[ \t]?\.[ \t]?\.)[ \t]*[)\]]|…|\.[ \t]?\.[ \t]?\.)|(?<open>[(\[])|(?<close>[)\]])|(?<word>` +
    wordPattern.source +
    ')',
  'gu'
)

/** Lower-case a word and strip what normalisation ignores. */
export function normalizeWord(raw: string): string {
  let norm = raw.toLowerCase()
  if (/[’\u00AD\n-]/.test(norm)) {
    norm = norm.replace(/’/g, "'").replace(/\u00AD/g, '').replace(/-[ \t]*\r?\n[ \t]*/g, '')
  }
  return norm
}

/**
 * The words of `text` (no editorial marks: brackets and ellipses are ignored).
 * Found by the scanner the index uses (word-scanner.ts), which implements
 * `wordPattern` exactly.
 */
export function words(text: string, offset = 0): Word[] {
  const result: Word[] = []
  scanWords(text, (start, end) => {
    result.push({norm: normalizeWord(text.slice(start, end)), start: start + offset, end: end + offset, bracketed: false, gapBefore: false})
  })
  return result
}

/**
 * The words of a quotation, with the editorial marks style guides allow:
 * words inside brackets are flagged `bracketed`, and a word after an omission
 * mark is flagged `gapBefore`. A trailing omission mark is reported in
 * `gapAtEnd`.
 */
export function quoteWords(text: string, offset = 0): {words: Word[]; gapAtEnd: boolean; gapAtStart: boolean} {
  const result: Word[] = []
  let depth = 0
  let groups = 0
  let pendingGap = false
  let gapAtStart = false
  for (const match of text.matchAll(quotePattern)) {
    const found = match.groups!
    if (found.gap !== undefined) {
      pendingGap = true
      if (result.length === 0) gapAtStart = true
    } else if (found.open !== undefined) {
      if (depth === 0) groups++
      depth++
    }
    else if (found.close !== undefined) depth = Math.max(0, depth - 1)
    else {
      const start = match.index + offset
      const word: Word = {norm: normalizeWord(match[0]), start, end: start + match[0].length, bracketed: depth > 0, gapBefore: pendingGap}
      if (depth > 0) word.bracketGroup = groups
      result.push(word)
      pendingGap = false
    }
  }
  return {words: result, gapAtEnd: pendingGap && result.length > 0, gapAtStart}
}

/** The definition of a word as a regular expression (the scanner must agree with it). */
export function wordRegExp(): RegExp {
  return new RegExp(wordPattern.source, 'gu')
}
