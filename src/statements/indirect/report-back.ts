/**
 * `report-back`: `Menurut laporan itu, …` — a cue whose speaker is a report
 * the text just made, by whoever made it: the statement just before, in its
 * paragraph or the one before, when a reporting verb made it
 * (`Reuters melaporkan …`). With no such statement, no statement.
 */
import type {CueMatch} from '../../extract/cue-words.ts'
import type {Context} from '../context.ts'
import {afterReportNouns, besideCueStatement, besidePosition, pointsBack} from './beside-cue.ts'
import {indirectRule, type IndirectSite} from './indirect-rule.ts'

/** `laporan itu` lookups per text (each reads every statement found so far). */
const maxReportLookups = 100

/** The demonstrative closing report nouns right after the cue (`menurut laporan itu`), or -1. */
function reportDemonstrative(site: IndirectSite): number {
  const {doc, cue} = site
  const {tokens} = doc
  const start = afterReportNouns(site)
  const demonstrative = tokens.at(start)
  return start > cue.last + 1 && demonstrative?.word && doc.language.text.demonstratives.has(demonstrative.lower) && !tokens.at(start + 1)?.word ? start : -1
}

/**
 * The statement a `laporan itu` points back to: the last one before the cue,
 * in its paragraph or the one before, when a reporting verb made it
 * (`Reuters melaporkan …`); null when there is none.
 */
function reportBefore(context: Context, cue: CueMatch): number | null {
  const {doc, statements} = context
  if (++context.reportLookups > maxReportLookups) return null
  const at = doc.tokens.at(cue.first)!.start
  let best = -1
  for (let index = 0; index < statements.length; index++) {
    const statement = statements[index]!
    if (statement.contentStart < at && (best < 0 || statement.contentStart > statements[best]!.contentStart)) best = index
  }
  if (best < 0) return null
  const statement = statements[best]!
  const paragraph = (token: number): number => doc.sentences[doc.sentenceOf[token]!]!.paragraph
  if (!statement.cue || paragraph(cue.first) - paragraph(statement.firstToken) > 1) return null
  for (let k = statement.cue.first; k <= statement.cue.last; k++) if (doc.language.cues.reportVerbs.has(doc.tokens.at(k)!.lower)) return best
  return null
}

export const reportBack = indirectRule({
  id: 'report-back',
  reads: '`Menurut laporan itu, …`: shares the speaker of the statement a reporting verb just made (`Reuters melaporkan …`)',
  applies: (site) => besidePosition(site) !== null && !pointsBack(site) && reportDemonstrative(site) >= 0,
  read(site) {
    const reported = reportBefore(site.context, site.cue)
    return reported === null ? null : besideCueStatement(site, null, reportDemonstrative(site), reported)
  }
})
