/**
 * Words for comparison: the tokens a quote and a source are compared on
 * (`kutip verify`), and names are compared on (names.ts).
 *
 * The words are the engine's word tokens (src/extract/tokens.ts: one
 * tokenizer for the graph, lint and verify), normalised for comparison:
 * split where a word has parts a quote may write apart (`Ha-kyou` =
 * `Ha kyou`, `Kompas.com`, `10:30`; a dot or comma between digits stays:
 * `482,5`, `1.000`), joined where a hyphen ends a line (`pemerin-⏎tah` →
 * `pemerintah`) or a soft hyphen stands inside a word; lower case, curly
 * apostrophes folded to `'`, soft hyphens removed. Quote marks, punctuation
 * and white space are not words.
 */
import {tokenize} from '../extract/tokens.ts'

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

/** Omission marks and brackets, in the stretches between words. */
const markPattern = /(?<gap>[(\[][ \t]*(?:…|\.[ \t]?\.[ \t]?\.)[ \t]*[)\]]|…|\.[ \t]?\.[ \t]?\.)|(?<open>[(\[])|(?<close>[)\]])/gu

const digit = /\p{N}/u
const lineBreakHyphen = /^-[ \t]*\r?\n[ \t]*$/u
const softHyphen = '\u00AD'
/** Text is tokenized in stretches of about this many characters, cut at a line break (no token spans one). */
const stretch = 1 << 16

/** Whether the character at `at`, inside a word token, splits it into two comparison words. */
function splitsWord(text: string, at: number): boolean {
  const char = text[at]
  if (char === '-' || char === '‐' || char === ':' || char === '/') return true
  return char === '.' && !(digit.test(text[at - 1] ?? '') && digit.test(text[at + 1] ?? ''))
}

/**
 * Calls `emit(start, end)` for every comparison word of `text`, in order.
 * Linear; the text is tokenized a stretch at a time, so a source of any size
 * is read in bounded memory.
 */
export function scanWords(text: string, emit: (start: number, end: number) => void): void {
  let start = -1
  let end = -1
  let material = false
  const flush = (): void => {
    if (start >= 0 && material) emit(start, end)
    start = -1
    material = false
  }
  /** A piece of a word at `[from, to)`: part of the word being read when nothing, an apostrophe, or a hyphen at a line end stands between. */
  const piece = (from: number, to: number, isWord: boolean): void => {
    const between = from - end
    const joins =
      start >= 0 &&
      (between === 0 ||
        // An apostrophe between two pieces (the tokenizer joins through one only between letters, digits and marks).
        (between === 1 && (text[end] === "'" || text[end] === '’')) ||
        (between <= 64 && lineBreakHyphen.test(text.slice(end, from))))
    if (!joins) {
      flush()
      start = from
    }
    end = to
    material ||= isWord
  }
  for (let from = 0; from < text.length; ) {
    let to = from + stretch >= text.length ? text.length : text.indexOf('\n', from + stretch)
    to = to === -1 ? text.length : to + 1
    for (const token of tokenize(from === 0 && to === text.length ? text : text.slice(from, to))) {
      const tokenStart = from + token.start
      const tokenEnd = from + token.end
      if (!token.word) {
        if (token.text === softHyphen) piece(tokenStart, tokenEnd, false)
        continue
      }
      let partStart = tokenStart
      for (let at = tokenStart + 1; at < tokenEnd; at++) {
        if (!splitsWord(text, at)) continue
        piece(partStart, at, true)
        partStart = at + 1
      }
      piece(partStart, tokenEnd, true)
    }
    from = to
  }
  flush()
}

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
  /** The omission marks and brackets between two words (`[from, to)`). */
  const marksIn = (from: number, to: number): void => {
    const between = text.slice(from, to)
    for (const match of between.matchAll(markPattern)) {
      const found = match.groups!
      if (found.gap !== undefined) {
        pendingGap = true
        if (result.length === 0) gapAtStart = true
      } else if (found.open !== undefined) {
        if (depth === 0) groups++
        depth++
      } else depth = Math.max(0, depth - 1)
    }
  }
  let previousEnd = 0
  scanWords(text, (start, end) => {
    marksIn(previousEnd, start)
    const word: Word = {norm: normalizeWord(text.slice(start, end)), start: start + offset, end: end + offset, bracketed: depth > 0, gapBefore: pendingGap}
    if (depth > 0) word.bracketGroup = groups
    result.push(word)
    pendingGap = false
    previousEnd = end
  })
  marksIn(previousEnd, text.length)
  return {words: result, gapAtEnd: pendingGap && result.length > 0, gapAtStart}
}
