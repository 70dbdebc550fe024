/**
 * Sentence bounds in a source's plain text, for comparing indirect speech
 * with the sentence it may paraphrase: the engine's sentences
 * (src/extract/sentences.ts over its tokens and quote marks), so verify and
 * the graph split a text the same way (src/text/reading.ts). A sentence ends at `.`, `!`, `?` or
 * `…` before a sentence start (glued sentences too: `itu.Pertemuan`), not
 * after an abbreviation or inside a quotation, and at a paragraph's end.
 */
import {readText} from '../text/reading.ts'

export interface SentenceBound {
  start: number
  end: number
}

export function sentenceBounds(text: string): SentenceBound[] {
  return readText(text).sentences.map((sentence) => ({start: sentence.start, end: sentence.end}))
}
