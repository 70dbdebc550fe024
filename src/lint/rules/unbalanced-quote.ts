/**
 * `unbalanced-quote`: an opening quote mark never closed in its paragraph, or
 * a closing mark never opened. retext-quotes does not report these.
 */
import {lintRule} from '../rule.ts'
import {optionsSchema} from '../rule-options.ts'

export interface UnbalancedQuoteOptions {}

export default lintRule<UnbalancedQuoteOptions>(
  {
    id: 'unbalanced-quote',
    description: 'Every opening quote mark is closed in its paragraph, and every closing mark was opened',
    severity: 'error',
    fixable: false,
    schema: optionsSchema()
  },
  {},
  ({state, report, t}) => {
    const {unclosed, unopened} = state.quotes
    for (const mark of unclosed) {
      report(t('unbalanced-quote.unclosed', {mark: mark.char}), {start: mark.offset, end: mark.offset + 1})
    }
    for (const mark of unopened) {
      report(t('unbalanced-quote.unopened', {mark: mark.char}), {
        start: mark.offset,
        end: mark.offset + 1
      })
    }
  }
)
