/**
 * The cue and speaker before an opening quote mark: `X mengatakan, "…"`,
 * `X memberikan penilaian: "…"`, `Kata dia, "…"`.
 */
import {cueAt, isNegated, type CueMatch} from '../../extract/cue-words.ts'
import type {AnalysedText} from '../../extract/document.ts'
import type {Sentence} from '../../extract/sentences.ts'
import {phraseAfter} from '../../phrase/phrase-after.ts'
import {phraseBefore} from '../../phrase/phrase-before.ts'
import {readPhrase} from '../../phrase/read.ts'
import type {SpeakerPhrase} from '../../phrase/speaker-phrase.ts'

export interface CueBeforeQuote {
  cue: CueMatch
  /** Null where the cue points back (`Katanya, "…"`). */
  speaker: SpeakerPhrase | null
}

/** The cue and speaker before an opening quote mark (`X mengatakan, "…"`, `Kata dia, "…"`). */
export function cueBeforeQuote(doc: AnalysedText, open: number, sentence: Sentence): CueBeforeQuote | null {
  const {tokens} = doc
  let j = open - 1
  while (j >= sentence.first && (tokens.at(j)!.text === ',' || tokens.at(j)!.text === ':' || (tokens.at(j)!.word && doc.language.cues.complementizers.has(tokens.at(j)!.lower)))) j--
  if (j < sentence.first) return null
  // `Kata dia, "…"`: an inverted cue opens the sentence.
  const first = cueAt(doc, sentence.first)
  if (first && (first.kind === 'inverted' || first.kind === 'according') && first.last < j) {
    const range = phraseAfter(doc, first.last + 1, j)
    const speaker = range ? readPhrase(doc, range) : null
    if (speaker && range!.last === j) return {cue: first, speaker}
  }
  if (first && first.kind === 'anaphoric' && first.last === j) return {cue: first, speaker: null}
  // `X mengatakan, "…"` and `X memberikan penilaian: "…"`.
  for (let c = j; c >= Math.max(sentence.first, j - 2); c--) {
    const cue = cueAt(doc, c)
    if (!cue || cue.kind !== 'clausal' || cue.last !== j) continue
    if (isNegated(doc, c)) return null
    const range = phraseBefore(doc, c - 1, sentence.first)
    const speaker = range ? readPhrase(doc, range) : null
    return speaker ? {cue, speaker} : null
  }
  return null
}
