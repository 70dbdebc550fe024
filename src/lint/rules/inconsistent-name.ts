/**
 * `inconsistent-name`: the same person (or organisation) spelled two ways in
 * one text (`Jeon Ha-kyou` / `Jeon Ha-kyu`, `Kim Jong Un` / `Kim Jong-un`).
 * Reported at the first use of the second spelling. Names inside quotations
 * are the speaker's words and are left alone.
 *
 * Forms come from the attribution graph (names, aliases and mentions of
 * people and organisations); without graph entities, from runs of
 * capitalised words in the text.
 */
import type {Span} from '../../contract/graph.ts'
import {insideQuote} from '../context.ts'
import {earlierVariants, nameForm, nameTokens} from '../../text/names.ts'
import {lintRule} from '../rule.ts'
import {optionsSchema} from '../rule-options.ts'

export interface InconsistentNameOptions {
  /** Pairs of spellings both accepted, e.g. `[["Jokowi", "Joko Widodo"]]`. */
  allow: Array<[string, string]>
}

// A run starts only at a word start (not after `'` or `-`), so no start re-scans a word: linear.
const capitalisedRun = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*(?:[ ]\p{Lu}[\p{L}'’-]*)+/gu

export default lintRule<InconsistentNameOptions>(
  {
    id: 'inconsistent-name',
    description: 'A name is spelled one way throughout the text',
    severity: 'warn',
    fixable: false,
    advisory: true,
    schema: optionsSchema({allow: {type: 'array', items: {type: 'array', items: {type: 'string'}, minItems: 2, maxItems: 2}}})
  },
  {allow: []},
  ({state, report, t}, options) => {
    const text = state.view.text
    const graph = state.graph
    const first = new Map<string, Span>()
    const add = (form: string, span: Span) => {
      if (nameTokens(form).length < 2 || insideQuote(state.quotes, span.start)) return
      const known = first.get(form)
      if (!known || span.start < known.start) first.set(form, span)
    }
    const named = graph.entities.filter((entity) => entity.type === 'person' || entity.type === 'organization')
    for (const entity of named) {
      for (const mention of entity.mentions) add(mention.text, mention)
    }
    if (named.length === 0) {
      capitalisedRun.lastIndex = 0
      for (let match = capitalisedRun.exec(text); match; match = capitalisedRun.exec(text)) {
        // Every tail of the run too: a sentence may open with an ordinary capitalised word (`Kunjungan Kim Jong-un`).
        // A run of more than eight capitalised words is no name (a headline, a list): skipped, which keeps this linear.
        const words = match[0].split(' ')
        if (words.length > 8) continue
        let offset = 0
        for (const token of words.slice(0, -1)) {
          const form = match[0].slice(offset)
          add(form, {start: match.index + offset, end: match.index + match[0].length, text: form})
          offset += token.length + 1
        }
      }
    }
    const allowed = new Set(options.allow.flatMap(([a, b]) => [a + '\u0000' + b, b + '\u0000' + a]))
    const forms = [...first.entries()].sort((a, b) => a[1].start - b[1].start)
    const prepared = forms.map(([form]) => nameForm(form))
    const variants = earlierVariants(prepared)
    prepared.forEach((form, index) => {
      const other = variants.get(form)
      if (!other || allowed.has(form.form + '\u0000' + other.form)) return
      const span = forms[index][1]
      report(t('inconsistent-name', {form: form.form, other: other.form}), {start: span.start, end: span.end})
    })
  }
)
