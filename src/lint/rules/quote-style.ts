/**
 * `quote-style`: smart (`“…”`) or straight (`"…"`) quotes, through
 * retext-quotes, without its false alarms on Indonesian text:
 *
 * - an apostrophe inside a word (`Jum'at`, `Qur'an`, `Ma'ruf`) transliterates
 *   the Arabic ʿain and is spelled either way in Indonesian; it is not a quote,
 *   and its style is only checked with `apostrophes: true`;
 * - single quotes at the top level mark a gloss or a term in EYD
 *   (`ruwet 'rumit'`), not a quote at the wrong nesting level;
 * - a loose `’` glued to a word (`’s-Hertogenbosch`, `’90-an`) is an elision.
 *
 * retext-quotes only runs on the sentences that hold a quote mark, so the
 * rule costs little on long texts.
 */
import type {Paragraph, Root as NlcstRoot, Sentence} from 'nlcst'
import retextQuotes from 'retext-quotes'
import {VFile} from 'vfile'
import {lintRule} from '../rule.ts'

export interface QuoteStyleOptions {
  /** `'consistent'` (default): the style of the first double quote mark in the text. */
  preferred: 'consistent' | 'smart' | 'straight'
  /** Smart pairs by nesting level (retext-quotes `smart`, default `['“”', '‘’']`). */
  smart?: string[]
  /** Straight marks by nesting level (retext-quotes `straight`, default `['"', "'"]`). */
  straight?: string[]
  /** Also check the style of apostrophes inside words (default false). */
  apostrophes: boolean
}

const anyMark = /["'“”‘’„«»‹›]/u
const firstDouble = /["“”„]/u
/** The single mark that stands for a double one retext-quotes expects at the top level. */
const singleFor: Record<string, string> = {'“': '‘', '”': '’', '"': "'"}

function sentencesWithMarks(tree: NlcstRoot, source: string): NlcstRoot {
  const children: Paragraph[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    const sentences: Sentence[] = []
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const start = sentence.position?.start.offset
      const end = sentence.position?.end.offset
      if (start === undefined || end === undefined || anyMark.test(source.slice(start, end))) sentences.push(sentence)
    }
    if (sentences.length > 0) children.push({type: 'ParagraphNode', children: sentences})
  }
  return {type: 'RootNode', children}
}

function isElision(source: string, offset: number): boolean {
  const before = source[offset - 1] ?? ''
  const after = source.slice(offset + 1, offset + 3)
  if (/[\p{L}\p{N}]/u.test(before) && /^[\p{L}]/u.test(after)) return true
  return /^(s[\s-]|\d\d)/u.test(after)
}

export default lintRule<QuoteStyleOptions>(
  {
    id: 'quote-style',
    description: 'Quote marks use one style (smart or straight) at the right nesting level',
    severity: 'warn',
    fixable: true
  },
  {preferred: 'consistent', apostrophes: false},
  ({file, state, report}, options) => {
    const text = state.view.text
    let preferred = options.preferred
    if (preferred === 'consistent') {
      const first = firstDouble.exec(text)
      preferred = first && first[0] === '"' ? 'straight' : 'smart'
    }
    const source = String(file)
    const scratch = new VFile({value: source, path: file.path})
    const transform = retextQuotes({preferred, smart: options.smart, straight: options.straight})
    transform(sentencesWithMarks(state.tree, source), scratch)
    for (const message of scratch.messages) {
      const place = message.place
      if (!place || !('start' in place)) continue
      const offset = place.start.offset ?? -1
      const actual = message.actual ?? ''
      const single = actual === "'" || actual === '’' || actual === '‘'
      if (message.ruleId === 'apostrophe' && !options.apostrophes) continue
      if (single && message.ruleId !== 'apostrophe' && offset >= 0 && isElision(source, offset)) continue
      if (single && /level of nesting/u.test(message.reason)) continue
      let expected = message.expected?.[0]
      let reason = message.reason
      if (single && expected !== undefined && singleFor[expected] !== undefined) {
        // A single-quoted gloss at the top level keeps single marks, in the preferred style.
        expected = preferred === 'smart' ? singleFor[expected] : "'"
        if (expected === actual) continue
        reason = `Unexpected ${preferred === 'smart' ? 'straight' : 'smart'} quote \`${actual}\`, expected \`${expected}\``
      }
      report(reason, {start: 0, end: 0, place, actual, expected})
    }
  }
)
