/**
 * `misattributed`: a quote whose words are in a source, but said there by
 * someone else (per the source's own attribution graph), or by the same
 * person in another role. Off unless sources are configured. Reported at the
 * speaker's mention. No `expected`: putting the source's speaker in place of
 * the mention is not a certain fix (the role words around it, a pronoun, the
 * rest of the story may need changing too), so `--fix` leaves it to people.
 */
import {explainReason} from '../../../verify/reason.ts'
import {verificationRule} from './verification-state.ts'

export default verificationRule(
  {
    id: 'misattributed',
    description: 'A quote is credited to the speaker its source gives it to',
    severity: 'error',
    fixable: false,
    advisory: true
  },
  'misattributed',
  (quote, verification, {t, locale}) => {
    if (verification.source === null) return null
    const at = quote.speakerMention ?? quote.content
    const {document, span} = verification.source
    return {
      // The engine's reason in the message's language is the detail; a catalog without it says the same from the verdict's fields.
      reason: t('misattributed', {detail: explainReason(verification.why, locale), document, source: verification.sourceSpeaker ?? t('mixed-speakers.another-speaker')}),
      at: {
        start: at.start,
        end: at.end,
        note: t('misattributed.note', {document, start: span.start, end: span.end, text: span.text})
      }
    }
  }
)
