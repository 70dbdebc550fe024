/**
 * `according-to`: `Menurut Budi, …` and `…, menurut Budi.` without quote
 * marks; `menurutnya` points back to a speaker named before.
 */
import {besidePosition, namedBesideCue} from './beside-cue.ts'
import {indirectRule} from './indirect-rule.ts'

export const accordingTo = indirectRule({
  id: 'according-to',
  reads: '`Menurut Budi, …`, `…, menurut Budi.`, `Menurutnya, …`',
  applies: (site) => besidePosition(site) === 'according',
  read: namedBesideCue
})
