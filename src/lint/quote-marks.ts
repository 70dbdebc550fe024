/**
 * The double quote marks of a text, paired as the engine pairs them: the
 * pairs are the double-mark stretches of `scanQuoteMarks`
 * (src/extract/quote-marks.ts) over the engine's tokens, so a quote the rules
 * read is a quote the graph reads, by construction — in every mark the engine
 * knows (`"` `“` `”` `„` `‟` `«` `»` `＂`), opened and closed by the same
 * reading of flanks, across a soft line break inside a sentence and not
 * across a paragraph.
 *
 * An opening mark left open at the end of its paragraph is not an error when
 * the next paragraph opens with a quote mark: that is how a quote running
 * over several paragraphs is written.
 */
import {isDoubleMark} from '../extract/quote-marks.ts'
import type {Token} from '../extract/tokens.ts'
import {getLanguage} from '../lang/index.ts'
import {readText, type TextReading} from '../text/reading.ts'
import {CaseFreePattern} from './words.ts'

export interface QuoteMark {
  /** Offset of the mark in the text. */
  offset: number
  char: string
}

export interface QuotePair {
  open: QuoteMark
  close: QuoteMark
  /** The paragraph (as the engine reads paragraphs: a soft line break inside a sentence does not end one) holding the pair. */
  paragraph: number
}

export interface QuoteScan {
  pairs: QuotePair[]
  /** Opening marks never closed in their paragraph (and not continued in the next). */
  unclosed: QuoteMark[]
  /** Closing marks with no opening mark before them in their paragraph. */
  unopened: QuoteMark[]
  /** `[start, end)` of each line of text (a run between line breaks), for the checks of quote style. */
  paragraphs: Array<[number, number]>
  /** The engine's sentences (src/extract/sentences.ts), in order: `[start, end)` from the first token to the last. */
  sentences: Array<{start: number; end: number}>
}

const language = getLanguage('id')

const paragraphRun = /[^\n\r]+/g

/** The lines of `text`: maximal runs without a line break. */
export function paragraphsOf(text: string): Array<[number, number]> {
  const result: Array<[number, number]> = []
  paragraphRun.lastIndex = 0
  for (let run = paragraphRun.exec(text); run; run = paragraphRun.exec(text)) result.push([run.index, run.index + run[0].length])
  return result
}

function markAt(token: Token): QuoteMark {
  return {offset: token.start, char: token.text}
}

/** The quote pairs of `text`, from its reading when the caller has it (lint's state shares it with the engine). */
export function scanQuotes(text: string, reading: TextReading = readText(text, language)): QuoteScan {
  const {tokens, marks, sentences: engineSentences} = reading.text === text ? reading : readText(text, language)
  const {stretches, strayClosers} = marks
  const paragraphOf = new Int32Array(tokens.length)
  for (let k = 1, paragraph = 0; k < tokens.length; k++) {
    if (tokens.at(k)!.paragraphStart) paragraph++
    paragraphOf[k] = paragraph
  }
  const pairs: QuotePair[] = []
  const unclosed: QuoteMark[] = []
  for (const stretch of stretches) {
    if (stretch.family !== 'double' || stretch.nested) continue
    const open = tokens.at(stretch.openToken)!
    if (stretch.closeToken >= 0) {
      pairs.push({open: markAt(open), close: markAt(tokens.at(stretch.closeToken)!), paragraph: paragraphOf[stretch.openToken]!})
      continue
    }
    // Continued in the next paragraph when that paragraph opens with a quote mark.
    let next = stretch.lastInner + 1
    while (next < tokens.length && !tokens.at(next)!.paragraphStart) next++
    const continued = next < tokens.length && isDoubleMark(tokens.at(next)!)
    if (!continued) unclosed.push(markAt(open))
  }
  const unopened = strayClosers.map((k) => markAt(tokens.at(k)!))
  const sentences = engineSentences.map((sentence) => ({start: sentence.start, end: sentence.end}))
  return {pairs, unclosed, unopened, paragraphs: paragraphsOf(text), sentences}
}

/** The words between the marks of a pair. */
export function pairContent(text: string, pair: QuotePair): string {
  return text.slice(pair.open.offset + 1, pair.close.offset)
}

const {titleCaseSmallWords, titleNouns} = language.editorial
const letterOrDigit = /[\p{L}\p{N}]/u
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
