/**
 * `cue-before-clause`: an inverted cue opening the sentence, with its
 * speaker, then the clause without quote marks (`Kata Budi, …`); or an
 * anaphoric cue and a comma (`Lanjutnya, …`).
 */
import {besidePosition, namedBesideCue} from './beside-cue.ts'
import {indirectRule} from './indirect-rule.ts'

export const cueBeforeClause = indirectRule({
  id: 'cue-before-clause',
  reads: 'a cue opening the sentence, then the clause without quote marks: `Kata Budi, …`, `Lanjutnya, …`',
  applies: (site) => besidePosition(site) === 'before',
  read: namedBesideCue
})
