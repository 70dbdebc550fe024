/**
 * The tokenizer: words and punctuation with their offsets, in one linear pass.
 *
 * A word is a run of letters, marks and digits, joined through an inner
 * hyphen or apostrophe (`Ha-kyou`, `Jum'at`, `Ma’ruf`), through a dot before
 * a lower-case letter or digit (`Kompas.com`, `4.5`) or a comma between
 * digits (`4,5`). A dot before a capital ends the word, so scraped text with
 * glued sentences (`Moskow.Lembaga`) still splits. White space is not a token;
 * each token records whether space or a line break came before it.
 */
export interface Token {
  /** Index in the token array. */
  index: number
  start: number
  end: number
  text: string
  lower: string
  word: boolean
  /** First character is an upper-case letter. */
  capitalized: boolean
  /** Every letter is upper case (and there are at least two). */
  allCaps: boolean
  /** White space stands right before the token (or it starts the text). */
  spaceBefore: boolean
  /** Number of line breaks in the white space before the token. */
  breaksBefore: number
  /**
   * The token opens a paragraph: a blank line before it, or one line break
   * after a finished line. A line break inside a sentence (`kata\nKepala …`,
   * `menambahkan,\njadwal`) is a soft wrap, not a paragraph.
   */
  paragraphStart: boolean
}

import {ALL_CAPS, CAPITALIZED, PLACE_BITS, SPACE_BEFORE, TokenTable, TokenTableBuilder, WORD, type Kind} from './token-table.ts'

export type {TokenTable} from './token-table.ts'

const letterOrDigit = /[\p{L}\p{M}\p{N}]/u
const upper = /\p{Lu}/u
const lower = /\p{Ll}/u
const digit = /\p{N}/u
const space = /\s/u

// Character tests, ASCII first: the tokenizer asks them of every character of the text.

/** The code point at `i` as a string (a surrogate pair stays whole). */
function charAt(text: string, i: number): string {
  const code = text.codePointAt(i)
  return code === undefined ? '' : String.fromCodePoint(code)
}

/** Length (1, or 2 for a surrogate pair) of the letter, mark or digit at `i`; 0 when there is none. */
export function wordCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0
  if (!(code >= 128)) return 0 // past the end
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = charAt(text, i)
    return letterOrDigit.test(point) ? point.length : 0
  }
  return letterOrDigit.test(text[i]!) ? 1 : 0
}

/** `char` (one UTF-16 unit, possibly empty) is a digit. */
function isDigit(char: string): boolean {
  const code = char.charCodeAt(0)
  if (code < 128) return code >= 48 && code <= 57
  return code >= 128 && digit.test(char)
}

export function isUpper(char: string): boolean {
  const code = char.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return code >= 128 && upper.test(char)
}

/** Whether the character at `i` (a word character) joins the words around it; `previous` is `text[i - 1]`. */
function joinsWord(text: string, i: number, previous: string): boolean {
  const code = text.charCodeAt(i)
  if (code === 45 || code === 39 || code === 0x2019 || code === 0x2010) return wordCharLength(text, i + 1) > 0 // - ' ’ ‐
  if (code !== 46 && code !== 44 && code !== 58 && code !== 47) return false // . , : /
  if (wordCharLength(text, i + 1) === 0) return false
  const nextCode = text.charCodeAt(i + 1)
  const next = nextCode < 128 ? text[i + 1]! : charAt(text, i + 1)
  if (code === 46) {
    const nextIsLower = nextCode < 128 ? nextCode >= 97 && nextCode <= 122 : lower.test(next)
    return nextIsLower || (isDigit(previous) && isDigit(next)) || (isUpper(previous) && previous.length > 0 && isShortCapsRun(text, i))
  }
  return isDigit(previous) && isDigit(next)
}

/** `REPUBLIKA.CO.ID`: a dot between capital runs where the next run is short. */
function isShortCapsRun(text: string, dot: number): boolean {
  let end = dot + 1
  while (end < text.length && end - dot <= 4 && /[A-Z]/.test(text[end]!)) end++
  const run = end - dot - 1
  if (run < 2 || run > 3) return false
  return end >= text.length || !/[\p{L}]/u.test(text[end]!)
}

/** At least two letters, none of them lower case. */
function isAllCaps(text: string): boolean {
  const first = text.charCodeAt(0)
  if (first >= 97 && first <= 122) return false
  let letters = 0
  let ascii = true
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    if (code >= 128) {
      ascii = false
      break
    }
    if (code >= 97 && code <= 122) return false
    if (code >= 65 && code <= 90) letters++
  }
  if (ascii) return letters >= 2
  if (lower.test(text)) return false
  letters = 0
  for (const char of text) {
    if (upper.test(char) && ++letters >= 2) return true
  }
  return false
}

function isUpperAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code < 128) return code >= 65 && code <= 90
  return upper.test(charAt(text, i))
}

function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code === 32 || code === 10 || code === 13 || code === 9) return true
  return code > 127 && space.test(text[i]!)
}

/** `text` in lower case; the text itself when it holds no capital A–Z and nothing beyond ASCII (most tokens), without a call into the runtime. */
function lowerCase(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if ((code >= 65 && code <= 90) || code >= 128) return text.toLowerCase()
  }
  return text
}

/** Distinct texts whose kinds are remembered per text: beyond this (a text of millions of distinct words) tokens keep their own. */
const maxSpellings = 1 << 20
/**
 * Places shared between tokens: at most three line breaks before (a blank line before a paragraph is two). A token
 * after more keeps a kind of its own.
 */
const sharedPlaces = 4 * PLACE_BITS

/** The tokens of `text`, as columns (src/extract/token-table.ts); `keepBelow`: see TokenTable (tests give another). */
export function tokenize(text: string, keepBelow?: number): TokenTable {
  const tokens = new TokenTableBuilder(keepBelow)
  const spellings = new Map<string, Array<Kind | undefined>>()
  let i = 0
  let breaks = 0
  let sawSpace = true
  const length = text.length
  while (i < length) {
    if (isSpaceAt(text, i)) {
      const char = text[i]
      if (char === '\n') breaks++
      else if (char === '\r' && text[i + 1] !== '\n') breaks++
      sawSpace = true
      i++
      continue
    }
    const start = i
    let step = wordCharLength(text, i)
    const word = step > 0
    if (word) {
      do i += step
      while ((step = wordCharLength(text, i)) > 0)
      // Join through an inner hyphen, apostrophe, dot or digit separator (one linear pass).
      while (i < length && joinsWord(text, i, text[i - 1]!)) {
        i++
        while ((step = wordCharLength(text, i)) > 0) i += step
      }
    } else if (text[i] === '.' && text[i + 1] === '.') {
      while (i < length && text[i] === '.') i++
    } else {
      const code = text.charCodeAt(i)
      i += code >= 0xd800 && code <= 0xdbff ? charAt(text, i).length : 1
    }
    const tokenText = text.slice(start, i)
    const place = breaks * PLACE_BITS + (sawSpace ? SPACE_BEFORE : 0)
    let kinds = spellings.get(tokenText)
    let kind = place < sharedPlaces ? kinds?.[place] : undefined
    if (kind === undefined) {
      // Another kind of the same text lends its lower case and flags.
      const known = kinds?.find((other) => other !== undefined)
      kind = {
        text: known?.text ?? tokenText,
        lower: known?.lower ?? lowerCase(tokenText),
        flags: known?.flags ?? (word ? WORD : 0) | (word && isUpperAt(text, start) ? CAPITALIZED : 0) | (word && isAllCaps(tokenText) ? ALL_CAPS : 0),
        place,
        flipped: undefined
      }
      // Sparse: most words are only ever met after a space (place 1).
      if (kinds === undefined && spellings.size < maxSpellings) spellings.set(tokenText, (kinds = []))
      if (kinds !== undefined && place < sharedPlaces) kinds[place] = kind
    }
    tokens.push(start, kind)
    sawSpace = false
    breaks = 0
  }
  const table = tokens.build()
  markParagraphs(table)
  return table
}

const lineEnders = new Set(['.', '!', '?', '…', '...', ':', '"', '”', '’', '»', ')'])

/**
 * A line longer than this is no hard-wrapped line (editors wrap at 72 to 100 columns): a line break after it ends a
 * paragraph even without a full stop (`…," katanya` + line break, scraped pages that drop the stop), unless a comma
 * or a lower-case word on the next line continues the sentence.
 */
const longestWrappedLine = 120

function markParagraphs(tokens: TokenTable): void {
  let lineStart = tokens.at(0)?.start ?? 0
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens.at(k)
    if (token.breaksBefore === 0) continue
    const previous = tokens.at(k - 1)
    const longLine = previous.end - lineStart > longestWrappedLine
    lineStart = token.start
    if (token.breaksBefore >= 2) {
      tokens.setParagraphStart(k, true)
      continue
    }
    const nextContinues = (token.word && !token.capitalized && !/^\p{N}/u.test(token.text)) || previous.text === ','
    const softWrap = !lineEnders.has(previous.text) &&
      (nextContinues || (!longLine && previous.word && !previous.capitalized && !/^\p{N}/u.test(previous.text)))
    tokens.setParagraphStart(k, !softWrap)
  }
}
