/**
 * `unsupported-quote`: a quote no configured source holds (for indirect
 * speech: no source sentence from that speaker shares enough of its content
 * words). Off unless sources are configured.
 */
import {explainReason} from '../../../verify/reason.ts'
import {verificationRule} from './verification-state.ts'

export default verificationRule(
  {
    id: 'unsupported-quote',
    description: 'Every quote is found in the configured sources',
    severity: 'warn',
    fixable: false,
    advisory: true
  },
  'unsupported',
  (quote, verification, {t, locale}) => ({
    reason: t('unsupported-quote', {detail: explainReason(verification.why, locale)}),
    at: {
      start: quote.content.start,
      end: quote.content.end,
      note: verification.score === undefined ? undefined : t('unsupported-quote.note', {percent: Math.round(verification.score * 100)})
    }
  })
)
