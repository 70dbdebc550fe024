/**
 * Sentence bounds in a source's plain text, for comparing indirect speech
 * with the sentence it may paraphrase: the engine's sentences
 * (src/extract/sentences.ts over its tokens and quote marks), so verify and
 * the graph split a text the same way. A sentence ends at `.`, `!`, `?` or
 * `…` before a sentence start (glued sentences too: `itu.Pertemuan`), not
 * after an abbreviation or inside a quotation, and at a paragraph's end.
 */
import {scanQuoteMarks} from '../extract/quote-marks.ts'
import {splitSentences} from '../extract/sentences.ts'
import {tokenize} from '../extract/tokens.ts'
import {getLanguage} from '../lang/index.ts'

export interface SentenceBound {
  start: number
  end: number
}

export function sentenceBounds(text: string): SentenceBound[] {
  const language = getLanguage()
  const tokens = tokenize(text)
  const marks = scanQuoteMarks(tokens, (word) => language.cues.anaphoric.has(word.lower))
  return splitSentences(tokens, marks, language).map((sentence) => ({start: sentence.start, end: sentence.end}))
}
