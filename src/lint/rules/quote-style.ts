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
 * retext-quotes runs on nodes built around the quote marks only (see
 * `treeAroundMarks`), so the rule needs no full parse and costs little.
 */
import type {Paragraph, Punctuation, Root as NlcstRoot, SentenceContent} from 'nlcst'
import retextQuotes from 'retext-quotes'
import {VFile} from 'vfile'
import {lintRule} from '../rule.ts'
import type {MessageKey} from '../../lang/messages.ts'
import {optionsSchema, optionTypes} from '../rule-options.ts'
import type {QuotePair} from '../quote-marks.ts'
import type {LintState} from '../state.ts'

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

const firstDouble = /["“”„]/u
/** The single mark that stands for a double one retext-quotes expects at the top level. */
const singleFor: Record<string, string> = {'“': '‘', '”': '’', '"': "'"}

const markChars = /["'“”‘’„«»‹›]/u
const allMarks = /["'“”‘’„«»‹›]/gu
const wordChar = /[\p{L}\p{N}]/u

/**
 * The nlcst nodes retext-quotes reads, built only around the quote marks of
 * each paragraph: the mark as a `PunctuationNode`, inside a `WordNode` when
 * letters stand on both sides (`Jum'at`), else between its neighbours as
 * retext-latin would tokenise them (the word, white space or punctuation
 * right before and after). retext-quotes looks no further than a mark's
 * parent and its two siblings, so its decisions are the same as on a full
 * parse, without parsing the text. Positions hold view offsets only (line
 * and column 0): the few nodes that get a message are mapped to the file
 * afterwards (`placeInFile`), not every node. A mark in `shown` is given to
 * retext-quotes as another mark (see `straightShownAsSmart`).
 */
function treeAroundMarks(text: string, paragraphs: Array<[number, number]>, shown: ReadonlyMap<number, string> = new Map()): NlcstRoot {
  const children: Paragraph[] = []
  const position = (start: number, end: number) => ({start: {line: 0, column: 0, offset: start}, end: {line: 0, column: 0, offset: end}})
  const wordRun = (from: number, to: number, step: 1 | -1): [number, number] => {
    let at = from
    while (at + step >= 0 && at + step < text.length && at + step !== to && wordChar.test(text[at + step])) at += step
    return step === 1 ? [from, at + 1] : [at, from + 1]
  }
  for (const [start, end] of paragraphs) {
    const nodes: SentenceContent[] = []
    let emitted = start
    /** White space or punctuation next to a mark (words are built by the caller). */
    const neighbour = (at: number): SentenceContent | undefined => {
      const char = text[at]
      if (char === undefined || markChars.test(char) || wordChar.test(char)) return undefined
      if (/\s/u.test(char)) return {type: 'WhiteSpaceNode', value: char, position: position(at, at + 1)}
      return {type: 'PunctuationNode', value: char, position: position(at, at + 1)}
    }
    allMarks.lastIndex = start
    for (let found = allMarks.exec(text); found && found.index < end; found = allMarks.exec(text)) {
      const index = found.index
      if (index < emitted) continue
      const char = found[0]
      const mark: Punctuation = {type: 'PunctuationNode', value: shown.get(index) ?? char, position: position(index, index + 1)}
      const before = text[index - 1] ?? ''
      const after = text[index + 1] ?? ''
      if (index > start && wordChar.test(before) && wordChar.test(after)) {
        const [from] = wordRun(index - 1, start - 1, -1)
        const [, to] = wordRun(index + 1, end, 1)
        nodes.push({
          type: 'WordNode',
          children: [{type: 'TextNode', value: text.slice(from, index)}, mark, {type: 'TextNode', value: text.slice(index + 1, to)}],
          position: position(from, to)
        })
        emitted = to
        continue
      }
      if (index > start && index - 1 >= emitted) {
        const previous = wordChar.test(before)
          ? (() => {
              const [from] = wordRun(index - 1, start - 1, -1)
              return {type: 'WordNode', children: [{type: 'TextNode', value: text.slice(from, index)}], position: position(from, index)} as SentenceContent
            })()
          : neighbour(index - 1)
        if (previous) nodes.push(previous)
      }
      nodes.push(mark)
      emitted = index + 1
      if (index + 1 < end && !markChars.test(after)) {
        if (wordChar.test(after)) {
          const [, to] = wordRun(index + 1, end, 1)
          nodes.push({type: 'WordNode', children: [{type: 'TextNode', value: text.slice(index + 1, to)}], position: position(index + 1, to)})
          emitted = to
        } else {
          const next = neighbour(index + 1)
          if (next) nodes.push(next)
          emitted = index + 2
        }
      }
    }
    if (nodes.length > 0) children.push({type: 'ParagraphNode', children: [{type: 'SentenceNode', children: nodes}]})
  }
  return {type: 'RootNode', children}
}

/** A place of `treeAroundMarks` (view offsets) as a place in the file. */
function placeInFile(place: {start: {offset?: number}; end: {offset?: number}}, view: LintState['view']) {
  return {start: view.point(place.start.offset ?? 0), end: view.endPoint(place.end.offset ?? 0)}
}

/**
 * retext-quotes reads a straight `"` as opening whenever the mark on top of
 * its stack is another one, so the `"` closing a `“` (`“Kami siap" kata Ani`)
 * is taken for a quote opened inside it, and the fix it proposes (`‘`) breaks
 * the text. Every straight `"` that opens or closes a quote as the engine pairs
 * quote marks (quote-marks.ts `scanQuotes`, the graph's own reading) is shown to
 * it as the smart mark of that role instead; what it expects there is then
 * compared with the `"` actually written.
 */
function straightShownAsSmart(pairs: readonly QuotePair[], smart: readonly string[], straight: readonly string[]): Map<number, string> {
  const shown = new Map<number, string>()
  const pair = smart[0]
  if (pair === undefined || pair.length !== 2 || !straight.includes('"')) return shown
  for (const {open, close} of pairs) {
    if (open.char === '"') shown.set(open.offset, pair[0])
    if (close.char === '"') shown.set(close.offset, pair[1])
  }
  return shown
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
    fixable: true,
    schema: optionsSchema({
      preferred: optionTypes.oneOf('consistent', 'smart', 'straight'),
      smart: {type: 'array', items: {type: 'string', minLength: 1, maxLength: 2}},
      straight: {type: 'array', items: {type: 'string', minLength: 1, maxLength: 2}},
      apostrophes: optionTypes.boolean
    })
  },
  {preferred: 'consistent', apostrophes: false},
  ({file, state, report, t}, options) => {
    const text = state.view.text
    let preferred = options.preferred
    if (preferred === 'consistent') {
      const first = firstDouble.exec(text)
      preferred = first && first[0] === '"' ? 'straight' : 'smart'
    }
    const source = String(file)
    const scratch = new VFile({value: source, path: file.path})
    const smart = options.smart ?? ['“”', '‘’']
    const straight = options.straight ?? ['"', "'"]
    const transform = retextQuotes({preferred, smart, straight})
    const shown = straightShownAsSmart(state.quotes.pairs, smart, straight)
    transform(treeAroundMarks(text, state.quotes.paragraphs, shown), scratch)
    // A `"` shown as a smart mark: the mark retext-quotes expects there (the one shown, when it says nothing).
    const expectedAt = new Map(shown)
    for (const message of scratch.messages) {
      const at = message.place && 'start' in message.place ? message.place.start.offset : undefined
      if (at !== undefined && shown.has(at)) expectedAt.set(at, message.expected?.[0] ?? '"')
    }
    for (const [at, expected] of expectedAt) {
      if (expected === '"') continue
      const reason = t(preferred === 'smart' ? 'quote-style.straight-quote' : 'quote-style.nesting', {actual: '"', expected})
      report(reason, {start: at, end: at + 1, actual: '"', expected})
    }
    for (const message of scratch.messages) {
      if (!message.place || !('start' in message.place)) continue
      if (message.place.start.offset !== undefined && shown.has(message.place.start.offset)) continue
      const place = placeInFile(message.place, state.view)
      const offset = place.start.offset
      const actual = message.actual ?? ''
      const single = actual === "'" || actual === '’' || actual === '‘'
      if (message.ruleId === 'apostrophe' && !options.apostrophes) continue
      if (single && message.ruleId !== 'apostrophe' && offset >= 0 && isElision(source, offset)) continue
      if (single && /level of nesting/u.test(message.reason)) continue
      let expected = message.expected?.[0]
      // retext-quotes says which kind of mark and why; the reason is said again from the catalog.
      let key: MessageKey = /level of nesting/u.test(message.reason)
        ? 'quote-style.nesting'
        : preferred === 'smart'
          ? message.ruleId === 'apostrophe' ? 'quote-style.straight-apostrophe' : 'quote-style.straight-quote'
          : message.ruleId === 'apostrophe' ? 'quote-style.smart-apostrophe' : 'quote-style.smart-quote'
      if (single && expected !== undefined && singleFor[expected] !== undefined) {
        // A single-quoted gloss at the top level keeps single marks, in the preferred style.
        expected = preferred === 'smart' ? singleFor[expected] : "'"
        if (expected === actual) continue
        key = preferred === 'smart' ? 'quote-style.straight-quote' : 'quote-style.smart-quote'
      }
      report(t(key, {actual, expected: expected ?? ''}), {start: 0, end: 0, place, actual, expected})
    }
  }
)
