/**
 * What the rules of a cue beside its clause share (`Menurut Budi, …`,
 * `…, menurut Budi.`, `…, kata Budi.`, `Kata Budi, …`, `…, lanjutnya, …`,
 * `Menurut laporan itu, …`): where the cue stands, the speaker after it,
 * and the clause before or after it that it reports.
 */
import {cueAt} from '../../extract/cue-words.ts'
import {possessedStem} from '../../extract/document.ts'
import type {SpeakerPhrase} from '../../phrase/speaker-phrase.ts'
import {readPhrase} from '../../phrase/read.ts'
import {addresseeAfter} from '../addressee.ts'
import {markUsed, maxClauseTokens, quoteInside, rangeContent, wordCount} from '../context.ts'
import {anonymousAwarePhrase} from '../speaker-at-cue.ts'
import {indirectStatement, type IndirectReading, type IndirectSite} from './indirect-rule.ts'

/**
 * Where a cue stands beside its clause: `according` (`menurut`, anywhere), `before` (an inverted cue opening the
 * sentence, or an anaphoric one followed by a comma), `after` (an inverted or anaphoric cue after a comma); null
 * for any other cue.
 */
export function besidePosition(site: IndirectSite): 'according' | 'before' | 'after' | null {
  const {cue, first, doc} = site
  const {tokens} = doc
  const k = cue.first
  if (cue.kind === 'according') return 'according'
  if ((cue.kind === 'inverted' || cue.kind === 'anaphoric') && k > first && tokens.at(k - 1)!.text === ',') return 'after'
  if ((cue.kind === 'anaphoric' && k === first && tokens.at(k + 1)?.text === ',') || (cue.kind === 'inverted' && opensSentence(site))) return 'before'
  return null
}

/** The cue opens the sentence, or follows only a lead word (`Seperti kata Budi, …`, `Sebagaimana dikatakan Budi, …`). */
export function opensSentence(site: IndirectSite): boolean {
  const {doc, cue, first} = site
  return cue.first === first || (cue.first === first + 1 && doc.language.cues.citingLeads.has(doc.tokens.at(first)!.lower))
}

/** The cue points back to a speaker named before (`katanya`, `menurutnya`). */
export function pointsBack(site: IndirectSite): boolean {
  const {cue, doc} = site
  return cue.kind === 'anaphoric' || doc.language.cues.anaphoric.has(doc.tokens.at(cue.first)!.lower)
}

/** The sentence within a long clause either side of the cue (bounded: scraped text can lack sentence ends). */
function bounded(site: IndirectSite): {first: number; last: number} {
  return {first: Math.max(site.first, site.cue.first - maxClauseTokens), last: Math.min(site.sentence.last, site.cue.last + maxClauseTokens)}
}

/** The first token after the cue and the report nouns right after it (`menurut laporan …`). */
export function afterReportNouns(site: IndirectSite): number {
  const {doc, cue} = site
  const {tokens} = doc
  const {last} = bounded(site)
  let start = cue.last + 1
  while (start <= last && tokens.at(start)!.word && doc.language.text.reportNouns.has(tokens.at(start)!.lower)) start++
  return start
}

/** The speaker named after the cue (`menurut Budi`, `kata juru bicara …`), with the token it ends at; null when none. */
export function speakerAfterCue(site: IndirectSite): {speaker: SpeakerPhrase; end: number} | null {
  const range = anonymousAwarePhrase(site.doc, afterReportNouns(site), bounded(site).last)
  if (!range) return null
  const speaker = readPhrase(site.doc, range)
  return speaker ? {speaker, end: range.last} : null
}

/**
 * The statement of a cue beside its clause, with the speaker read after the cue (null where it points back or
 * shares the speaker of `reported`), ending at `speakerEnd`: the clause before the cue when it has four words or
 * more (or nothing follows), else the one after, skipping a time or place tail after the speaker; both, as one span
 * with the cue inside, where the cue is set off by commas inside the clause (`Tarif baru itu, lanjut Hendra, berlaku …`).
 */
export function besideCueStatement(site: IndirectSite, speaker: SpeakerPhrase | null, speakerEnd: number, reported: number | null): IndirectReading | null {
  const {context, doc, cue} = site
  const {tokens} = doc
  const {first, last} = bounded(site)
  const addressee = addresseeAfter(doc, speakerEnd + 1, last)
  if (addressee) speakerEnd = addressee.last
  // Skip a time or place tail after the speaker up to the next comma or the end.
  let after = speakerEnd + 1
  while (after <= last && tokens.at(after)!.text !== ',') after++
  // `Menurutnya selama ini …`, `Menurut Budi pemerintah …`: no comma after the speaker; the clause starts right after it.
  const next = tokens.at(speakerEnd + 1)
  if (after > last && cue.kind === 'according' && cue.first === first && next?.word && !doc.language.text.phraseStops.has(next.lower) &&
    !tokens.slice(cue.last + 1, speakerEnd + 1).some((token) => token.text === ',')) after = speakerEnd
  const beforeRange = rangeContent(doc, first, cue.first - 1)
  // `Dijelaskan, bahwa …`: the complementiser that opens the clause stays out of it.
  const opener = tokens.at(after + 1)
  if (opener?.word && doc.language.cues.complementizers.has(opener.lower) && !doc.language.cues.purposeComplementizers.has(opener.lower)) after++
  const afterRange = after < last ? rangeContent(doc, after + 1, last) : null
  let content: [number, number] | null
  let firstToken: number
  let lastToken: number
  if (cue.first === first || (cue.kind === 'according' && beforeRange && wordCount(doc, first, cue.first - 1) <= 3)) {
    content = afterRange
    firstToken = after + 1
    lastToken = last
  } else if (beforeRange && (wordCount(doc, first, cue.first - 1) >= 4 || !afterRange)) {
    content = beforeRange
    firstToken = first
    lastToken = cue.first - 1
  } else {
    content = afterRange
    firstToken = after + 1
    lastToken = last
  }
  if (!content) return null
  // `Tarif baru itu, lanjut Hendra, berlaku mulai Januari.`: a cue set off by commas inside the clause reports both halves, one span.
  let readTo = cue.first
  const whole = afterRange && cue.first > first && tokens.at(cue.first - 1)!.text === ',' && tokens.at(after)?.text === ',' ? rangeContent(doc, first, last) : null
  // `…, demikian diumumkan X, dilansir kantor berita AFP.`: a citation after the comma is no second half.
  const cueFollows = cueAt(doc, after + 1)?.kind === 'citing'
  if (whole && !cueFollows && wordCount(doc, first, cue.first - 1) > 0 && !opensWithConnective(site) && !isCalendarTail(site, after + 1) && !quoteInside(context, first, last)) {
    content = whole
    firstToken = first
    lastToken = last
    readTo = last
  }
  if (quoteInside(context, firstToken, lastToken)) return null
  markUsed(context, cue)
  markUsed(context, speaker?.phrase ?? null)
  return {
    statement: indirectStatement(site, {
      content,
      firstToken,
      lastToken,
      speaker,
      anaphoric: speaker === null && reported === null,
      addressee: addressee?.phrase ?? null,
      sharesSpeakerWith: reported
    }),
    readTo
  }
}

/**
 * The words before the cue are only a connective that links the sentence to the one before (`Namun`, `Selain itu`,
 * `Pasalnya`): they stay out of the content.
 */
function opensWithConnective(site: IndirectSite): boolean {
  const {doc, first, cue} = site
  const {persons, cues} = doc.language
  const words = doc.tokens.slice(first, cue.first).filter((token) => token.word)
  const head = words[0]
  if (!head || words.length > 3) return false
  // `Banyak bank digital, kata dia, kesulitan …`, `Sebagian anggota, kata dia, …`: a quantifier and its noun are the subject.
  if (persons.quantifiers.has(head.lower) && words.length > 1) return false
  if (persons.functionWords.has(head.lower) || persons.adverbs.has(head.lower) || persons.subordinators.has(head.lower) || cues.coordinators.has(head.lower)) return true
  return words.length === 1 && possessedStem(head, doc.language) !== null
}

/** The words from `k` are a date or time tail (`Senin (5/2/2024)`, `Januari lalu`), not more of the clause. */
function isCalendarTail(site: IndirectSite, k: number): boolean {
  const token = site.doc.tokens.at(k)
  return token !== undefined && token.word && site.doc.language.text.calendar.has(token.lower)
}

/** The statement of a cue beside its clause whose speaker is named after it or points back (according-to, cue-before-clause, cue-after-clause). */
export function namedBesideCue(site: IndirectSite): IndirectReading | null {
  if (pointsBack(site)) return besideCueStatement(site, null, site.cue.last, null)
  const named = speakerAfterCue(site)
  return named ? besideCueStatement(site, named.speaker, named.end, null) : null
}
