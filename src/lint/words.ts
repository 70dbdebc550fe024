/**
 * Word-list matching for the lint rules: one alternation per list, matched
 * only as whole tokens of the engine's tokenizer (src/extract/tokens.ts), so
 * `kata` does not match inside `berkata` nor `kata-kata`, and a word the
 * rules find is a word the graph reads. The alternations hold literals only,
 * so they run in linear time; a match is then checked against the tokens of
 * the stretch of text around it (from the white space before it to the white
 * space after: no token spans white space).
 *
 * Case: a list matches whatever the case of the text (`Kata`, `KATA`). Rather
 * than a case-insensitive Unicode regex (`/iu`), which V8 takes some 15 ms
 * to compile for a long list and runs slower, the lower-case list runs on the
 * text in lower case (`lowerCaseOf`). That is the same match for lists of
 * ASCII words whenever lower-casing keeps every offset (it does unless the
 * text holds `İ`, whose lower case is two characters) and the text has no
 * `ſ` (long s, which `/iu` takes for `s`); otherwise the `/iu` regex is used.
 */

import {tokenize} from '../extract/tokens.ts'

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
}

/** The alternation of `words` (longest first), as regex source. */
export function wordsAlternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|')
}

/** Regex source matching any of `words` as a whole word (longest first). */
function wholeWords(words: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}])(?:${wordsAlternation(words)})(?![\\p{L}\\p{N}])`
}

/**
 * `text` in lower case when matching a lower-case ASCII word list in it is the
 * same as matching the list case-insensitively in `text` (see above), else undefined.
 */
export function lowerCaseOf(text: string): string | undefined {
  const lower = text.toLowerCase()
  return lower.length === text.length && !lower.includes('ſ') ? lower : undefined
}

const ascii = /^[\x00-\x7f]*$/u
const space = /\s/u
/** How far to look for the white space around a match; past it (a run of 64 characters without space) the regex's own letter boundaries decide. */
const reach = 64

/** Whether `[start, end)` of `text` begins and ends on the engine's token boundaries. */
export function isWholeTokens(text: string, start: number, end: number): boolean {
  let from = start
  while (from > 0 && start - from < reach && !space.test(text[from - 1]!)) from--
  let to = end
  while (to < text.length && to - end < reach && !space.test(text[to]!)) to++
  if ((from > 0 && !space.test(text[from - 1]!)) || (to < text.length && !space.test(text[to]!))) return true
  if (from === start && to === end) return true
  let starts = false
  let ends = false
  for (const token of tokenize(text.slice(from, to))) {
    if (token.start + from === start) starts = true
    if (token.end + from === end) ends = true
  }
  return starts && ends
}

/**
 * A case-insensitive pattern built around lower-case literals (a word list):
 * `lower` runs on `lowerCaseOf(text)`, `folded` (the `/iu` form, built on
 * first use) on the text itself when there is no such lower case, or when
 * the literals are not all ASCII.
 */
export class CaseFreePattern {
  #source: string | (() => string)
  readonly #flags: string
  readonly #asciiOnly: boolean
  #lower: RegExp | undefined
  #folded: RegExp | undefined

  /**
   * `source` must be written for lower-case text: its literals in lower case,
   * no case-sensitive class. The regexes are built on first use (a CLI run
   * that never meets a list does not pay for parsing it).
   */
  constructor(source: string | (() => string), flags: string, literals: readonly string[]) {
    this.#source = source
    this.#flags = flags
    this.#asciiOnly = literals.every((word) => ascii.test(word))
  }

  #sourceText(): string {
    if (typeof this.#source !== 'string') this.#source = this.#source()
    return this.#source
  }

  /** The regex to run and the string to run it on, for `text` (`lower`: its `lowerCaseOf`, when known). */
  on(text: string, lower: string | undefined = this.#asciiOnly ? lowerCaseOf(text) : undefined): {regex: RegExp; subject: string; folded: boolean} {
    if (this.#asciiOnly && lower !== undefined) {
      this.#lower ??= new RegExp(this.#sourceText(), this.#flags)
      return {regex: this.#lower, subject: lower, folded: false}
    }
    this.#folded ??= new RegExp(this.#sourceText(), this.#flags + 'i')
    return {regex: this.#folded, subject: text, folded: true}
  }

  /** Whether the pattern occurs in `text`. */
  test(text: string, lower?: string): boolean {
    const {regex, subject} = this.on(text, lower)
    regex.lastIndex = 0
    return regex.test(subject)
  }

  /** Every match of the (global) pattern in `text`: offset and the matched text as written in `text`. */
  matches(text: string, lower?: string): Array<{index: number; text: string}> {
    const {regex, subject} = this.on(text, lower)
    const found: Array<{index: number; text: string}> = []
    regex.lastIndex = 0
    for (let match = regex.exec(subject); match; match = regex.exec(subject)) {
      found.push({index: match.index, text: text.slice(match.index, match.index + match[0].length)})
      if (match[0].length === 0) regex.lastIndex++
    }
    return found
  }
}

/**
 * A word list as a case-insensitive pattern: any of `words` as a whole word
 * (global). Scanning a whole text for it looks first for the words' opening
 * letters (`seorang` of `seorang pejabat`) with a plain literal alternation,
 * which V8 scans several times faster than the full pattern, and tries the
 * full pattern only where one stands: the same matches, since every match
 * starts with the opening letters of one of the words.
 */
export class WordList extends CaseFreePattern {
  readonly #words: readonly string[]
  #scan: {opening: RegExp; full: RegExp} | null | undefined

  constructor(words: readonly string[]) {
    const lower = words.map((word) => word.toLowerCase())
    super(() => wholeWords(lower), 'gu', lower)
    this.#words = lower
  }

  /** The opening-letters regex and the sticky full pattern (built on first use), or null when some word does not open with ASCII letters or digits. */
  #scanner(): {opening: RegExp; full: RegExp} | null {
    if (this.#scan === undefined) {
      const openings = this.#words.map((word) => /^[a-z0-9]+/u.exec(word)?.[0])
      this.#scan =
        openings.every((opening) => opening !== undefined) && this.#words.every((word) => ascii.test(word))
          ? {opening: new RegExp(wordsAlternation(openings as string[]), 'g'), full: new RegExp(wholeWords(this.#words), 'uy')}
          : null
    }
    return this.#scan
  }

  /** Every match of the list in `text` that is whole tokens. */
  override matches(text: string, lower?: string): Array<{index: number; text: string}> {
    return (this.#scanned(text, lower, Infinity) ?? super.matches(text, lower)).filter((match) => isWholeTokens(text, match.index, match.index + match.text.length))
  }

  /** Whether the list occurs in `text` as whole tokens (on a long text, by the opening-letters scan up to the first such match). */
  override test(text: string, lower?: string): boolean {
    if (text.length >= 200) {
      const found = this.#scanned(text, lower, 1, true)
      if (found) return found.length > 0
    }
    return this.matches(text, lower).length > 0
  }

  /** The first `limit` matches by the opening-letters scan (`whole`: only those that are whole tokens), or undefined where it does not apply. */
  #scanned(text: string, lower: string | undefined, limit: number, whole = false): Array<{index: number; text: string}> | undefined {
    const {subject, folded} = this.on(text, lower)
    const scan = folded ? null : this.#scanner()
    if (scan === null) return undefined
    const accept = whole ? (match: RegExpExecArray) => isWholeTokens(text, match.index, match.index + match[0].length) : undefined
    return scanAtOpenings(subject, scan.opening, scan.full, limit, accept).map((match) => ({index: match.index, text: text.slice(match.index, match.index + match[0].length)}))
  }
}

export function wordList(words: readonly string[]): WordList {
  return new WordList(words)
}

/**
 * The matches a global regex would find in `text`, found faster: `opening`
 * (global) finds the places where a match can start, and `full` (the
 * regex, sticky) is tried only there. `opening` must match at the start of
 * every match of `full` (the literal words every match begins with). At most
 * `limit` matches (the first ones); with `accept`, only the matches it accepts.
 */
export function scanAtOpenings(text: string, opening: RegExp, full: RegExp, limit = Infinity, accept?: (match: RegExpExecArray) => boolean): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  opening.lastIndex = 0
  for (let candidate = opening.exec(text); candidate && found.length < limit; candidate = opening.exec(text)) {
    full.lastIndex = candidate.index
    const match = full.exec(text)
    if (match === null || match[0].length === 0 || (accept !== undefined && !accept(match))) {
      opening.lastIndex = candidate.index + 1
      continue
    }
    found.push(match)
    opening.lastIndex = match.index + match[0].length
  }
  return found
}

/** Whether `text` contains one of the words of `list`. */
export function containsWord(list: CaseFreePattern, text: string): boolean {
  return list.test(text)
}
