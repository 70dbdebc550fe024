/**
 * `cue-after-clause`: a clause without quote marks, a comma, then an
 * inverted cue and its speaker (`…, kata Budi.`) or an anaphoric cue
 * (`…, lanjutnya, …`).
 */
import {besidePosition, namedBesideCue} from './beside-cue.ts'
import {indirectRule} from './indirect-rule.ts'

export const cueAfterClause = indirectRule({
  id: 'cue-after-clause',
  reads: 'a clause without quote marks, a comma, then a cue: `…, kata Budi.`, `…, lanjutnya, …`',
  applies: (site) => besidePosition(site) === 'after',
  read: namedBesideCue
})
