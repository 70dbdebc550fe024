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

const letterOrDigit = /[\p{L}\p{M}\p{N}]/u
const upper = /\p{Lu}/u
const lower = /\p{Ll}/u
const digit = /\p{N}/u
const space = /\s/u

function isWordChar(char: string): boolean {
  return letterOrDigit.test(char)
}

/** The code point at `i` as a string (a surrogate pair stays whole). */
function charAt(text: string, i: number): string {
  const code = text.codePointAt(i)
  return code === undefined ? '' : String.fromCodePoint(code)
}

function joinsWord(text: string, i: number, previous: string): boolean {
  const char = text[i]
  const next = charAt(text, i + 1)
  if (next === '' || !isWordChar(next)) return false
  if (char === '-' || char === '\'' || char === '’' || char === '‐') return true
  if (char === '.') return lower.test(next) || (digit.test(previous) && digit.test(next)) || (upper.test(previous) && previous.length > 0 && isShortCapsRun(text, i))
  if (char === ',' || char === ':') return digit.test(previous) && digit.test(next)
  if (char === '/') return digit.test(previous) && digit.test(next)
  return false
}

/** `REPUBLIKA.CO.ID`: a dot between capital runs where the next run is short. */
function isShortCapsRun(text: string, dot: number): boolean {
  let end = dot + 1
  while (end < text.length && end - dot <= 4 && /[A-Z]/.test(text[end]!)) end++
  const run = end - dot - 1
  if (run < 2 || run > 3) return false
  return end >= text.length || !/[\p{L}]/u.test(text[end]!)
}

const wordRun = /[\p{L}\p{M}\p{N}]+/uy

/** At least two letters, none of them lower case. */
function isAllCaps(text: string): boolean {
  const first = text.charCodeAt(0)
  if (first >= 97 && first <= 122) return false
  if (lower.test(text)) return false
  let letters = 0
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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
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
    wordRun.lastIndex = i
    const word = wordRun.test(text)
    if (word) {
      i = wordRun.lastIndex
      // Join through an inner hyphen, apostrophe, dot or digit separator (one linear pass).
      while (i < length && joinsWord(text, i, text[i - 1]!)) {
        wordRun.lastIndex = i + 1
        if (!wordRun.test(text)) break
        i = wordRun.lastIndex
      }
    } else if (text[i] === '.' && text[i + 1] === '.') {
      while (i < length && text[i] === '.') i++
    } else {
      i += charAt(text, i).length
    }
    const tokenText = text.slice(start, i)
    tokens.push({
      index: tokens.length,
      start,
      end: i,
      text: tokenText,
      lower: tokenText.toLowerCase(),
      word,
      capitalized: word && isUpperAt(text, start),
      allCaps: word && isAllCaps(tokenText),
      spaceBefore: sawSpace,
      breaksBefore: breaks,
      paragraphStart: false
    })
    sawSpace = false
    breaks = 0
  }
  markParagraphs(tokens)
  return tokens
}

const lineEnders = new Set(['.', '!', '?', '…', '...', ':', '"', '”', '’', '»', ')'])

function markParagraphs(tokens: Token[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens[k]!
    if (token.breaksBefore === 0) continue
    if (token.breaksBefore >= 2) {
      token.paragraphStart = true
      continue
    }
    const previous = tokens[k - 1]!
    const softWrap = !lineEnders.has(previous.text) &&
      ((token.word && !token.capitalized && !/^\p{N}/u.test(token.text)) || previous.text === ',' || (previous.word && !previous.capitalized && !/^\p{N}/u.test(previous.text)))
    token.paragraphStart = !softWrap
  }
}
