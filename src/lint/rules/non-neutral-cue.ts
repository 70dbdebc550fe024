/**
 * `non-neutral-cue` (info): reporting words that editorialise. `mengklaim`,
 * `berdalih` or `mengaku` tell the reader what to think of a statement;
 * `mengatakan` reports it. Words inside quotations are the speaker's, not a cue.
 */
import {insideQuote} from '../context.ts'
import {nonNeutralCues} from '../lexicon.ts'
import {lintRule} from '../rule.ts'
import {wordsRegex} from '../words.ts'

export interface NonNeutralCueOptions {
  /** Words to accept in this text or project (for example `['mengakui']`). */
  allow: string[]
}

const matcher = wordsRegex(nonNeutralCues.map((entry) => entry.word))
const byWord = new Map(nonNeutralCues.map((entry) => [entry.word, entry]))

export default lintRule<NonNeutralCueOptions>(
  {
    id: 'non-neutral-cue',
    description: 'Reporting words stay neutral (mengatakan, not mengklaim, berdalih, mengaku)',
    severity: 'info',
    fixable: false
  },
  {allow: []},
  ({state, report}, options) => {
    const text = state.view.text
    const allowed = new Set(options.allow.map((word) => word.toLowerCase()))
    matcher.lastIndex = 0
    for (let match = matcher.exec(text); match; match = matcher.exec(text)) {
      const word = match[0].toLowerCase()
      const entry = byWord.get(word)
      if (!entry || allowed.has(word) || insideQuote(state.quotes, match.index)) continue
      report(`\`${match[0]}\` ${entry.why}; a neutral cue such as \`${entry.neutral}\` reports the statement without judging it`, {
        start: match.index,
        end: match.index + match[0].length
      })
    }
  }
)
