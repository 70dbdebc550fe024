/**
 * `mixed-in-clause`: a quotation inside a clause that a cue earlier in the
 * sentence reports (`Budi mengatakan bahwa izin itu "harus dievaluasi"`,
 * `Menurut Yusuf, izin itu "harus dievaluasi ulang" …`): a mixed quote. It
 * decides every quotation that does not open its sentence; a short one
 * mid-sentence with no such cue, or after a title word, is a name, a title
 * or a scare-quoted term: no statement.
 */
import {clauseAroundQuote} from './clause-around.ts'
import {endsWithTerminal, quoteRule} from './quote-rule.ts'

export const mixedInClause = quoteRule({
  id: 'mixed-in-clause',
  reads: 'a quotation inside a clause a cue earlier in the sentence reports: `Budi mengatakan bahwa izin itu "harus dievaluasi"`',
  applies: (site) => !site.atStart,
  read(site) {
    const clause = clauseAroundQuote(site.doc, site.stretch.openToken, site.sentence)
    if (!clause || site.afterTitleWord || (site.words < 3 && !endsWithTerminal(site.doc, site.stretch))) return null
    return {...site.base(), kind: 'mixed', cue: {first: clause.cue.first, last: clause.cue.last}, speaker: clause.speaker, anaphoric: false}
  }
})
