/**
 * The clause a clausal cue reports, and the statement it makes
 * (`clausal-cue`, `coordinated-cue`): after an optional addressee
 * (`kepada wartawan`), time and place adjuncts, a comma, colon or `bahwa`; up
 * to the end of the sentence, a coordinated cue (`, seraya menambahkan`), a
 * negated saying or a cue after a comma. Whom the speaker cites
 * (`mengutip Reuters`) is read anywhere in the sentence.
 */
import {cueAt} from '../../extract/cue-words.ts'
import type {AnalysedText} from '../../extract/document.ts'
import type {SpeakerPhrase} from '../../phrase/speaker-phrase.ts'
import {addresseeAfter} from '../addressee.ts'
import {markUsed, maxClauseTokens, quoteInside, rangeContent} from '../context.ts'
import {citingIn} from '../speaker-at-cue.ts'
import {indirectStatement, type IndirectReading, type IndirectSite} from './indirect-rule.ts'

/** Whether the clausal cue follows a coordinator (`…, seraya menambahkan`, `dan mengatakan`), not the additive `dan`… */
export function isCoordinated(site: IndirectSite): boolean {
  const {doc, cue, first} = site
  const before = doc.tokens.at(cue.first - 1)
  if (cue.first <= first || !doc.language.cues.coordinators.has(before!.lower)) return false
  // `X menyebut …, dan mengingatkan …`: the additive `dan` coordinates a cue after a comma, or right after the
  // clause the sentence's speaker reported (`Dia mengatakan … dan berjanji untuk …`).
  if (before!.lower !== doc.language.text.additiveConjunction || doc.tokens.at(cue.first - 2)?.text === ',') return true
  const reported = site.context.statements[site.sentenceSpeaker.statement]
  return reported !== undefined && reported.lastToken === cue.first - 2
}

/**
 * `… dan berjanji …`, `… dan menganggap …`: `dan`, then a verb of pledge or belief, at `j` — the subject's own next
 * predicate, not more of the reported clause (where `dan menjelaskan …` may well be the clause's subject's).
 */
function andNextVerb(doc: AnalysedText, j: number): boolean {
  const {tokens, language} = doc
  const next = tokens.at(j + 1)
  if (tokens.at(j)!.lower !== language.text.additiveConjunction || !next?.word) return false
  return language.cues.belief.has(next.lower) || language.cues.commissive.has(next.lower)
}

/** Whether the cue is a verb of belief, feeling or estimation (`menduga`, `yakin`): its clause is a thought, no statement. */
export function isBelief(site: IndirectSite): boolean {
  const {doc, cue} = site
  return cue.first === cue.last && doc.language.cues.belief.has(doc.tokens.at(cue.first)!.lower)
}

/**
 * The object names a topic or a complaint, not what was said: a topic preposition and no clause after a comma
 * (`menyinggung tentang pasal …`), or a filing verb with `ke` and an institution (`melaporkan Imam ke Polresta …`).
 */
function namesNoContent(doc: AnalysedText, cue: number, first: number, last: number): boolean {
  const {tokens, language} = doc
  let comma = first
  while (comma <= last && tokens.at(comma)!.text !== ',') comma++
  if (language.cues.topicPrepositions.has(tokens.at(first)!.lower) && comma > last) return true
  // A complaint's object follows the verb directly (`melaporkan bahwa …`, `melaporkan, …` report words).
  if (!language.cues.filingVerbs.has(tokens.at(cue)!.lower) || first !== cue + 1) return false
  for (let k = first; k < comma; k++) {
    if (language.text.locatives.has(tokens.at(k)!.lower) && tokens.at(k + 1)?.capitalized === true && k + 1 < comma) return true
  }
  return false
}

/** The statement of the clause the cue reports, with its speaker phrase or the statement whose speaker it shares. */
export function reportedClause(site: IndirectSite, speaker: SpeakerPhrase | null, sharesSpeakerWith: number | null): IndirectReading | null {
  const {context, doc, cue, sentence, first} = site
  const {tokens} = doc
  const content = clauseAfter(doc, cue.last + 1, sentence.last)
  if (!content) return null
  // `UU yang mengakui dan mengembalikan hak …`: the cue is one of two verbs sharing an object, not a report.
  if (tokens.at(content.first)!.lower === doc.language.text.additiveConjunction || namesNoContent(doc, cue.first, content.first, content.last)) return null
  if (quoteInside(context, content.first, content.last)) return null
  // `X, mengutip Kantor Berita Yonhap, mengatakan …` or `… , mengutip sumber …`: anywhere in the sentence.
  const citing = citingIn(doc, content.first, sentence.last) ?? citingIn(doc, first, cue.first - 1)
  let contentLast = citing && citing.cueAt >= content.first && citing.cueAt <= content.last ? citing.cueAt - 1 : content.last
  // `…, seperti dikutip dari Reuters`: the lead word goes with the citation.
  if (citing && contentLast === citing.cueAt - 1 && contentLast > content.first && doc.language.cues.citingLeads.has(tokens.at(contentLast)!.lower)) contentLast--
  const offsets = rangeContent(doc, content.first, contentLast)
  if (!offsets) return null
  markUsed(context, cue)
  return {
    statement: indirectStatement(site, {
      content: offsets,
      firstToken: content.first,
      lastToken: contentLast,
      speaker,
      anaphoric: false,
      addressee: content.addressee ?? addresseeBeforeCue(doc, speaker, cue.first),
      citing: citing?.phrase ?? null,
      sharesSpeakerWith,
      thought: isBelief(site)
    }),
    readTo: content.last
  }
}

/**
 * Who heard it, named in an adjunct between the subject and its cue: `Departemen … dalam pernyataan tertulis kepada VOA
 * Indonesia menyatakan`.
 */
function addresseeBeforeCue(doc: AnalysedText, speaker: SpeakerPhrase | null, cue: number): SpeakerPhrase | null {
  if (!speaker) return null
  for (let j = speaker.phrase.last + 1; j < cue - 1; j++) {
    if (doc.tokens.at(j)!.word && doc.language.text.addresseeMarkers.has(doc.tokens.at(j)!.lower)) return addresseeAfter(doc, j, cue - 1)?.phrase ?? null
  }
  return null
}

/**
 * The clause a clausal cue reports: after an optional addressee
 * (`kepada wartawan`), comma, colon or `bahwa`; up to the end of the
 * sentence or a coordinated cue (`, seraya menambahkan`).
 */
function clauseAfter(doc: AnalysedText, k: number, limit: number): {first: number; last: number; addressee: SpeakerPhrase | null} | null {
  const {tokens, language} = doc
  // The cue's last word stands right before the clause.
  const directive = k > 0 && language.cues.directive.has(tokens.at(k - 1)!.lower)
  const commissive = k > 0 && language.cues.commissive.has(tokens.at(k - 1)!.lower)
  let addressee: SpeakerPhrase | null = null
  const found = addresseeAfter(doc, k, limit)
  if (found) {
    addressee = found.phrase
    k = found.last + 1
  }
  // `mengatakan di Garut, Rabu, bahwa …`: time and place adjuncts set off by commas.
  for (let chunk = 0; chunk < 3; chunk++) {
    const head = tokens.at(k)
    if (!head || !head.word || !(language.text.calendar.has(head.lower) || language.text.clauseAdjuncts.has(head.lower))) break
    let comma = k + 1
    while (comma <= limit && comma - k < 8 && tokens.at(comma)!.text !== ',') comma++
    if (comma > limit || tokens.at(comma)!.text !== ',') break
    k = comma + 1
  }
  // `mengonfirmasi pada Selasa pagi bahwa …`: a `bahwa` close by starts the clause.
  for (let j = k; j <= Math.min(limit, k + 8); j++) {
    const token = tokens.at(j)!
    if (token.text === ',' || cueAt(doc, j)?.kind === 'clausal') break
    if (token.word && language.cues.complementizers.has(token.lower) && (j === k || directive || !language.cues.purposeComplementizers.has(token.lower))) {
      k = j + 1
      break
    }
    // `meminta kepada warga untuk …`, `berjanji untuk …`: the infinitive right after a request or a pledge (and its
    // addressee) opens its content; after an object it is part of it (`meminta para pejabat untuk …`).
    if (token.word && language.cues.infinitiveMarkers.has(token.lower) && (directive || commissive) && j === k) {
      k = j + 1
      break
    }
  }
  while (k <= limit && (tokens.at(k)!.text === ',' || tokens.at(k)!.text === ':')) k++
  // `mengatakan, bahwa …`: the complementiser after the comma stays out of the clause.
  if (k < limit && tokens.at(k)!.word && language.cues.complementizers.has(tokens.at(k)!.lower) && !language.cues.purposeComplementizers.has(tokens.at(k)!.lower)) k++
  // `menyebut jika …`, `menyebut, kalau …`: a condition word right after the cue stands for `bahwa`.
  else if (k < limit && tokens.at(k)!.word && language.cues.conditionalComplementizers.has(tokens.at(k)!.lower) && !addressee) k++
  if (k > limit) return null
  // A reported clause is at most a long sentence (bounded: scraped text can lack sentence ends).
  limit = Math.min(limit, k + maxClauseTokens)
  let last = limit
  for (let j = k + 1; j <= limit; j++) {
    // `… tanpa mengatakan apakah …`: a negated saying ends the reported clause.
    if (tokens.at(j)!.word && language.cues.negators.has(tokens.at(j)!.lower) && cueAt(doc, j + 1)) {
      last = j - 1
      break
    }
    // `Dia mengatakan … dan berjanji untuk …`: the speaker's next predicate ends the clause.
    if (andNextVerb(doc, j)) {
      last = j - 1
      break
    }
    if (tokens.at(j)!.text !== ',') continue
    const next = tokens.at(j + 1)
    const after = tokens.at(j + 2)
    if (!next) break
    if (language.cues.coordinators.has(next.lower) && after && cueAt(doc, j + 2)) {
      last = j - 1
      break
    }
    const cue = cueAt(doc, j + 1)
    if (cue && (cue.kind === 'inverted' || cue.kind === 'anaphoric' || cue.kind === 'according' || cue.kind === 'citing')) {
      last = j - 1
      break
    }
  }
  return {first: k, last, addressee}
}
