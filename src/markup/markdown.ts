/**
 * kutip's Markdown reader: remark-parse, behind a linear pre-scan of how
 * deeply block containers (list items, block quotes) nest. The parser's
 * container handling (micromark's) grows with the cube of the nesting: a list
 * nested 500 levels deep (250 KB) takes some 9 s, 1,000 levels (1 MB) over a
 * minute. No draft nests lists or quotes fifty deep, so such a file is refused
 * in one line naming the line and the depth, as too-deep HTML comments are
 * (src/markup/depth.ts), before the parser runs. (Within the limit, long runs
 * of nested list items still cost micromark more than linear time: 2,000
 * lines of `- - x` take ~1.8 s.)
 *
 *   parseMarkdown(source)                  // the mdast tree remark-parse builds
 *   unified().use(kutipMarkdownParser)     // the same, as a unified parser plugin
 */
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {t} from '../lang/messages.ts'

/** The deepest nesting of lists and block quotes read; real drafts stay under ten. */
export const markdownNestingLimit = 50

export interface Nesting {
  /** Containers open at the deepest line (list items and block quotes). */
  depth: number
  /** That line, 1-based. */
  line: number
}

const space = 0x20
const tab = 0x09
const greaterThan = 0x3e

/** The width of a list marker at `at` (`-`, `*`, `+`, `1.`, `1)`) followed by white space or the line end, or 0. */
function listMarkerWidth(source: string, at: number, end: number): number {
  const code = source.charCodeAt(at)
  let after: number
  if (code === 0x2d || code === 0x2a || code === 0x2b) after = at + 1
  else {
    let digits = 0
    while (digits < 10 && at + digits < end && isDigit(source.charCodeAt(at + digits))) digits++
    if (digits === 0 || digits > 9 || at + digits >= end) return 0
    const delimiter = source.charCodeAt(at + digits)
    if (delimiter !== 0x2e && delimiter !== 0x29) return 0
    after = at + digits + 1
  }
  return after >= end || isWhite(source.charCodeAt(after)) ? after - at : 0
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39
const isWhite = (code: number): boolean => code === space || code === tab

/**
 * How deeply list items and block quotes nest, estimated in one pass over the
 * line prefixes: list items are a stack of content columns (a marker closes
 * the items whose content starts to the right of it; several markers on one
 * line open several), and block quote marks count on their line. It may
 * overestimate an odd layout, and does not miss a nesting that is there.
 */
export function markdownNesting(source: string): Nesting {
  const items: number[] = []
  let deepest: Nesting = {depth: 0, line: 0}
  let line = 0
  let start = 0
  while (start <= source.length) {
    let end = source.indexOf('\n', start)
    if (end === -1) end = source.length
    line++
    let at = start
    let column = 0
    let quotes = 0
    for (;;) {
      if (at >= end) break
      const code = source.charCodeAt(at)
      if (isWhite(code)) {
        column += code === tab ? 4 - (column % 4) : 1
        at++
        continue
      }
      if (code === greaterThan) {
        quotes++
        column++
        at++
        continue
      }
      const marker = listMarkerWidth(source, at, end)
      if (marker === 0) break
      while (items.length > 0 && items[items.length - 1]! > column) items.pop()
      column += marker
      at += marker
      items.push(column + 1)
    }
    const depth = items.length + quotes
    if (depth > deepest.depth) deepest = {depth, line}
    start = end + 1
  }
  return deepest
}

const processor = unified().use(remarkParse)

/** The mdast tree of a Markdown source; throws, in one line, on nesting past {@link markdownNestingLimit}. */
export function parseMarkdown(source: string): Root {
  const nesting = markdownNesting(source)
  if (nesting.depth > markdownNestingLimit) {
    throw new Error(t('markup.deep-markdown', {depth: nesting.depth, line: nesting.line, limit: markdownNestingLimit}))
  }
  return processor.parse(source)
}

/** {@link parseMarkdown} as a unified parser plugin, in place of remark-parse. */
export function kutipMarkdownParser(this: Processor): void {
  ;(this as unknown as {parser: (value: string) => Root}).parser = (value) => parseMarkdown(value)
}
