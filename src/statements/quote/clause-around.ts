/**
 * A clausal cue earlier in the sentence whose reported clause holds the
 * quote (`Menurut Yusuf, izin vila itu "harus dievaluasi ulang" …`): the
 * quote is a fragment of reported speech.
 */
import {cueAt, isNegated, type CueMatch} from '../../extract/cue-words.ts'
import type {AnalysedText} from '../../extract/document.ts'
import type {Sentence} from '../../extract/sentences.ts'
import {phraseAfter} from '../../phrase/phrase-after.ts'
import {phraseBefore} from '../../phrase/phrase-before.ts'
import {readPhrase} from '../../phrase/read.ts'
import type {SpeakerPhrase} from '../../phrase/speaker-phrase.ts'

/** A clausal cue earlier in the sentence whose reported clause holds the quote: a mixed quote. */
export function clauseAroundQuote(doc: AnalysedText, open: number, sentence: Sentence): {cue: CueMatch; speaker: SpeakerPhrase} | null {
  // The cue of a reported clause stands within a clause's length of the quote (bounded: linear time).
  for (let c = open - 1; c >= sentence.first && open - c <= 40; c--) {
    if (doc.marks.insideOf[c]! >= 0) continue
    const cue = cueAt(doc, c)
    if (cue && cue.kind === 'according' && c === sentence.first) {
      // `Menurut Yusuf, izin vila itu "harus dievaluasi ulang" …`
      const range = phraseAfter(doc, c + 1, open - 1)
      const speaker = range ? readPhrase(doc, range) : null
      if (speaker) return {cue, speaker}
    }
    if (!cue || cue.kind !== 'clausal' || isNegated(doc, c)) continue
    const range = phraseBefore(doc, c - 1, sentence.first)
    const speaker = range ? readPhrase(doc, range) : null
    if (speaker) return {cue, speaker}
  }
  return null
}
