/**
 * The one markup-to-text map: the prose of a Markdown (mdast) or HTML (hast)
 * tree as one string, with the way back from each stretch of it to the file.
 * `kutip lint` reads Markdown and HTML drafts through it, `kutip verify`
 * reads Markdown and HTML sources through it, and the engine's unified plugin
 * reads mdast and hast trees through it.
 *
 * The prose is what remark-retext and rehype-retext give retext (and what a
 * retext plugin behind them reads, src/text/text-view.ts): the same text as
 * mdast-util-to-nlcst and hast-util-to-nlcst, read without building nlcst
 * words and without recursion, so a document nested thousands of levels deep
 * or a paragraph of a hundred thousand words is read like any other.
 *
 * - Markdown: the text of `text` nodes, `inlineCode` as written (with its
 *   backticks), image alt text, a line break for `break`; blocks on other
 *   lines are kept apart by as many line breaks as the file has (at least
 *   two). Code blocks, HTML, front matter and definitions are not prose.
 * - HTML: paragraphs as the HTML standard reads them (`<p>`, headings, and
 *   runs of phrasing content inside `<div>`, `<li>`, `<td>` …), one line
 *   apart; `<br>` a line break, `<wbr>` a space, `<code>` its text; scripts,
 *   styles, SVG, MathML and `<del>` are not prose.
 *
 * Text decoded from entities (`&amp;`) or escapes (`\*`) maps to where the
 * entity or escape starts.
 */
import type {Element as HastElement, Nodes as HastNodes, Root as HastRoot} from 'hast'
import {phrasing} from 'hast-util-phrasing'
import {whitespace} from 'hast-util-whitespace'
import type {Nodes as MdastNodes, Root as MdastRoot} from 'mdast'
import type {Point} from 'unist'
import {proseOf, type Prose, type ProsePiece} from '../text/prose.ts'

/**
 * Map a decoded text node back to its source character by character: equal
 * characters map to each other, a character decoded from an entity (`&amp;`)
 * or an escape (`\*`) maps to where the entity or escape starts. Linear.
 */
function alignedPieces(value: string, original: string, originalStart: number): ProsePiece[] {
  const pieces: ProsePiece[] = []
  let at = 0
  let last: {piece: ProsePiece; end: number} | undefined
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
    if (at >= original.length) {
      pieces.push({value: value.slice(index)})
      break
    }
    const source = originalStart + at
    if (last !== undefined && last.end === source) {
      last.piece.value += value[index]
      last.end++
    } else {
      last = {piece: {value: value[index]!, fileStart: source}, end: source + 1}
      pieces.push(last.piece)
    }
    if (original[at] === '&' && value[index] !== '&') at = original.indexOf(';', at) + 1
    else at++
  }
  return pieces
}

class ProseBuilder {
  readonly pieces: ProsePiece[] = []

  constructor(private readonly source: string) {}

  /** `value` as the file has it at `[fileStart, fileEnd)` (decoded: entities and escapes map to where they start). */
  read(value: string, fileStart: number | undefined, fileEnd?: number): void {
    if (value === '') return
    if (fileStart === undefined) {
      this.pieces.push({value})
      return
    }
    const original = this.source.slice(fileStart, fileEnd ?? fileStart + value.length)
    if (original === value || fileEnd === undefined) this.pieces.push({value, fileStart})
    else this.pieces.push(...alignedPieces(value, original, fileStart))
  }

  /** Text that keeps blocks apart; `fileStart`: where in the file it stands for, if anywhere. */
  insert(value: string, fileStart?: number): void {
    this.pieces.push(fileStart === undefined ? {value} : {value, fileStart})
  }

  done(): Prose {
    return proseOf(this.pieces)
  }
}

function startOf(node: {position?: {start?: Point}}): Point | undefined {
  const point = node.position?.start
  return point && point.line > 0 && point.column > 0 ? point : undefined
}

function endOf(node: {position?: {end?: Point}}): Point | undefined {
  const point = node.position?.end
  return point && point.line > 0 && point.column > 0 ? point : undefined
}

const markdownIgnored = new Set(['table', 'tableRow', 'tableCell'])

/** The prose of a Markdown tree (`source`: the file it was parsed from). Throws when the tree has no position, as mdast-util-to-nlcst does. */
export function markdownProse(tree: MdastRoot, source: string): Prose {
  if (!startOf(tree)) throw new Error('expected position on nodes')
  const builder = new ProseBuilder(source)
  const leaf = (node: MdastNodes): void => {
    const start = node.position?.start.offset
    if (node.type === 'inlineCode') {
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) builder.read(source.slice(start, end), start, end)
    } else if (node.type === 'image' || node.type === 'imageReference') {
      if (node.alt) builder.read(node.alt, start === undefined ? undefined : start + 2)
    } else if (node.type === 'break') builder.insert('\n', start)
    else if (node.type === 'text') builder.read(node.value, start, node.position?.end.offset)
  }
  // Each frame: a parent, the next child to read, and where the child before it ended.
  const stack: Array<{children: MdastNodes[]; next: number; end: Point | undefined}> = [{children: [tree], next: 0, end: undefined}]
  while (stack.length > 0) {
    const frame = stack.at(-1)!
    if (frame.next >= frame.children.length) {
      stack.pop()
      continue
    }
    const child = frame.children[frame.next++]!
    const start = startOf(child)
    if (frame.end !== undefined && start !== undefined && start.line !== frame.end.line) {
      const breaks = Math.max(0, start.line - frame.end.line)
      builder.insert(breaks < 2 ? '\n\n' : '\n'.repeat(breaks), frame.end.offset)
    }
    frame.end = endOf(child)
    if (markdownIgnored.has(child.type)) continue
    if (child.type !== 'inlineCode' && 'children' in child) stack.push({children: child.children as MdastNodes[], next: 0, end: undefined})
    else leaf(child)
  }
  return builder.done()
}

const htmlIgnored = new Set(['script', 'style', 'svg', 'math', 'del'])
const explicitParagraphs = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const flowAccepting = new Set([
  'body', 'article', 'section', 'blockquote', 'nav', 'aside', 'header', 'footer', 'address', 'li', 'dt', 'dd',
  'figure', 'figcaption', 'div', 'main', 'caption', 'td', 'th', 'form', 'fieldset', 'details', 'dialog'
])
const flattened = new Set(['a', 'ins', 'del', 'map'])
const embeddedElements = new Set(['audio', 'canvas', 'embed', 'iframe', 'img', 'math', 'object', 'picture', 'svg', 'video'])

function isElement(node: HastNodes): node is HastElement {
  return node.type === 'element'
}

function isIgnored(node: HastElement): boolean {
  return htmlIgnored.has(node.tagName) || node.properties?.dataNlcst === 'ignore'
}

function isSourced(node: HastElement): boolean {
  return node.tagName === 'code' || node.properties?.dataNlcst === 'source'
}

/** The text of every text node under `node`, in order (hast-util-to-string), without recursion. */
function textContent(node: HastElement): string {
  const parts: string[] = []
  const stack: HastNodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.type === 'text') parts.push(current.value)
    else if ('children' in current) for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!)
  }
  return parts.join('')
}

/** Children, with the children of `<a>`, `<ins>`, `<del>` and `<map>` in their place (at any depth). */
function flattenAll(children: HastNodes[]): HastNodes[] {
  const result: HastNodes[] = []
  const stack: HastNodes[] = [...children].reverse()
  while (stack.length > 0) {
    const child = stack.pop()!
    if (isElement(child) && flattened.has(child.tagName)) for (let index = child.children.length - 1; index >= 0; index--) stack.push(child.children[index]!)
    else result.push(child)
  }
  return result
}

/** The prose of an HTML tree (`source`: the file it was parsed from). Throws when the tree has no position, as hast-util-to-nlcst does. */
export function htmlProse(tree: HastRoot, source: string): Prose {
  if (!startOf(tree)) throw new Error('expected position on nodes')
  const builder = new ProseBuilder(source)
  let paragraphs = 0

  /** One paragraph from `nodes` (hast-util-to-nlcst's `add`): their text, when they hold any. */
  const paragraph = (nodes: HastNodes[]): void => {
    const mark = builder.pieces.length
    if (paragraphs > 0) builder.insert('\n')
    let leaves = 0
    const stack: HastNodes[] = [...nodes].reverse()
    while (stack.length > 0) {
      const node = stack.pop()!
      const start = node.position?.start.offset
      if (node.type === 'text') {
        if (node.value !== '') leaves++
        builder.read(node.value, start, node.position?.end.offset)
      } else if (isElement(node) && !isIgnored(node)) {
        if (node.tagName === 'wbr' || node.tagName === 'br') {
          leaves++
          builder.insert(node.tagName === 'br' ? '\n' : ' ', start)
        } else if (isSourced(node)) {
          leaves++
          builder.read(textContent(node), start, node.position?.end.offset)
        } else for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
      }
    }
    if (leaves === 0) builder.pieces.length = mark
    else paragraphs++
  }

  // hast-util-to-nlcst's `find`, `findAll` and `implicit`, on an explicit stack of work.
  type Work = {find: HastNodes} | {implicit: HastNodes[]; next: number; start: number; viable: boolean}
  const work: Work[] = [{find: tree}]
  const findAll = (children: HastNodes[]): void => {
    for (let index = children.length - 1; index >= 0; index--) work.push({find: children[index]!})
  }
  while (work.length > 0) {
    const item = work.pop()!
    if ('find' in item) {
      const node = item.find
      if (node.type === 'root') findAll(node.children)
      else if (isElement(node) && !isIgnored(node)) {
        if (explicitParagraphs.has(node.tagName)) paragraph([node])
        else if (flowAccepting.has(node.tagName)) work.push({implicit: flattenAll(node.children), next: 0, start: -1, viable: false})
        else findAll(node.children)
      }
      continue
    }
    // Runs of phrasing content are paragraphs (when they hold more than white space and embedded content); anything else is found in turn.
    const {implicit: children} = item
    while (item.next <= children.length) {
      const index = item.next++
      const child = children[index]
      if (child && phrasing(child)) {
        if (item.start === -1) item.start = index
        if (!item.viable && !(isElement(child) && embeddedElements.has(child.tagName)) && !whitespace(child)) item.viable = true
        continue
      }
      if (child && item.start === -1) {
        item.start = index + 1
        work.push(item, {find: child})
        break
      }
      if (item.start !== -1) {
        const run = children.slice(item.start, index)
        const viable = item.viable
        item.viable = false
        item.start = -1
        if (child) work.push(item, {find: child})
        if (viable) paragraph(run)
        else findAll(run)
        if (child) break
      }
    }
  }
  return builder.done()
}

/** The prose of an mdast (Markdown) or hast (HTML) tree: hast when it holds elements or a doctype. */
export function markupProse(tree: MdastRoot | HastRoot, source: string): Prose {
  const children = tree.children as Array<{type: string}>
  return children.some((child) => child.type === 'element' || child.type === 'doctype') ? htmlProse(tree as HastRoot, source) : markdownProse(tree as MdastRoot, source)
}
