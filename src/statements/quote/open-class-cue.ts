/**
 * `open-class-cue`: a quotation, then a verb in cue position that the cue
 * lexicon does not know — `"…," kenang Rina.`, `"…," sindir dia.`,
 * `"…," kenangnya.`. The position is strict: the quotation ends with a comma
 * inside or right after its closing mark; then one lower-case word that no
 * word class of the lexicon claims (no function word, adverb, preposition,
 * conjunction, pronoun, role or group noun, or cue); then either a capitalised name, a pronoun or a description
 * closed by a demonstrative (`tutup Anggota Komisi itu`)
 * (the base verb: `bantah Rina`) followed by punctuation or an adjunct, or, for the verb's `-nya` form
 * (`pesannya`), the end of the sentence, a comma before a weekday, or a comma
 * before the next part of the quote.
 */
import {cueAt} from '../../extract/cue-words.ts'
import {possessedStem, type AnalysedText} from '../../extract/document.ts'
import {isQuoteMark} from '../../extract/quote-marks.ts'
import type {Sentence} from '../../extract/sentences.ts'
import {readPhrase} from '../../phrase/read.ts'
import {anonymousAwarePhrase, withAppositiveRole} from '../speaker-at-cue.ts'
import {cueAfterStatement} from './cue-after-quote.ts'
import type {CueAfterQuote} from './cue-after.ts'
import {quoteRule, type QuoteSite} from './quote-rule.ts'

/** A plain lower-case word of letters (no digits, hyphens or capitals). */
const plainWord = /^[a-z]{3,20}$/

/** Whether a word class of the lexicon claims the word: then it is no open-class verb. */
function claimed(doc: AnalysedText, word: string): boolean {
  const {persons, text, cues} = doc.language
  return persons.functionWords.has(word) || persons.adverbs.has(word) || persons.subordinators.has(word) ||
    persons.pronouns.has(word) || persons.pluralPronouns.has(word) || persons.quantifiers.has(word) ||
    persons.roleWords.has(word) || persons.roleHeads.has(word) || persons.anonymousHeads.has(word) || persons.groupHeads.has(word) ||
    persons.kinNouns.has(word) || persons.honorifics.has(word) || persons.descriptionOpeners.has(word) ||
    text.phraseStops.has(word) || text.calendar.has(word) || text.demonstratives.has(word) || text.relativePronouns.has(word) ||
    text.copulas.has(word) || word === text.additiveConjunction || cues.coordinators.has(word) ||
    cues.negators.has(word) || cues.complementizers.has(word) || doc.lexicon.cueWords.has(word)
}

/** Whether the sentence ends at token `k` (its last token, or a closing stop that is). */
function endsAt(doc: AnalysedText, k: number, sentence: Sentence): boolean {
  if (k === sentence.last) return true
  const next = doc.tokens.at(k + 1)!
  return k + 1 === sentence.last && (next.text === '.' || next.text === '!' || next.text === '?')
}

/** After a `-nya` verb: the end of the sentence, or a comma before a weekday or before the quote's next part. */
function closesAfterNya(doc: AnalysedText, k: number, sentence: Sentence): boolean {
  if (endsAt(doc, k, sentence)) return true
  const {tokens} = doc
  if (tokens.at(k + 1)?.text !== ',' || k + 2 > sentence.last) return false
  const next = tokens.at(k + 2)!
  return isQuoteMark(next) || (next.word && doc.language.text.weekdays.has(next.lower))
}

/** The open-class cue after the quotation, with its speaker (null for the `-nya` form); null when the position does not hold. */
export function openCueAfter(site: QuoteSite): CueAfterQuote | null {
  const {doc, stretch, sentence} = site
  const {tokens} = doc
  const close = stretch.closeToken
  if (close < 0) return null
  const commaInside = tokens.at(close - 1)?.text === ','
  const commaAfter = tokens.at(close + 1)?.text === ','
  if (!commaInside && !commaAfter) return null
  const k = close + (commaAfter ? 2 : 1)
  const verb = tokens.at(k)
  if (k > sentence.last || !verb || !verb.word || verb.capitalized || !plainWord.test(verb.text)) return null
  if (claimed(doc, verb.lower) || cueAt(doc, k)) return null
  const stem = possessedStem(verb, doc.language)
  if (stem !== null) {
    if (stem.length < 3 || claimed(doc, stem) || !closesAfterNya(doc, k, sentence)) return null
    return {cue: {kind: 'anaphoric', first: k, last: k}, speaker: null, end: k}
  }
  const next = tokens.at(k + 1)
  if (!next || k + 1 > sentence.last || !next.word) return null
  const pronoun = doc.language.persons.pronouns.has(next.lower) || doc.language.persons.pluralPronouns.has(next.lower)
  if (!pronoun && !next.capitalized) return null
  const range = anonymousAwarePhrase(doc, k + 1, sentence.last)
  const phrase = range ? withAppositiveRole(doc, readPhrase(doc, range), sentence.last) : null
  if (!range || !phrase || !(phrase.kind === 'name' || phrase.kind === 'pronoun' || phrase.kind === 'plural' || phrase.kind === 'title' || phrase.kind === 'description')) return null
  // After the speaker, punctuation or an adjunct (`dalam rapat`, `kepada wartawan`), not more of a clause (`… itu memposting`).
  const following = tokens.at(range.last + 1)
  if (range.last < sentence.last && following?.word && !doc.language.text.phraseStops.has(following.lower) && !doc.language.text.calendar.has(following.lower)) return null
  return {cue: {kind: 'inverted', first: k, last: k}, speaker: phrase, end: range.last}
}

export const openClassCue = quoteRule({
  id: 'open-class-cue',
  reads: 'a quotation, its comma, then a verb the lexicon does not know in cue position: `"…," kenang Rina.`, `"…," kenangnya.`',
  applies: (site) => site.after === null && openCueAfter(site) !== null,
  read: (site) => cueAfterStatement(site, openCueAfter(site)!)
})
