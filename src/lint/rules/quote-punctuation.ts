/**
 * `quote-punctuation`: EYD V (and PUEBI before it) punctuation of direct quotes.
 *
 * - the quote's own comma goes inside the closing mark: `"…", kata X` → `"…," kata X`;
 * - before the cue a full stop becomes a comma: `"…." kata X` → `"…," kata X`;
 * - a quote followed by its cue needs the comma: `"…" kata X` → `"…," kata X`;
 * - `?` and `!` replace the comma: `"…?," kata X` → `"…?" kata X`;
 * - the cue after a quote is lower case: `"…," Kata X` → `"…," kata X`;
 * - a quote introduced by `, "` or `: "` that ends the sentence keeps its full
 *   stop inside: `Kata dia, "…".` → `Kata dia, "…."`.
 * A term in quote marks (`media "Vesti Primorye"`) takes its punctuation
 * outside; the rule only looks at quotes followed by a cue or introduced as speech.
 */
import {cueAfter} from '../context.ts'
import {lintRule} from '../rule.ts'
import {optionsSchema, optionTypes} from '../rule-options.ts'

export interface QuotePunctuationOptions {
  /** Check the case of the cue after a quote (`"…," Kata dia`). Default: true. */
  cueCase: boolean
}

const letterOrClosingBracket = /[\p{L}\p{N})\]]/u

export default lintRule<QuotePunctuationOptions>(
  {
    id: 'quote-punctuation',
    description: 'Punctuation of a direct quote goes inside the closing mark, and the cue after it is lower case (EYD V)',
    severity: 'warn',
    fixable: true,
    schema: optionsSchema({cueCase: optionTypes.boolean})
  },
  {cueCase: true},
  ({state, report, t}, options) => {
    const text = state.view.text
    for (const pair of state.quotes.pairs) {
      const {open, close} = pair
      const c = close.offset
      const mark = close.char
      const inner = text[c - 1] ?? ''
      const innerBefore = text[c - 2] ?? ''
      const after = text.slice(c + 1, c + 3)
      const cue = cueAfter(text, pair)
      const outside = after[0] ?? ''

      if (cue) {
        const cueWord = cue.cue
        /** Whether the quote ends with a comma once this rule's own fix is made (then the cue is lower case). */
        let endsWithComma = inner === ',' || outside === ','
        if (outside === ',' || outside === '.') {
          endsWithComma ||= inner !== '?' && inner !== '!'
          if (inner === '?' || inner === '!' || inner === ',') {
            report(t('quote-punctuation.remove-after-mark', {outside, inner}), {
              start: c,
              end: c + 2,
              expected: mark
            })
          } else {
            report(t('quote-punctuation.comma-inside', {actual: `${mark}${outside} ${cueWord}`, expected: `,${mark} ${cueWord}`}), {
              start: inner === '.' ? c - 1 : c,
              end: c + 2,
              actual: text.slice(inner === '.' ? c - 1 : c, c + 2),
              expected: ',' + mark
            })
          }
        } else if ((inner === '?' || inner === '!') && innerBefore === ',') {
          report(t('quote-punctuation.replaces-comma-before', {mark: inner}), {start: c - 2, end: c - 1, expected: ''})
        } else if ((inner === ',' || inner === '.') && (innerBefore === '?' || innerBefore === '!')) {
          report(t('quote-punctuation.replaces-comma-after', {mark: innerBefore, extra: inner}), {start: c - 1, end: c, expected: ''})
        } else if (inner === '.' && innerBefore !== '.') {
          endsWithComma = true
          report(t('quote-punctuation.comma-not-stop', {actual: `.${mark} ${cueWord}`, expected: `,${mark} ${cueWord}`}), {
            start: c - 1,
            end: c,
            expected: ','
          })
        } else if (letterOrClosingBracket.test(inner) && /^\s/u.test(after)) {
          endsWithComma = true
          report(t('quote-punctuation.add-comma', {actual: `${mark} ${cueWord}`, expected: `,${mark} ${cueWord}`}), {
            start: c,
            end: c + 1,
            expected: ',' + mark
          })
        }
        if (options.cueCase && /^\p{Lu}/u.test(cueWord) && endsWithComma) {
          const start = cue.start
          report(t('quote-punctuation.lower-case-cue', {actual: cueWord, expected: cueWord.toLowerCase()}), {
            start,
            end: start + cueWord.length,
            expected: cueWord[0].toLowerCase() + cueWord.slice(1)
          })
        }
        continue
      }

      // A quote introduced as speech (`, "` or `: "`) that ends the sentence.
      const intro = text.slice(Math.max(0, open.offset - 2), open.offset)
      if (outside === '.' && /[,:]\s?$/u.test(intro) && letterOrClosingBracket.test(inner)) {
        report(t('quote-punctuation.stop-inside', {actual: `${mark}.`, expected: `.${mark}`}), {
          start: c,
          end: c + 2,
          expected: '.' + mark
        })
      } else if (outside === '.' && (inner === '?' || inner === '!') && /[,:]\s?$/u.test(intro)) {
        report(t('quote-punctuation.remove-stop', {mark: `${inner}${mark}`}), {start: c + 1, end: c + 2, expected: ''})
      }
    }
  }
)
