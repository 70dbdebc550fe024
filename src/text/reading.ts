/**
 * The engine's reading of a text, as lint and verify share it: its tokens,
 * quote marks and sentences, by the same functions and in the same way as
 * the engine's own analysis (src/extract/document.ts), so what lint and verify
 * take for a word, a quote or a sentence is what the graph takes for one.
 */
import {scanQuoteMarks, type QuoteMarkScan} from '../extract/quote-marks.ts'
import {splitSentences, type Sentence} from '../extract/sentences.ts'
import {tokenize, type Token} from '../extract/tokens.ts'
import {getLanguage, type Language} from '../lang/index.ts'

export interface TextReading {
  tokens: Token[]
  marks: QuoteMarkScan
  sentences: Sentence[]
}

export function readText(text: string, language: Language = getLanguage()): TextReading {
  const tokens = tokenize(text)
  // A `-nya` cue (`katanya`) only follows a quote: a mark before one closes.
  const marks = scanQuoteMarks(tokens, (word) => language.cues.anaphoric.has(word.lower))
  return {tokens, marks, sentences: splitSentences(tokens, marks, language)}
}
