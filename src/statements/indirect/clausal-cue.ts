/**
 * `clausal-cue`: a subject and a clausal cue, then the reported clause —
 * `Budi mengatakan (bahwa) …`, `Budi mengatakan kepada wartawan, …`,
 * `Ia menambahkan, …`. Not a negated saying (`tanpa mengatakan`), a cue in a
 * subordinate clause (`Saat Budi mengonfirmasi …,`), a subject that only
 * shows (`Sejumlah foto … menunjukkan`), or a relative clause describing the
 * subject of a later cue (`Salah satu pekerja yang meminta … mengatakan`).
 */
import {isNegated} from '../../extract/cue-words.ts'
import type {AnalysedText} from '../../extract/document.ts'
import {phraseBefore} from '../../phrase/phrase-before.ts'
import {readPhrase} from '../../phrase/read.ts'
import type {SpeakerPhrase, TokenRange} from '../../phrase/speaker-phrase.ts'
import {isDescriptionVerb, isPassiveVerb} from '../../phrase/word-classes.ts'
import {anonymousPhrase, isNonSpeaker, withAppositiveRole} from '../speaker-at-cue.ts'
import {indirectRule, type IndirectReading, type IndirectSite} from './indirect-rule.ts'
import {describesLaterSubject} from './relative-clause.ts'
import {isCoordinated, reportedClause} from './reported-clause.ts'
import {sentenceStart} from '../../extract/sentences.ts'

/**
 * The phrase before the cue is no one who speaks: a demonstrative alone opening the sentence or after a noun of what
 * only shows (`Ini menggarisbawahi …`, `hal ini menegaskan …`: a fact), a preposition's object (`Dalam Inpres tersebut
 * menekankan …`: the sentence has no subject), or the agent of a relative clause (`Data yang dikutip Presiden
 * menyebut …`: the subject is the data).
 */
function isNoSubject(doc: AnalysedText, range: TokenRange, first: number): boolean {
  const {tokens, language} = doc
  const head = tokens.at(range.first)!
  const before = tokens.at(range.first - 1)
  // `Hal ini menegaskan …` too: a demonstrative after a noun of what only shows.
  const afterNonSpeaker = before?.word === true && language.persons.nonSpeakers.has(before.lower)
  if ((range.first === first || afterNonSpeaker) && range.first === range.last && language.text.demonstratives.has(head.lower)) return true
  const preposition = (token: {lower: string}): boolean => language.text.verbAdjuncts.has(token.lower) || language.text.locatives.has(token.lower)
  if (head.word && preposition(head)) return true
  if (!before?.word) return false
  if (preposition(before)) return true
  const relative = tokens.at(range.first - 2)
  return isPassiveVerb(doc, before) && relative?.word === true && language.text.relativePronouns.has(relative.lower)
}

/**
 * An unnamed group as the subject, opening the sentence or its clause after a comma: `Para kritikus memperingatkan …`,
 * `Banyak mahasiswa dan warganet menilai …` — a group opener and up to five words with no comma, ending at `end`
 * (adverbs before the cue left out).
 */
function unnamedGroupBefore(doc: AnalysedText, end: number, first: number): TokenRange | null {
  const {tokens, language} = doc
  while (end >= first && tokens.at(end)!.word && language.persons.adverbs.has(tokens.at(end)!.lower)) end--
  for (let k = end; k >= first && end - k < 6; k--) {
    const token = tokens.at(k)!
    if (!token.word) return null
    if (!language.persons.unnamedGroupOpeners.has(token.lower)) continue
    const opens = k === first || tokens.at(k - 1)!.text === ','
    return opens && k < end ? {first: k, last: end} : null
  }
  return null
}

/**
 * People named by their occupation alone opening the sentence, with only lower-case words after it — what they do, where
 * they are — before the cue: `Kurir paket di sejumlah kota besar mengaku …`, `Nelayan pesisir menilai …` (an unnamed group).
 */
function occupationGroupBefore(doc: AnalysedText, end: number, first: number): TokenRange | null {
  const {tokens, language} = doc
  const {persons} = language
  const head = tokens.at(first)!
  if (end - first > 7 || end === first || !head.word || !(persons.groupHeads.has(head.lower) || persons.groupOccupations.has(head.lower))) return null
  for (let k = first + 1; k <= end; k++) {
    const token = tokens.at(k)!
    // (Nouns, places and quantifiers only: no verb — `diminta`, `membela` —, adverb, connector or relative clause.)
    const verb = isPassiveVerb(doc, token) || isDescriptionVerb(doc, token)
    if (!token.word || token.capitalized || verb || persons.adverbs.has(token.lower) || language.text.nameConnectors.has(token.lower) ||
      language.cues.clausal.has(token.lower) || language.text.relativePronouns.has(token.lower)) return null
  }
  return {first, last: end}
}

/** How far back a capacity noun's organisation is looked for (bounded: linear). */
const capacityLookBack = 400

/**
 * `PT Sentosa Niaga Mandiri selaku pengelola pasar … . Pengelola juga berjanji …`: a common noun opening the sentence
 * alone, which an organisation was given as its capacity before (`selaku pengelola`, `sebagai pengelola`), is that
 * organisation.
 */
function bodyByCapacity(doc: AnalysedText, range: TokenRange): SpeakerPhrase | null {
  const {tokens, language} = doc
  const word = tokens.at(range.first)!
  if (range.first !== range.last || !word.capitalized || !doc.lowerVocabulary.has(word.lower) || sentenceStart(doc, range.first) !== range.first) return null
  for (let k = range.first - 2; k >= 0 && range.first - k < capacityLookBack; k--) {
    const marker = tokens.at(k)!
    if (!marker.word || !language.text.capacityMarkers.has(marker.lower) || tokens.at(k + 1)!.lower !== word.lower) continue
    const subject = phraseBefore(doc, k - 1, sentenceStart(doc, k))
    const body = subject ? readPhrase(doc, subject) : null
    return body && body.kind === 'organization' ? {...body, phrase: range, mention: range, aliases: []} : null
  }
  return null
}

/** An unnamed group before the cue (`Sejumlah warga mengaku …`) says the clause, unless its words name no speaker. */
function groupSays(site: IndirectSite, group: TokenRange | null): IndirectReading | null {
  return group && !isNonSpeaker(site.doc, group) ? reportedClause(site, anonymousPhrase(site.doc, group), null) : null
}

export const clausalCue = indirectRule({
  id: 'clausal-cue',
  reads: 'a subject, a clausal cue, then the reported clause: `Budi mengatakan (bahwa) …`, `Ia menambahkan, …`',
  givesSentenceSpeaker: true,
  applies: (site) => site.cue.kind === 'clausal' && !isNegated(site.doc, site.cue.first) && !isCoordinated(site) && !describesLaterSubject(site),
  read(site) {
    const {doc, cue, first} = site
    const range = phraseBefore(doc, cue.first - 1, first)
    if (!range) return groupSays(site, unnamedGroupBefore(doc, cue.first - 1, first) ?? occupationGroupBefore(doc, cue.first - 1, first))
    // `Pernyataan Gedung Putih menambahkan …`, `Laporan Reuters menyebut …`: the report's source speaks.
    const report = range.first < range.last && doc.language.text.reportNouns.has(doc.tokens.at(range.first)!.lower)
    const source = report ? {first: range.first + 1, last: range.last} : range
    const speaker = withAppositiveRole(doc, bodyByCapacity(doc, source) ?? readPhrase(doc, source), cue.first - 1)
    // `Kurir paket di sejumlah kota besar mengaku …`: not the place's words, the occupation opening the sentence.
    if (!speaker || isNonSpeaker(doc, source) || isNoSubject(doc, source, first)) return groupSays(site, occupationGroupBefore(doc, cue.first - 1, first))
    return reportedClause(site, speaker, null)
  }
})
