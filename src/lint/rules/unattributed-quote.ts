/**
 * `unattributed-quote`: a direct quote with no speaker a reader could identify.
 *
 * A quote is attributed when its sentence has a cue (`"…," kata Jeon`,
 * `Jeon mengatakan, "…"`, `menurut dia, "…"`), when the attribution graph
 * gives it a speaker through a cue, or when it continues an attributed quote
 * from the sentence just before (`"…," kata Jeon. "…"`). Quoted terms and
 * titles (`media "Vesti Primorye"`) are not statements and are left alone.
 */
import {attributedPairs} from '../context.ts'
import {lintRule} from '../rule.ts'
import {optionsSchema} from '../rule-options.ts'

export interface UnattributedQuoteOptions {}

export default lintRule<UnattributedQuoteOptions>(
  {
    id: 'unattributed-quote',
    description: 'Every direct quote has a speaker the reader can identify',
    severity: 'error',
    fixable: false,
    advisory: true,
    schema: optionsSchema()
  },
  {},
  ({state, report, t}) => {
    const text = state.view.text
    for (const {pair, attributed} of attributedPairs(text, state.quotes, state.graph)) {
      if (attributed) continue
      report(t('unattributed-quote'), {
        start: pair.open.offset,
        end: pair.close.offset + 1,
        actual: text.slice(pair.open.offset, Math.min(pair.close.offset + 1, pair.open.offset + 40)) + (pair.close.offset + 1 - pair.open.offset > 40 ? '…' : '')
      })
    }
  }
)
