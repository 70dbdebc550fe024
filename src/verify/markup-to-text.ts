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

  text(value: string, originalStart: number | undefined, originalEnd: number | undefined): void {
    if (value === '') return
    if (originalStart !== undefined) {
      const originalLength = originalEnd === undefined ? value.length : originalEnd - originalStart
      this.offsets.push({plain: this.length, original: originalStart, length: Math.min(value.length, originalLength)})
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
    return {text: this.parts.join('').replace(/\s+$/, ''), offsets: this.offsets}
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
  const builder = new PlainTextBuilder()
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
  const builder = new PlainTextBuilder()
  walk(
    tree,
    builder,
    (node) => node.type === 'text',
    (node) => node.type === 'element' && htmlBlocks.has(node.tagName ?? ''),
    (node) => node.type === 'comment' || node.type === 'doctype' || (node.type === 'element' && htmlSkipped.has(node.tagName ?? ''))
  )
  return builder.done()
}
