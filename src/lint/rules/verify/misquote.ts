/**
 * `misquote`: a quote whose words differ from its source without marking —
 * a word changed, added or dropped where no `…` or brackets show it.
 * Off unless sources are configured (`{sources}`: an index or documents).
 * `expected` is the source's wording for the quote's words.
 */
import {formatDiff} from '../../../verify/format-text.ts'
import {describeChanges} from '../../../verify/reason.ts'
import {quoteWordRange, verificationRule} from './verification-state.ts'

export default verificationRule(
  {
    id: 'misquote',
    description: 'Quoted words match the source, or their changes are marked (… for omissions, brackets for insertions)',
    severity: 'error',
    fixable: false,
    advisory: true
  },
  'altered',
  (quote, verification, {t, locale}) =>
    verification.source === null
      ? null
      : {
          reason: t('misquote', {document: verification.source.document, detail: describeChanges(verification.changes, locale)}),
          at: {
            ...quoteWordRange(quote.content),
            expected: verification.source.span.text,
            note: verification.diff === undefined ? undefined : t('misquote.note', {diff: formatDiff(verification.diff)})
          }
        }
)
