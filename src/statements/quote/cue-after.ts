/**
 * The cue and speaker after a closing quote mark: `"…," kata X`, `"…,"
 * ditambahkan Tony`, `"…," menurutnya`, `"…," ia mengklaim`, and a closing
 * sentence that attributes the quote before it (`Demikian dikatakan Budi.`).
 */
import {cueAt, type CueMatch} from '../../extract/cue-words.ts'
import {possessedStem, type AnalysedText} from '../../extract/document.ts'
import type {Sentence} from '../../extract/sentences.ts'
import {phraseBefore} from '../../phrase/phrase-before.ts'
import {phraseAfterWord, readPhrase} from '../../phrase/read.ts'
import type {SpeakerPhrase} from '../../phrase/speaker-phrase.ts'
import {anonymousAwarePhrase, withAppositiveRole} from '../speaker-at-cue.ts'

export interface CueAfterQuote {
  cue: CueMatch
  /** Null where the cue points back (`katanya`). */
  speaker: SpeakerPhrase | null
  /** The last token read. */
  end: number
}

/** The cue and speaker after a closing quote mark (`"…," kata X`, `"…," ia mengklaim`). */
export function cueAfterQuote(doc: AnalysedText, k: number, sentence: Sentence): CueAfterQuote | null {
  const {tokens} = doc
  let j = k
  if (tokens.at(j)?.text === ',') j++
  // `"… stabil." Demikian dikatakan Budi.`: a closing sentence that attributes the quote before it.
  const {passive, passiveAgent} = doc.language.cues
  if (j > sentence.last && doc.language.text.closingAttribution.has(tokens.at(j)?.lower ?? '') && passive.has(tokens.at(j + 1)?.lower ?? '')) {
    const agent = phraseAfterWord(doc, j + 1, passiveAgent, doc.sentences[doc.sentenceOf[j]!]!.last)
    if (agent) return {cue: {kind: 'inverted', first: j, last: j + 1}, speaker: agent.phrase, end: agent.range.last}
  }
  if (j > sentence.last) return null
  // `"…," ditambahkan Tony.`, `"…," dikatakan oleh Budi.`: a passive cue right after the quote's comma, its agent after it.
  if (tokens.at(j)!.word && passive.has(tokens.at(j)!.lower) && (tokens.at(k - 2)?.text === ',' || tokens.at(k)?.text === ',')) {
    const agent = phraseAfterWord(doc, j, passiveAgent, sentence.last)
    if (agent) return {cue: {kind: 'inverted', first: j, last: j}, speaker: agent.phrase, end: agent.range.last}
  }
  const cue = cueAt(doc, j)
  // A clausal verb right after a quote has the quoted words as its subject: a name, not speech.
  if (cue && cue.kind === 'clausal') return null
  // `"…," menurutnya (lagi).`, `"…," menurut Budi.`: after a quote, `menurut` is an inverted cue, its -nya form an anaphoric one.
  if (cue && cue.kind === 'according' && possessedStem(tokens.at(cue.first)!, doc.language) !== null) return {cue: {...cue, kind: 'anaphoric'}, speaker: null, end: cue.last}
  if (cue && (cue.kind === 'inverted' || cue.kind === 'anaphoric' || cue.kind === 'according')) {
    if (cue.kind === 'anaphoric') return {cue, speaker: null, end: cue.last}
    const range = anonymousAwarePhrase(doc, cue.last + 1, sentence.last)
    const speaker = range ? withAppositiveRole(doc, readPhrase(doc, range), sentence.last) : null
    return {cue, speaker, end: range ? range.last : cue.last}
  }
  // Not inverted: `"…," ia mengklaim`, `"…," Jeon menambahkan` — the quote ends with its own comma or stop
  // (not `Ahmad "Ucok" Siregar mengatakan`, a nickname inside a name).
  const own = tokens.at(k - 2)
  if (!own || !(own.text === ',' || own.text === '.' || own.text === '?' || own.text === '!') && tokens.at(k)?.text !== ',') return null
  for (let c = j + 1; c <= Math.min(sentence.last, j + 10); c++) {
    const match = cueAt(doc, c)
    if (!match) continue
    if (match.kind !== 'clausal' && match.kind !== 'inverted' && match.kind !== 'anaphoric') return null
    const range = phraseBefore(doc, c - 1, j)
    if (!range || range.first !== j) return null
    const speaker = readPhrase(doc, range)
    return speaker ? {cue: match, speaker, end: match.last} : null
  }
  return null
}
