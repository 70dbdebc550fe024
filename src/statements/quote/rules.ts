/**
 * The quote rules, in the order they are tried. For each quotation (outside
 * site boilerplate; a quotation not inside another must have words, start in
 * the article body, and be closed if it uses single marks) the first rule
 * that applies decides: it reads a statement, or leaves the quotation none.
 * Then `continued-paragraph` links quotes that run over several paragraphs.
 */
import type {AnalysedText} from '../../extract/document.ts'
import type {QuotedStretch} from '../../extract/quote-marks.ts'
import {wordCount, type Context} from '../context.ts'
import {anaphoricCue} from './anaphoric-cue.ts'
import {continuedParagraph} from './continued-paragraph.ts'
import {cueAfterQuote} from './cue-after-quote.ts'
import {cueBeforeQuote} from './cue-before-quote.ts'
import {floatingQuote} from './floating-quote.ts'
import {mixedInClause} from './mixed-in-clause.ts'
import {openClassCue} from './open-class-cue.ts'
import {QuoteSite} from './quote-rule.ts'
import {quoteInQuote} from './quote-in-quote.ts'
import {splitQuote} from './split-quote.ts'

export const quoteRules = [quoteInQuote, cueAfterQuote, anaphoricCue, openClassCue, cueBeforeQuote, splitQuote, mixedInClause, floatingQuote] as const

/** Whether a quotation not inside another can be speech at all. */
function readable(doc: AnalysedText, stretch: QuotedStretch): boolean {
  if (stretch.family === 'single' && stretch.closeToken < 0) return false
  if (stretch.start < doc.bodyStart) return false
  return wordCount(doc, stretch.firstInner, stretch.lastInner) > 0
}

/** Each quotation of the text, read by the first quote rule that applies; then the paragraph continuations linked. */
export function findQuotes(context: Context): void {
  const {doc} = context
  const byStretch = new Map<number, number>()
  doc.marks.stretches.forEach((stretch, index) => {
    if (doc.boilerplate[stretch.openToken] === 1) return
    if (!stretch.nested && !readable(doc, stretch)) return
    const site = new QuoteSite(context, stretch, index, byStretch)
    const rule = quoteRules.find((candidate) => candidate.applies(site))
    const reading = rule?.read(site)
    if (!rule || !reading) return
    if (!stretch.nested) {
      context.quoted[stretch.openToken] = 1
      if (stretch.closeToken >= 0) context.quoted[stretch.closeToken] = 1
      byStretch.set(index, context.statements.length)
    }
    context.statements.push({...reading, rule: rule.id})
  })
  continuedParagraph.link(context, byStretch)
}
