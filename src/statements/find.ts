/**
 * Finds reported statements and their cues: direct quotes (with the cue after,
 * before, or none), mixed quotes (a quoted fragment in a reported clause),
 * and indirect speech (`X mengatakan, …`, `Menurut X, …`, `…, kata X`,
 * `seraya menambahkan bahwa …`, `…, lanjutnya, …`). Quotations are read by
 * the quote rules (quote/rules.ts), then the cues outside them by the
 * indirect rules (indirect/rules.ts), each in the order of its list. Speakers
 * are read as phrases here and resolved to entities later (src/attribute).
 */
import type {AnalysedText} from '../extract/document.ts'
import {phrasesAfterWords} from '../phrase/read.ts'
import type {SpeakerPhrase} from '../phrase/speaker-phrase.ts'
import {newContext} from './context.ts'
import {findIndirect} from './indirect/rules.ts'
import {findQuotes} from './quote/rules.ts'
import type {Statement} from './statement.ts'

/**
 * Speakers named after a passive cue (`Hal senada disampaikan X`,
 * `dikatakan oleh X`): they say something the text does not quote, and a
 * later `katanya` may point back to them.
 */
export function findPassiveSpeakers(doc: AnalysedText): Array<{offset: number; phrase: SpeakerPhrase}> {
  return phrasesAfterWords(doc, doc.language.cues.passive, doc.language.cues.passiveAgent)
    .filter(({phrase}) => phrase.kind === 'name' || phrase.kind === 'title')
    .map(({at, phrase}) => ({offset: doc.tokens.at(at)!.start, phrase}))
}

/** Every reported statement of the text: the quote rules, then the indirect rules. */
export function findStatements(doc: AnalysedText): Statement[] {
  const context = newContext(doc)
  findQuotes(context)
  findIndirect(context)
  return context.statements
}
