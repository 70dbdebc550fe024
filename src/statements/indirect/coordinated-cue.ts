/**
 * `coordinated-cue`: a clausal cue after a coordinator, with no subject of
 * its own (`Budi mengatakan …, seraya menambahkan bahwa …`): it reports
 * another clause of the speaker of the sentence's clausal cue.
 */
import {isNegated} from '../../extract/cue-words.ts'
import {indirectRule} from './indirect-rule.ts'
import {isCoordinated, reportedClause} from './reported-clause.ts'

export const coordinatedCue = indirectRule({
  id: 'coordinated-cue',
  reads: 'a clausal cue after a coordinator, sharing the speaker of the sentence\'s clausal cue: `…, seraya menambahkan bahwa …`',
  applies: (site) => site.cue.kind === 'clausal' && !isNegated(site.doc, site.cue.first) && isCoordinated(site),
  read: (site) => (site.sentenceSpeaker.statement < 0 ? null : reportedClause(site, null, site.sentenceSpeaker.statement))
})
