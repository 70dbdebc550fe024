/**
 * Markup → plain text, keeping a map back to the original file.
 *
 * Markdown is parsed with remark-parse and HTML with rehype-parse; the text
 * of the document (not code, scripts or styles) is concatenated, with a blank
 * line after each block so sentences of different blocks never run together.
 * Spans kutip reports for such a source are offsets into this plain text;
 * `offsets` records where each stretch came from in the file.
 */
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import rehypeParse from 'rehype-parse'
import type {OffsetSegment} from './source-document.ts'

export interface PlainText {
  text: string
  offsets: OffsetSegment[]
}

/**
 * Map a decoded text node back to its source character by character: equal
 * characters map to each other, a character decoded from an entity (`&amp;`)
 * or an escape (`\*`) maps to where the entity or escape starts. Linear.
 */
function alignSegments(value: string, original: string, plainStart: number, originalStart: number): OffsetSegment[] {
  const segments: OffsetSegment[] = []
  let at = 0
  const emit = (plain: number, source: number): void => {
    const last = segments.at(-1)
    if (last !== undefined && last.plain + last.length === plain && last.original + last.length === source) last.length++
    else segments.push({plain, original: source, length: 1})
  }
  for (let index = 0; index < value.length; index++) {
    while (at < original.length && original[at] !== value[index]) {
      if (original[at] === '&') {
        const semicolon = original.indexOf(';', at)
        if (semicolon !== -1 && semicolon - at <= 32) break
      }
      if (original[at] === '\\' && original[at + 1] === value[index]) {
        at++
        break
      }
      at++
    }
    if (at >= original.length) break
    emit(plainStart + index, originalStart + at)
    if (original[at] === '&' && value[index] !== '&') at = original.indexOf(';', at) + 1
    else at++
  }
  return segments
}

interface AnyNode {
  type: string
  tagName?: string
  value?: string
  children?: AnyNode[]
  position?: {start: {offset?: number}; end: {offset?: number}}
}

const markdownBlocks = new Set([
  'paragraph', 'heading', 'blockquote', 'listItem', 'tableCell', 'tableRow', 'thematicBreak', 'break'
])
const markdownTextNodes = new Set(['text', 'inlineCode'])

const htmlSkipped = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'math'])
const htmlBlocks = new Set([
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr',
  'td', 'th', 'table', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'blockquote',
  'figure', 'figcaption', 'pre', 'title', 'body', 'address', 'details', 'summary'
])

class PlainTextBuilder {
  private parts: string[] = []
  private length = 0
  readonly offsets: OffsetSegment[] = []

  constructor(private readonly source: string) {}

  text(value: string, originalStart: number | undefined, originalEnd: number | undefined): void {
    if (value === '' || (this.length === 0 && value.trim() === '')) return
    if (originalStart !== undefined) {
      const original = this.source.slice(originalStart, originalEnd ?? originalStart + value.length)
      if (original === value) this.offsets.push({plain: this.length, original: originalStart, length: value.length})
      else this.offsets.push(...alignSegments(value, original, this.length, originalStart))
    }
    this.parts.push(value)
    this.length += value.length
  }

  blockBreak(): void {
    const last = this.parts.at(-1)
    if (last === undefined || last.endsWith('\n\n')) return
    const separator = last.endsWith('\n') ? '\n' : '\n\n'
    this.parts.push(separator)
    this.length += separator.length
  }

  done(): PlainText {
    return {text: this.parts.join('').trimEnd(), offsets: this.offsets}
  }
}

function walk(node: AnyNode, builder: PlainTextBuilder, isText: (node: AnyNode) => boolean, isBlock: (node: AnyNode) => boolean, isSkipped: (node: AnyNode) => boolean): void {
  // An explicit stack keeps deep documents from overflowing the call stack.
  const stack: Array<{node: AnyNode; closing: boolean}> = [{node, closing: false}]
  while (stack.length > 0) {
    const {node: current, closing} = stack.pop()!
    if (closing) {
      builder.blockBreak()
      continue
    }
    if (isSkipped(current)) continue
    if (isText(current)) {
      builder.text(current.value ?? '', current.position?.start.offset, current.position?.end.offset)
      continue
    }
    if (isBlock(current)) stack.push({node: current, closing: true})
    const children = current.children ?? []
    for (let index = children.length - 1; index >= 0; index--) stack.push({node: children[index], closing: false})
  }
}

/** The plain text of a Markdown document. */
export function markdownToText(markdown: string): PlainText {
  const tree = unified().use(remarkParse).parse(markdown) as unknown as AnyNode
  const builder = new PlainTextBuilder(markdown)
  walk(
    tree,
    builder,
    (node) => markdownTextNodes.has(node.type),
    (node) => markdownBlocks.has(node.type),
    (node) => node.type === 'code' || node.type === 'html' || node.type === 'yaml' || node.type === 'definition'
  )
  return builder.done()
}

/** The plain text of an HTML document (entities decoded; scripts and styles dropped). */
export function htmlToText(html: string): PlainText {
  const tree = unified().use(rehypeParse).parse(html) as unknown as AnyNode
  const builder = new PlainTextBuilder(html)
  walk(
    tree,
    builder,
    (node) => node.type === 'text',
    (node) => node.type === 'element' && htmlBlocks.has(node.tagName ?? ''),
    (node) => node.type === 'comment' || node.type === 'doctype' || (node.type === 'element' && htmlSkipped.has(node.tagName ?? ''))
  )
  return builder.done()
}
