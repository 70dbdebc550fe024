/**
 * `cue-after-quote`: a quotation followed by a cue and its speaker —
 * `"…," kata Budi`, `"…," ditambahkan Tony`, `"…," menurut Budi`,
 * `"…," ia mengklaim`, `"…." Demikian dikatakan Budi.` A direct quote, or a
 * mixed one when a clausal cue earlier in the sentence reports the clause
 * that holds it.
 */
import {markUsed} from '../context.ts'
import {addresseeAfterAdjunct} from '../addressee.ts'
import type {StatementReading} from '../statement.ts'
import {clauseAroundQuote} from './clause-around.ts'
import type {CueAfterQuote} from './cue-after.ts'
import {endsWithTerminal, quoteRule, type QuoteSite} from './quote-rule.ts'

/** The cue after the quotation decides it, unless a short title (`bertajuk "…" menyebutkan`) stands before a clausal verb. */
export function readsCueAfter(site: QuoteSite): boolean {
  const {after} = site
  return after !== null && !(site.afterTitleWord && site.words <= 4 && after.cue.kind === 'clausal')
}

/** The statement a quotation makes with the cue after it (cue-after-quote, anaphoric-cue). */
export function cueAfterStatement(site: QuoteSite, after: CueAfterQuote = site.after!): StatementReading {
  const {context, doc, stretch, sentence} = site
  const cueRange = {first: after.cue.first, last: after.cue.last}
  markUsed(context, cueRange)
  markUsed(context, after.speaker?.phrase ?? null)
  const addressee = addresseeAfterAdjunct(doc, after.end + 1, sentence.last)
  const mixed = !site.atStart && !site.before && clauseAroundQuote(doc, stretch.openToken, sentence) !== null && !endsWithTerminal(doc, stretch)
  return {
    ...site.base(),
    kind: mixed ? 'mixed' : 'direct',
    cue: cueRange,
    speaker: after.speaker,
    anaphoric: after.cue.kind === 'anaphoric' || after.speaker === null,
    addressee: addressee?.phrase ?? null
  }
}

export const cueAfterQuote = quoteRule({
  id: 'cue-after-quote',
  reads: 'a quotation, then a cue naming its speaker: `"…," kata Budi`, `"…," ditambahkan Tony`, `"…," ia mengklaim`',
  applies: (site) => readsCueAfter(site) && site.after!.speaker !== null,
  read: (site) => cueAfterStatement(site)
})
