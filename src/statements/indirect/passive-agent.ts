/**
 * `passive-agent`: a passive reporting verb and who said it.
 * - Inside the sentence, with its agent right after it and the rest of the
 *   clause after the agent (`Kondisi itu disebut Ratih seperti bola salju.`,
 *   `Soal dana itu diakui Budi tidak ia ketahui.`, `… disebutnya sudah
 *   hilang.`): the whole sentence is the statement, the agent (or, for the
 *   `-nya` form, the person named before) says it.
 * - Opening the sentence (or after a lead word: `Sebagaimana dikatakan X (2015), …`), with or without its agent,
 *   then a comma (`Dinyatakan hakim, …`, `Dijelaskan, …`): the clause after the comma; an agentless one points
 *   back to the speaker named before.
 * Not after a subordinator or relative pronoun (`yang disebut …`: a name or a gloss), not where a copula follows
 * the "agent" (`disebutkan Orient merupakan …`: the clause's subject), and not where only an adjunct follows the agent (`Hal itu disampaikan Budi di
 * Jakarta.`: it reports words said before, read by `findPassiveSpeakers`).
 */
import {isNegated} from '../../extract/cue-words.ts'
import {possessedStem} from '../../extract/document.ts'
import {readPhrase} from '../../phrase/read.ts'
import type {SpeakerPhrase} from '../../phrase/speaker-phrase.ts'
import {markUsed, quoteInside, rangeContent} from '../context.ts'
import {anonymousAwarePhrase} from '../speaker-at-cue.ts'
import {besideCueStatement, opensSentence} from './beside-cue.ts'
import {indirectRule, indirectStatement, type IndirectReading, type IndirectSite} from './indirect-rule.ts'

/** Phrase kinds that can be the agent of a passive reporting verb. */
const agentKinds = new Set(['name', 'pronoun', 'title', 'organization', 'outlet'])

/** Comparison words that open the complement of `disebut` / `diibaratkan` (`seperti bola salju`, `sebagai …`). */
function opensComplement(site: IndirectSite, k: number): boolean {
  const {doc, sentence} = site
  const {text, cues, persons} = doc.language
  // `disebutnya juga sudah hilang`: adverbs before the complement.
  while (k < sentence.last && doc.tokens.at(k)!.word && persons.adverbs.has(doc.tokens.at(k)!.lower)) k++
  const token = doc.tokens.at(k)
  if (!token || k > sentence.last || !token.word) return false
  if (cues.citingLeads.has(token.lower)) return !cues.citing.has(doc.tokens.at(k + 1)?.lower ?? '')
  // `disebutkan Orient merupakan …`: a copula makes the word before it the reported clause's subject, not an agent.
  return !text.phraseStops.has(token.lower) && !text.calendar.has(token.lower) && !text.copulas.has(token.lower) && token.lower !== cues.passiveAgent
}

/**
 * The clause before the cue makes it no report: a subordinator (`Sejak dinyatakan positif, …`), a relative pronoun
 * (`yang disebut …`) or an agent already named (`yang oleh warga disebut …`: a name follows).
 */
function subordinateBefore(site: IndirectSite): boolean {
  const {doc, cue, first} = site
  const {persons, text, cues} = doc.language
  for (let k = cue.first - 1; k >= first; k--) {
    const token = doc.tokens.at(k)!
    if (token.text === ',') return false
    if (!token.word) continue
    if (persons.subordinators.has(token.lower) || text.relativePronouns.has(token.lower) || token.lower === cues.passiveAgent) return true
  }
  return false
}

/** The agent opens with a capital, a pronoun or `oleh`: not a lower-case complement (`dinyatakan positif`). */
function agentOpens(site: IndirectSite): boolean {
  const {doc, cue} = site
  const token = doc.tokens.at(cue.last + 1)
  if (!token?.word) return false
  const {persons, cues} = doc.language
  return token.capitalized || persons.pronouns.has(token.lower) || persons.pluralPronouns.has(token.lower) || token.lower === cues.passiveAgent
}

/** The agent right after the cue (`oleh` allowed), with the token it ends at; null when none. */
function agentAfter(site: IndirectSite, kinds: ReadonlySet<string> | null): {speaker: SpeakerPhrase; end: number} | null {
  const {doc, cue, sentence} = site
  let start = cue.last + 1
  if (doc.tokens.at(start)?.lower === doc.language.cues.passiveAgent) start++
  const range = anonymousAwarePhrase(doc, start, sentence.last)
  const speaker = range ? readPhrase(doc, range) : null
  return range && speaker && (!kinds || kinds.has(speaker.kind)) ? {speaker, end: range.last} : null
}

/** The whole sentence as the statement of a passive cue inside it. */
function wholeSentence(site: IndirectSite, speaker: SpeakerPhrase | null): IndirectReading | null {
  const {context, doc, cue, sentence, first} = site
  const offsets = rangeContent(doc, first, sentence.last)
  if (!offsets || quoteInside(context, first, sentence.last)) return null
  markUsed(context, cue)
  markUsed(context, speaker?.phrase ?? null)
  return {
    statement: indirectStatement(site, {content: offsets, firstToken: first, lastToken: sentence.last, speaker, anaphoric: speaker === null}),
    readTo: sentence.last
  }
}

export const passiveAgent = indirectRule({
  id: 'passive-agent',
  reads: 'a passive reporting verb and its agent: `Kondisi itu disebut Ratih seperti bola salju.`, `Dinyatakan hakim, …`, `Dijelaskan, …`',
  applies: (site) => site.cue.kind === 'passive' && !isNegated(site.doc, site.cue.first),
  read(site) {
    const {doc, cue, first} = site
    const {tokens} = doc
    const nya = possessedStem(tokens.at(cue.first)!, doc.language) !== null
    if (opensSentence(site)) {
      if (nya) return null
      if (tokens.at(cue.last + 1)?.text === ',') return besideCueStatement(site, null, cue.last, null)
      const agent = agentAfter(site, null)
      // `Sebagaimana dikatakan Budi Santoso (2015), …`: a year or an age in brackets after the agent.
      const end = agent && tokens.at(agent.end + 1)?.text === '(' && tokens.at(agent.end + 3)?.text === ')' ? agent.end + 3 : agent?.end ?? -1
      return agent && tokens.at(end + 1)?.text === ',' ? besideCueStatement(site, agent.speaker, agent.end, null) : null
    }
    if (!tokens.at(cue.first - 1)!.word || subordinateBefore(site)) return null
    if (nya) return opensComplement(site, cue.last + 1) ? wholeSentence(site, null) : null
    const agent = agentOpens(site) ? agentAfter(site, agentKinds) : null
    return agent && opensComplement(site, agent.end + 1) ? wholeSentence(site, agent.speaker) : null
  }
})
