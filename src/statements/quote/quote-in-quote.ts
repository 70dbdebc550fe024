/**
 * `quote-in-quote`: a quotation inside another
 * (`"Dia bilang, ‘Doakan kami pulang cepat,’ lalu …"`) is a statement of its
 * own when a cue and its speaker stand right before it inside the outer
 * quote. It decides every quotation inside a quote.
 */
import {cueAt} from '../../extract/cue-words.ts'
import {phraseBefore} from '../../phrase/phrase-before.ts'
import {readPhrase} from '../../phrase/read.ts'
import {isPossessiveNoun, type AnalysedText} from '../../extract/document.ts'
import type {SpeakerPhrase} from '../../phrase/speaker-phrase.ts'
import {anonymousPhrase} from '../speaker-at-cue.ts'
import {quoteRule} from './quote-rule.ts'

/**
 * Someone the speaker names by whose they are, opening the outer quote right before the cue: a common noun with the
 * possessive suffix (`Petugasnya bilang, '…'`) or before a personal pronoun (`Anak kami tanya, '…'`, `Suami saya
 * bilang`): an unnamed source.
 */
function possessiveDescription(doc: AnalysedText, first: number, last: number): SpeakerPhrase | null {
  const {tokens, language} = doc
  if (last < first || last - first > 2) return null
  for (let k = first; k <= last; k++) if (!tokens.at(k)!.word || (k > first && tokens.at(k)!.capitalized)) return null
  const end = tokens.at(last)!.lower
  const possessed = last > first ? language.persons.possessivePronouns.has(end) : isPossessiveNoun(tokens.at(last)!, language)
  return possessed && !language.persons.pronouns.has(end) ? anonymousPhrase(doc, {first, last}) : null
}

export const quoteInQuote = quoteRule({
  id: 'quote-in-quote',
  reads: 'a quotation inside a quote, after a cue and its speaker inside the outer quote: `"Dia bilang, ‘…,’ lalu …"`',
  applies: (site) => site.stretch.nested,
  read(site) {
    const {doc, stretch} = site
    const {tokens} = doc
    const outerIndex = doc.marks.insideOf[stretch.openToken]!
    if (outerIndex < 0 || stretch.closeToken < 0) return null
    const outer = doc.marks.stretches[outerIndex]!
    let j = stretch.openToken - 1
    while (j >= outer.firstInner && (tokens.at(j)!.text === ',' || tokens.at(j)!.text === ':')) j--
    // `Anak kami tanya terus, '…'`: an adverb between the cue and its comma.
    while (j > outer.firstInner && tokens.at(j)!.word && doc.language.persons.adverbs.has(tokens.at(j)!.lower)) j--
    const cue = j >= outer.firstInner ? cueAt(doc, j) : null
    if (!cue || cue.last !== j || (cue.kind !== 'inverted' && cue.kind !== 'clausal')) return null
    const range = phraseBefore(doc, cue.first - 1, outer.firstInner)
    const speaker = (range ? readPhrase(doc, range) : null) ?? possessiveDescription(doc, outer.firstInner, cue.first - 1)
    if (!speaker) return null
    return {...site.base(), kind: 'direct', cue: {first: cue.first, last: cue.last}, speaker, anaphoric: false, unbalanced: false}
  }
})
