/**
 * Reading cue words at a token: inverted (`kata`), anaphoric (`katanya`),
 * clausal (`mengatakan`), multi-word (`memberikan penilaian`), `menurut`.
 */
import {possessedStem, type AnalysedText} from './document.ts'
import {isQuoteMark} from './quote-marks.ts'
import {sentenceStart} from './sentences.ts'

export type CueKind = 'inverted' | 'anaphoric' | 'clausal' | 'according' | 'citing' | 'passive'

export interface CueMatch {
  kind: CueKind
  first: number
  last: number
}

/** The cue that starts at token `k`, if any. Multi-word cues first. */
export function cueAt(doc: AnalysedText, k: number): CueMatch | null {
  const {tokens, language} = doc
  const token = tokens.at(k)
  if (!token || !token.word) return null
  // A capitalised cue word inside a sentence is part of a name or title (`UU … Kemerdekaan Menyampaikan Pendapat`).
  if (token.capitalized && k > 0 && sentenceStart(doc, k) !== k && !isQuoteMark(tokens.at(k - 1)!) && tokens.at(k - 1)!.text !== ',') return null
  const entry = doc.lexicon.cueWords.get(token.lower)
  if (entry === undefined) return null
  for (const phrase of entry.phrases) {
    if (phrase.every((word, n) => tokens.at(k + n)?.lower === word)) return {kind: 'clausal', first: k, last: k + phrase.length - 1}
  }
  return entry.kind === null ? null : {kind: entry.kind, first: k, last: k}
}

/**
 * A passive reporting cue at token `k` (`disebut`, `diakui`, `dijelaskan`, and their `-nya` forms `disebutnya`),
 * capitalised only where it opens the sentence (`Dijelaskan, …`). The statement rules read it only where no other cue
 * starts at `k`.
 */
export function passiveCueAt(doc: AnalysedText, k: number): CueMatch | null {
  const token = doc.tokens.at(k)
  if (!token || !token.word) return null
  if (token.capitalized && sentenceStart(doc, k) !== k) return null
  const {passive} = doc.language.cues
  const stem = possessedStem(token, doc.language)
  return passive.has(token.lower) || (stem !== null && passive.has(stem)) ? {kind: 'passive', first: k, last: k} : null
}

/** Whether the word before token `k` negates a saying (`tanpa mengatakan`). */
export function isNegated(doc: AnalysedText, k: number): boolean {
  const previous = doc.tokens.at(k - 1)
  if (!previous || !previous.word) return false
  if (doc.language.cues.negators.has(previous.lower)) return true
  const before = doc.tokens.at(k - 2)
  return previous.lower === 'akan' && before !== undefined && doc.language.cues.negators.has(before.lower)
}
