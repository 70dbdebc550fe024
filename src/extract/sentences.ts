/**
 * Paragraphs and sentences over tokens.
 *
 * A paragraph ends at a line break. A sentence ends at `.`, `!`, `?` or `…`
 * (and a closing quote mark right after it) when the next token starts a
 * sentence — a capital, a digit or an opening mark — with or without a space,
 * since scraped text glues sentences (`(Korsel).Pertemuan`). A full stop after
 * an abbreviation or an initial does not end a sentence. Boundaries inside a
 * quotation do not split the sentence that carries the quote: the sentence
 * `"A. B," kata X.` is one sentence.
 */
import type {Language} from '../lang/language.ts'
import type {QuoteMarkScan} from './quote-marks.ts'
import {isQuoteMark, terminal} from './quote-marks.ts'
import type {Token, TokenTable} from './tokens.ts'

export interface Sentence {
  index: number
  paragraph: number
  /** First and last token index. */
  first: number
  last: number
  start: number
  end: number
}


function startsSentence(token: Token | undefined): boolean {
  if (!token) return false
  if (token.capitalized) return true
  if (isQuoteMark(token)) return true
  return token.word && /^\p{N}/u.test(token.text) && token.spaceBefore
}

function isAbbreviation(tokens: TokenTable, k: number, language: Language): boolean {
  const dot = tokens.at(k)!
  if (dot.text !== '.' || k === 0) return false
  const before = tokens.at(k - 1)!
  if (!before.word || before.end !== dot.start) return false
  if (before.text.length === 1 && before.capitalized) return true
  return language.text.abbreviations.has(before.lower) && before.capitalized
}

export function splitSentences(tokens: TokenTable, marks: QuoteMarkScan, language: Language): Sentence[] {
  const sentences: Sentence[] = []
  let paragraph = 0
  let first = 0
  const push = (last: number): void => {
    if (last < first) return
    sentences.push({
      index: sentences.length,
      paragraph,
      first,
      last,
      start: tokens.at(first)!.start,
      end: tokens.at(last)!.end
    })
    first = last + 1
  }
  for (let k = 0; k < tokens.length; k++) {
    const next = tokens.at(k + 1)
    if (next && next.paragraphStart) {
      push(k)
      paragraph++
      continue
    }
    const token = tokens.at(k)!
    if (!next) continue
    const inside = marks.insideOf[k]!
    const nextInside = marks.insideOf[k + 1]!
    // Within one quotation: no outer boundary.
    if (inside >= 0 && inside === nextInside) continue
    if (terminal.has(token.text) && !isAbbreviation(tokens, k, language) && startsSentence(next)) {
      if (isQuoteMark(next) && nextInside === inside && inside >= 0) continue
      push(k)
      continue
    }
    if (isQuoteMark(token) && inside >= 0 && nextInside !== inside && k > 0) {
      const before = tokens.at(k - 1)!
      if (terminal.has(before.text) && startsSentence(next) && !isAbbreviation(tokens, k - 1, language)) push(k)
    }
  }
  push(tokens.length - 1)
  return sentences
}

/** For each token, the index of its sentence. */
export function sentenceOfToken(sentences: Sentence[], tokenCount: number): Int32Array {
  const map = new Int32Array(tokenCount)
  for (const sentence of sentences) map.fill(sentence.index, sentence.first, sentence.last + 1)
  return map
}

/** The first token of token k's sentence (a document's `sentences` and `sentenceOf`, src/extract/document.ts). */
export function sentenceStart(doc: {readonly sentences: readonly Sentence[]; readonly sentenceOf: Int32Array}, k: number): number {
  return doc.sentences[doc.sentenceOf[k]!]!.first
}
