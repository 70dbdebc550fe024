/**
 * Reading cue words at a token: inverted (`kata`), anaphoric (`katanya`),
 * clausal (`mengatakan`), multi-word (`memberikan penilaian`), `menurut`.
 */
import type {AnalysedText} from './document.ts'
import {isQuoteMark} from './quote-marks.ts'

export type CueKind = 'inverted' | 'anaphoric' | 'clausal' | 'according' | 'citing'

export interface CueMatch {
  kind: CueKind
  first: number
  last: number
}

/** The cue that starts at token `k`, if any. Multi-word cues first. */
export function cueAt(doc: AnalysedText, k: number): CueMatch | null {
  const {tokens, language} = doc
  const token = tokens[k]
  if (!token || !token.word) return null
  // A capitalised cue word inside a sentence is part of a name or title (`UU … Kemerdekaan Menyampaikan Pendapat`).
  if (token.capitalized && k > 0 && doc.sentences[doc.sentenceOf[k]!]!.first !== k && !isQuoteMark(tokens[k - 1]!) && tokens[k - 1]!.text !== ',') return null
  const {cues} = language
  for (const phrase of phrasesStartingWith(cues.phrases, token.lower) ?? []) {
    if (phrase.every((word, n) => tokens[k + n]?.lower === word)) return {kind: 'clausal', first: k, last: k + phrase.length - 1}
  }
  const word = token.lower
  if (cues.according.has(word)) return {kind: 'according', first: k, last: k}
  if (cues.anaphoric.has(word)) return {kind: 'anaphoric', first: k, last: k}
  if (cues.citing.has(word)) return {kind: 'citing', first: k, last: k}
  if (cues.clausal.has(word)) return {kind: 'clausal', first: k, last: k}
  if (cues.inverted.has(word)) return {kind: 'inverted', first: k, last: k}
  return null
}

/** The phrases of a lexicon list (cues, ranks) that start with `word`, indexed once per list (not every phrase at every word). */
export function phrasesStartingWith(phrases: ReadonlyArray<readonly string[]>, word: string): Array<readonly string[]> | undefined {
  let index = phrasesByFirst.get(phrases)
  if (!index) {
    index = new Map()
    for (const phrase of phrases) {
      const list = index.get(phrase[0]!)
      if (list) list.push(phrase)
      else index.set(phrase[0]!, [phrase])
    }
    phrasesByFirst.set(phrases, index)
  }
  return index.get(word)
}

const phrasesByFirst = new WeakMap<ReadonlyArray<readonly string[]>, Map<string, Array<readonly string[]>>>()

/** Whether the word before token `k` negates a saying (`tanpa mengatakan`). */
export function isNegated(doc: AnalysedText, k: number): boolean {
  const previous = doc.tokens[k - 1]
  if (!previous || !previous.word) return false
  if (doc.language.cues.negators.has(previous.lower)) return true
  const before = doc.tokens[k - 2]
  return previous.lower === 'akan' && before !== undefined && doc.language.cues.negators.has(before.lower)
}
