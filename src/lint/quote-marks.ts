/**
 * Pair the double quote marks of a text, paragraph by paragraph, in one pass.
 *
 * Marks: `"` `“` `”` `„` `«` `»`. `“`/`„`/`«` always open and `»` always closes;
 * `"` and `”` (Kompas prints `”` on both sides) are read from their flanks:
 * a mark after a space and before a letter opens, a mark after a letter or
 * punctuation and before a space closes, anything else toggles.
 * A quote left open at the end of a paragraph is not an error when the next
 * paragraph opens with a quote mark: that is how a quote running over several
 * paragraphs is written.
 */
import {getLanguage} from '../lang/index.ts'
import {CaseFreePattern} from './words.ts'

export interface QuoteMark {
  /** Offset of the mark in the text. */
  offset: number
  char: string
}

export interface QuotePair {
  open: QuoteMark
  close: QuoteMark
  /** Index into `QuoteScan.paragraphs`. */
  paragraph: number
}

export interface QuoteScan {
  pairs: QuotePair[]
  /** Opening marks never closed in their paragraph (and not continued in the next). */
  unclosed: QuoteMark[]
  /** Closing marks with no opening mark before them in their paragraph. */
  unopened: QuoteMark[]
  /** `[start, end)` of each paragraph (a run of text between line breaks). */
  paragraphs: Array<[number, number]>
}

const alwaysOpen = new Set(['“', '„', '«'])
const alwaysClose = new Set(['»'])
const either = new Set(['"', '”'])
const letterOrDigit = /[\p{L}\p{N}]/u
const doubleMarks = /["“”„«»]/gu
const openingContextBefore = /[\s([{—–-]/u

export function isDoubleQuoteMark(char: string): boolean {
  return alwaysOpen.has(char) || alwaysClose.has(char) || either.has(char)
}

type Role = 'open' | 'close' | 'toggle'

function roleOf(text: string, index: number): Role {
  const char = text[index]
  if (alwaysOpen.has(char)) return 'open'
  if (alwaysClose.has(char)) return 'close'
  const before = index > 0 ? text[index - 1] : ''
  const after = index + 1 < text.length ? text[index + 1] : ''
  const beforeIsWord = before !== '' && letterOrDigit.test(before)
  const afterIsWord = after !== '' && letterOrDigit.test(after)
  const beforeIsGap = before === '' || openingContextBefore.test(before)
  const afterIsGap = after === '' || /[\s,.;:!?)\]}—–-]/u.test(after)
  if (beforeIsGap && !afterIsGap) return 'open'
  if (!beforeIsGap && afterIsGap) return 'close'
  if (beforeIsWord && afterIsWord) return 'toggle'
  return 'toggle'
}

const paragraphRun = /[^\n\r]+/g

/** The paragraphs of `text`: maximal runs without a line break. */
export function paragraphsOf(text: string): Array<[number, number]> {
  const result: Array<[number, number]> = []
  paragraphRun.lastIndex = 0
  for (let run = paragraphRun.exec(text); run; run = paragraphRun.exec(text)) result.push([run.index, run.index + run[0].length])
  return result
}

function firstNonSpace(text: string, [start, end]: [number, number]): string {
  for (let index = start; index < end; index++) if (!/\s/u.test(text[index])) return text[index]
  return ''
}

export function scanQuotes(text: string): QuoteScan {
  const paragraphs = paragraphsOf(text)
  const pairs: QuotePair[] = []
  const unclosed: QuoteMark[] = []
  const unopened: QuoteMark[] = []

  // One pass over the marks of the whole text, paragraph by paragraph (a paragraph never holds a line break).
  let paragraph = -1
  let end = -1
  let open: QuoteMark | undefined
  /** Close the current paragraph: a quote still open is unclosed unless the next paragraph opens with a mark. */
  const finish = () => {
    if (open === undefined) return
    const next = paragraphs[paragraph + 1]
    const continues = next !== undefined && isDoubleQuoteMark(firstNonSpace(text, next))
    if (!continues) unclosed.push(open)
    open = undefined
  }
  doubleMarks.lastIndex = 0
  for (let found = doubleMarks.exec(text); found; found = doubleMarks.exec(text)) {
    const index = found.index
    if (index >= end) {
      finish()
      while (paragraphs[paragraph + 1] !== undefined && paragraphs[paragraph + 1][1] <= index) paragraph++
      paragraph++
      end = paragraphs[paragraph][1]
    }
    const char = found[0]
    const mark = {offset: index, char}
    const role = roleOf(text, index)
    if (open === undefined) {
      if (role === 'close') unopened.push(mark)
      else open = mark
    } else if (role === 'open' && alwaysOpen.has(char)) {
      unclosed.push(open)
      open = mark
    } else {
      pairs.push({open, close: mark, paragraph})
      open = undefined
    }
  }
  finish()
  return {pairs, unclosed, unopened, paragraphs}
}

/** The words between the marks of a pair. */
export function pairContent(text: string, pair: QuotePair): string {
  return text.slice(pair.open.offset + 1, pair.close.offset)
}

const {titleCaseSmallWords, titleNouns} = getLanguage('id').editorial
const titleNoun = new CaseFreePattern('(?<![\\p{L}])(?:' + titleNouns.map((word) => word.toLowerCase()).join('|') + ')\\s*[:,]?\\s*$', 'u', titleNouns)
const smallWords = new Set(titleCaseSmallWords)

const wordRun = /\S+/gu
const letter = /\p{L}/u
const capitalOpening = /^[\p{Lu}\p{N}(]/u

/**
 * Title Case content (`Strategi dan Peluang dalam Pemulihan Ekonomi`): a title, not a statement.
 * Reads word by word and stops at the first word in lower case (most quotes: the first few words).
 */
function isTitleCase(content: string): boolean {
  let words = 0
  wordRun.lastIndex = 0
  for (let word = wordRun.exec(content); word; word = wordRun.exec(content)) {
    if (!letter.test(word[0]) || smallWords.has(word[0])) continue
    if (!capitalOpening.test(word[0])) return false
    words++
  }
  return words >= 2
}

/** Whether `content` has at least `least` words holding a letter or digit (counts no further). */
function hasWords(content: string, least: number): boolean {
  let words = 0
  wordRun.lastIndex = 0
  for (let word = wordRun.exec(content); word && words < least; word = wordRun.exec(content)) {
    if (letterOrDigit.test(word[0])) words++
  }
  return words >= least
}

const statements = new WeakMap<QuotePair, boolean>()

/**
 * Whether a pair holds a statement rather than a quoted term or title
 * (`media "Vesti Primorye"`, `webinar bertopik "Strategi dan Peluang …"`,
 * `peribahasa "Sekali mendayung …"`): four words or more, or sentence
 * punctuation just inside the closing mark; not after a title noun, not in Title Case.
 * Answered once per pair (several rules ask).
 */
export function isStatement(text: string, pair: QuotePair): boolean {
  let known = statements.get(pair)
  if (known === undefined) {
    known = readsAsStatement(text, pair)
    statements.set(pair, known)
  }
  return known
}

function readsAsStatement(text: string, pair: QuotePair): boolean {
  const content = pairContent(text, pair).trim()
  if (isTitleCase(content.replace(/[.,!?…]$/u, ''))) return false
  if (titleNoun.test(text.slice(Math.max(0, pair.open.offset - 30), pair.open.offset))) return false
  if (/[.,!?…]$/u.test(content) && /\s/u.test(content)) return true
  return hasWords(content, 4)
}
