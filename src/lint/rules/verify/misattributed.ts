/**
 * `misattributed`: a quote whose words are in a source, but said there by
 * someone else (per the source's own attribution graph), or by the same
 * person in another role. Off unless sources are configured. Reported at the
 * speaker's mention. No `expected`: putting the source's speaker in place of
 * the mention is not a certain fix (the role words around it, a pronoun, the
 * rest of the story may need changing too), so `--fix` leaves it to people.
 */
import {verificationRule} from './verification-state.ts'

export default verificationRule(
  {
    id: 'misattributed',
    description: 'A quote is credited to the speaker its source gives it to',
    severity: 'error',
    fixable: false
  },
  'misattributed',
  (quote, verification) => {
    if (verification.source === null) return null
    const at = quote.speakerMention ?? quote.content
    const {document, span} = verification.source
    return {
      reason: verification.reason,
      at: {
        start: at.start,
        end: at.end,
        note: `Source: ${document} ${span.start}–${span.end}: “${span.text}”`
      }
    }
  }
)
