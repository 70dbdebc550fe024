/**
 * `non-neutral-cue` (info): reporting words that editorialise. `mengklaim`,
 * `berdalih` or `mengaku` tell the reader what to think of a statement;
 * `mengatakan` reports it. Words inside quotations are the speaker's, not a cue.
 * Verbs with other senses (`mengakui tempe sebagai warisan budaya`, `mengelak
 * limbah`) are reported only where they introduce what was said.
 */
import {insideQuote} from '../context.ts'
import {getLanguage} from '../../lang/index.ts'
import {lintRule} from '../rule.ts'
import {optionsSchema, optionTypes} from '../rule-options.ts'
import {wordList} from '../words.ts'

export interface NonNeutralCueOptions {
  /** Words to accept in this text or project (for example `['mengakui']`). */
  allow: string[]
}

const {nonNeutralCues, reportedClauseOpeners} = getLanguage('id').editorial
const matcher = wordList(nonNeutralCues.map((entry) => entry.word))
const byWord = new Map(nonNeutralCues.map((entry) => [entry.word, entry]))
const openers = new Set(reportedClauseOpeners)
const nextWord = /^\s*(["“”,:]|\p{L}+)/u

/** For verbs with other senses: is this use reporting speech (`mengaku, …`, `mengakui bahwa`, `"…," akunya`)? */
function isReporting(text: string, start: number, end: number): boolean {
  const next = nextWord.exec(text.slice(end, end + 30))?.[1]?.toLowerCase()
  if (next !== undefined && (!/\p{L}/u.test(next) || openers.has(next))) return true
  return /["”],?\s*$/u.test(text.slice(Math.max(0, start - 4), start))
}

export default lintRule<NonNeutralCueOptions>(
  {
    id: 'non-neutral-cue',
    description: 'Reporting words stay neutral (mengatakan, not mengklaim, berdalih, mengaku)',
    severity: 'info',
    fixable: false,
    advisory: true,
    schema: optionsSchema({allow: optionTypes.strings})
  },
  {allow: []},
  ({state, report, t}, options) => {
    const text = state.view.text
    const allowed = new Set(options.allow.map((word) => word.toLowerCase()))
    for (const match of matcher.matches(text, state.lower)) {
      const word = match.text.toLowerCase()
      const entry = byWord.get(word)
      if (!entry || allowed.has(word) || insideQuote(state.quotes, match.index)) continue
      if (entry.alsoNotSpeech && !isReporting(text, match.index, match.index + match.text.length)) continue
      report(t('non-neutral-cue', {cue: match.text, why: t(`non-neutral-cue.why.${entry.why}`), neutral: entry.neutral}), {
        start: match.index,
        end: match.index + match.text.length
      })
    }
  }
)
