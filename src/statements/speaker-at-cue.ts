/**
 * Reading the speaker at a cue: an unnamed source with its lower-case tail,
 * a role set off after a bare name, subjects that only show, and whom the
 * speaker cites.
 */
import type {AnalysedText} from '../extract/document.ts'
import {phraseAfter} from '../phrase/phrase-after.ts'
import {readPhrase} from '../phrase/read.ts'
import {appositiveRole} from '../phrase/roles.ts'
import type {SpeakerPhrase, TokenRange} from '../phrase/speaker-phrase.ts'
import {isNumber} from '../phrase/word-classes.ts'

/** Like `phraseAfter`, but an unnamed source keeps its lower-case `di …` tail (`sumber di kereta api`). */
export function anonymousAwarePhrase(doc: AnalysedText, k: number, limit: number): TokenRange | null {
  // `dua sumber di otoritas maritim`: a number or quantifier before the head noun.
  const counted = doc.tokens.at(k) !== undefined && (doc.language.persons.quantifiers.has(doc.tokens.at(k)!.lower) || isNumber(doc.tokens.at(k)!))
  const head = doc.tokens.at(counted && k < limit ? k + 1 : k)
  const plain = phraseAfter(doc, k, limit)
  // `ahli epidemiologi Universitas Airlangga, Windhu Purnomo`: a named person after all.
  if (plain && readPhrase(doc, plain)?.kind === 'name') return plain
  if (head && head.word && !head.capitalized && doc.language.persons.anonymousHeads.has(head.lower)) {
    let last = k
    for (let j = k + 1; j <= limit; j++) {
      const token = doc.tokens.at(j)!
      if (!token.word && token.text !== '(' && token.text !== ')') break
      if (token.word && doc.language.text.phraseStops.has(token.lower) && !doc.language.text.affiliationPrepositions.has(token.lower) && !doc.language.text.relativePronouns.has(token.lower)) break
      last = j
    }
    return {first: k, last}
  }
  return plain
}

/** A bare name with the role set off after it (`kata Budi Santoso, Ketua RT 05,`) takes that role. */
export function withAppositiveRole(doc: AnalysedText, speaker: SpeakerPhrase | null, limit: number): SpeakerPhrase | null {
  if (!speaker || speaker.kind !== 'name' || speaker.title || speaker.affiliation) return speaker
  const role = appositiveRole(doc, speaker.mention.last, limit)
  return role ? {...speaker, ...role} : speaker
}

/** A subject whose head noun only shows or records (`Sejumlah foto …`, `Data BPS …`), not a speaker. */
export function isNonSpeaker(doc: AnalysedText, range: TokenRange): boolean {
  const quantifiers = doc.language.persons.quantifiers
  let k = range.first
  while (k < range.last && quantifiers.has(doc.tokens.at(k)!.lower)) k++
  return doc.language.persons.nonSpeakers.has(doc.tokens.at(k)!.lower)
}

/** An unnamed source named by the words of `range` (`para kritikus`, `Ada yang`). */
export function anonymousPhrase(doc: AnalysedText, range: TokenRange): SpeakerPhrase {
  const name = doc.text.slice(doc.tokens.at(range.first)!.start, doc.tokens.at(range.last)!.end)
  return {kind: 'anonymous', phrase: range, mention: range, name, title: null, affiliation: null, aliases: []}
}

/** `mengutip X`, `dikutip dari X` within the range: whom the speaker cites. */
export function citingIn(doc: AnalysedText, first: number, last: number): {phrase: SpeakerPhrase; cueAt: number} | null {
  for (let k = first; k <= last; k++) {
    const token = doc.tokens.at(k)!
    if (!token.word || !doc.language.cues.citing.has(token.lower)) continue
    let start = k + 1
    if (doc.tokens.at(start)?.lower === doc.language.cues.citingPreposition) start++
    const range = anonymousAwarePhrase(doc, start, last)
    if (!range) continue
    const phrase = readPhrase(doc, range)
    if (phrase) return {phrase, cueAt: k}
  }
  return null
}
