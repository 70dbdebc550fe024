/**
 * `cue-before-quote`: a cue and its speaker before the quotation —
 * `Budi mengatakan, "…"`, `Budi memberikan penilaian: "…"`, `Kata dia, "…"`.
 */
import {markUsed} from '../context.ts'
import {quoteRule} from './quote-rule.ts'

export const cueBeforeQuote = quoteRule({
  id: 'cue-before-quote',
  reads: 'a cue and its speaker, then the quotation: `Budi mengatakan, "…"`, `Kata dia, "…"`',
  applies: (site) => site.before !== null,
  read(site) {
    const before = site.before!
    markUsed(site.context, before.cue)
    markUsed(site.context, before.speaker?.phrase ?? null)
    return {...site.base(), kind: 'direct', cue: {first: before.cue.first, last: before.cue.last}, speaker: before.speaker, anaphoric: before.speaker === null}
  }
})
