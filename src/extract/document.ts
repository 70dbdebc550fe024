/**
 * The analysed document every later stage reads: the text, its tokens,
 * quote marks, paragraphs and sentences, and what the text itself teaches
 * about its words (which capitalised words also appear in lower case, which
 * follow a locative preposition and so name places).
 */
import type {Language} from '../lang/language.ts'
import {scanQuoteMarks, type QuoteMarkScan} from './quote-marks.ts'
import {sentenceOfToken, splitSentences, type Sentence} from './sentences.ts'
import {tokenize, type Token} from './tokens.ts'

export interface AnalysedText {
  text: string
  language: Language
  tokens: Token[]
  marks: QuoteMarkScan
  sentences: Sentence[]
  sentenceOf: Int32Array
  /** Words seen in lower case somewhere in the text. */
  lowerVocabulary: Set<string>
  /** Capitalised words seen after a locative preposition (`di Bogor`): places. */
  placeWords: Set<string>
  /** Offset where the article body starts (after the dateline), 0 when none. */
  bodyStart: number
}

const locatives = new Set(['di', 'ke'])

export function analyse(text: string, language: Language): AnalysedText {
  const tokens = tokenize(text)
  const marks = scanQuoteMarks(tokens)
  const sentences = splitSentences(tokens, marks, language)
  const lowerVocabulary = new Set<string>()
  const placeWords = new Set<string>()
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!
    if (!token.word) continue
    if (!token.capitalized && /^\p{Ll}/u.test(token.text)) lowerVocabulary.add(token.lower)
    const previous = tokens[k - 1]
    if (token.capitalized && previous && locatives.has(previous.text) && !language.persons.organizationHeads.has(token.lower)) {
      placeWords.add(token.lower)
    }
  }
  return {
    text,
    language,
    tokens,
    marks,
    sentences,
    sentenceOf: sentenceOfToken(sentences, tokens.length),
    lowerVocabulary,
    placeWords,
    bodyStart: 0
  }
}
