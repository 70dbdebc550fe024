/**
 * `clausal-cue`: a subject and a clausal cue, then the reported clause —
 * `Budi mengatakan (bahwa) …`, `Budi mengatakan kepada wartawan, …`,
 * `Ia menambahkan, …`. Not a negated saying (`tanpa mengatakan`), a cue in a
 * subordinate clause (`Saat Budi mengonfirmasi …,`), or a subject that only
 * shows (`Sejumlah foto … menunjukkan`).
 */
import {isNegated} from '../../extract/cue-words.ts'
import {phraseBefore} from '../../phrase/phrase-before.ts'
import {readPhrase} from '../../phrase/read.ts'
import {isNonSpeaker, withAppositiveRole} from '../speaker-at-cue.ts'
import {indirectRule} from './indirect-rule.ts'
import {isCoordinated, reportedClause} from './reported-clause.ts'

export const clausalCue = indirectRule({
  id: 'clausal-cue',
  reads: 'a subject, a clausal cue, then the reported clause: `Budi mengatakan (bahwa) …`, `Ia menambahkan, …`',
  givesSentenceSpeaker: true,
  applies: (site) => site.cue.kind === 'clausal' && !isNegated(site.doc, site.cue.first) && !isCoordinated(site),
  read(site) {
    const {doc, cue, first} = site
    const range = phraseBefore(doc, cue.first - 1, first)
    if (!range) return null
    const speaker = withAppositiveRole(doc, readPhrase(doc, range), cue.first - 1)
    if (!speaker || isNonSpeaker(doc, range)) return null
    return reportedClause(site, speaker, null)
  }
})
