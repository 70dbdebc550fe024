/**
 * `misquote`: a quote whose words differ from its source without marking —
 * a word changed, added or dropped where no `…` or brackets show it.
 * Off unless sources are configured (`{sources}`: an index or documents).
 * `expected` is the source's wording for the quote's words.
 */
import type {MessageKey} from '../../../lang/messages.ts'
import type {WordChanges} from '../../../verify/align.ts'
import {formatDiff} from '../../../verify/format-text.ts'
import type {RuleContext} from '../../rule.ts'
import {quoteWordRange, verificationRule} from './verification-state.ts'

/** The catalog keys that count each kind of change, for one word and for more. */
const changeKeys: ReadonlyArray<[keyof WordChanges, MessageKey, MessageKey]> = [
  ['replaced', 'misquote.replaced.one', 'misquote.replaced'],
  ['added', 'misquote.added.one', 'misquote.added'],
  ['dropped', 'misquote.dropped.one', 'misquote.dropped']
]

/** `2 words changed, 1 word dropped` in the message's language. */
function describeChanges(changes: WordChanges | undefined, t: RuleContext['t']): string {
  if (changes === undefined) return t('misquote.changed')
  const parts = changeKeys
    .filter(([kind]) => changes[kind] > 0)
    .map(([kind, one, more]) => t(changes[kind] === 1 ? one : more, {count: changes[kind]}))
  return parts.length === 0 ? t('misquote.changed') : parts.join(', ')
}

export default verificationRule(
  {
    id: 'misquote',
    description: 'Quoted words match the source, or their changes are marked (… for omissions, brackets for insertions)',
    severity: 'error',
    fixable: false,
    advisory: true
  },
  'altered',
  (quote, verification, t) =>
    verification.source === null
      ? null
      : {
          reason: t('misquote', {document: verification.source.document, detail: describeChanges(verification.changes, t)}),
          at: {
            ...quoteWordRange(quote.content),
            expected: verification.source.span.text,
            note: verification.diff === undefined ? undefined : t('misquote.note', {diff: formatDiff(verification.diff)})
          }
        }
)
