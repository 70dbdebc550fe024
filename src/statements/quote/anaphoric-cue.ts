/**
 * `anaphoric-cue`: a quotation followed by a cue that points back to a
 * speaker named before (`"…," katanya`, `"…," lanjutnya`, `"…," menurutnya`).
 */
import {cueAfterStatement, readsCueAfter} from './cue-after-quote.ts'
import {quoteRule} from './quote-rule.ts'

export const anaphoricCue = quoteRule({
  id: 'anaphoric-cue',
  reads: 'a quotation, then a cue that points back: `"…," katanya`, `"…," lanjutnya`, `"…," menurutnya`',
  applies: (site) => readsCueAfter(site) && site.after!.speaker === null,
  read: (site) => cueAfterStatement(site)
})
