/**
 * `floating-quote`: a quotation standing as a sentence of its own with no
 * cue (three words or more, or ending in punctuation): a direct quote whose
 * speaker comes from context.
 */
import {endsWithTerminal, quoteRule} from './quote-rule.ts'

export const floatingQuote = quoteRule({
  id: 'floating-quote',
  reads: 'a quotation that is a sentence of its own, with no cue: its speaker comes from context',
  applies: (site) => site.atStart && site.stretch.family === 'double' && (site.words >= 3 || endsWithTerminal(site.doc, site.stretch)) && !site.afterTitleWord,
  read: (site) => ({...site.base(), kind: 'direct', cue: null, speaker: null, anaphoric: true})
})
