/**
 * In-document control of messages (unified-message-control):
 *
 * - Markdown: `<!-- kutip disable rule -->`, `<!-- kutip enable rule -->`,
 *   `<!-- kutip ignore rule -->` (HTML comments in the mdast tree);
 * - HTML: the same comments in the hast tree (a comment on its own line covers
 *   the next element, white space between them is skipped);
 * - plain text: a line of its own `kutip-disable rule`, `kutip-enable rule`,
 *   `kutip-ignore rule` (ignore: the next non-blank line only; a line is a paragraph).
 * Without rule ids, the keyword applies to every rule.
 */
import type {Node} from 'unist'
import {messageControl} from 'unified-message-control'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {ruleIds} from './rules/index.ts'

export type Format = 'text' | 'markdown' | 'html'

interface Marker {
  name: string
  attributes: string
}

const commentBody = /^\s*kutip\s+([^]*?)\s*$/u
const htmlComment = /^<!--([^]*?)-->$/u
const textMarker = /^[ \t]*kutip-(disable|enable|ignore)((?:[ \t]+[\w-]+)*)[ \t]*$/u

/**
 * A keyword without rule ids applies to every rule. It is spelled out here:
 * unified-message-control's own "all rules" state also hides messages
 * *before* a bare `disable` for rules that are never toggled by name.
 */
function marker(attributes: string): Marker {
  const words = attributes.trim().split(/\s+/u)
  return {name: 'kutip', attributes: words.length === 1 ? [words[0], ...ruleIds].join(' ') : words.join(' ')}
}

function fromComment(body: string): Marker | undefined {
  const match = commentBody.exec(body)
  return match ? marker(match[1]) : undefined
}

interface LineNode extends Node {
  type: 'kutipMarker' | 'kutipBlock'
  value: string
}

/** A plain-text draft as blocks (paragraphs) and marker lines, with positions, for message control. */
function textTree(file: VFile): Node & {children: LineNode[]} {
  const source = String(file)
  const place = location(file)
  const children: LineNode[] = []
  let blockStart = -1
  let blockEnd = -1
  const flush = () => {
    if (blockStart < 0) return
    children.push({type: 'kutipBlock', value: '', position: {start: place.toPoint(blockStart)!, end: place.toPoint(blockEnd)!}})
    blockStart = -1
  }
  let offset = 0
  for (const line of source.split('\n')) {
    const end = offset + line.length
    if (textMarker.test(line.replace(/\r$/u, ''))) {
      flush()
      children.push({type: 'kutipMarker', value: line.replace(/\r$/u, ''), position: {start: place.toPoint(offset)!, end: place.toPoint(end)!}})
    } else if (line.trim() !== '') {
      // Every line is a paragraph of a plain-text draft (as in the quote scan).
      blockStart = offset
      blockEnd = end
      flush()
    }
    offset = end + 1
  }
  flush()
  const start = place.toPoint(0) ?? {line: 1, column: 1, offset: 0}
  const last = place.toPoint(source.length) ?? start
  return {type: 'root', children, position: {start, end: last}}
}

interface Parent extends Node {
  children: Node[]
}

function isBlankText(node: Node): boolean {
  return node.type === 'text' && String((node as Node & {value?: unknown}).value ?? '').trim() === ''
}

/**
 * A copy of a hast tree without the white space between elements, for
 * message control: `ignore` covers the node right after the comment, and in
 * HTML a comment on its own line is followed by the line break, not by the
 * next element. Without it, the comment covers the next element as it does
 * in Markdown. Copied without recursion (deep markup), the nodes left as they are.
 */
function withoutBlankText(tree: Node): Node {
  const root: Parent = {...(tree as Parent)}
  const stack: Parent[] = [root]
  for (let parent = stack.pop(); parent; parent = stack.pop()) {
    if (!Array.isArray(parent.children)) continue
    parent.children = parent.children
      .filter((child) => !isBlankText(child))
      .map((child) => {
        if (!Array.isArray((child as Parent).children)) return child
        const copy: Parent = {...(child as Parent)}
        stack.push(copy)
        return copy
      })
  }
  return root
}

/** Apply the comments of `tree` (mdast, hast, or — for text — the file itself) to `file.messages`. */
export function applyControl(format: Format, tree: Node, file: VFile): void {
  // Every marker holds the word `kutip`: a file without it has nothing to control (and no unknown rule to report).
  if (!String(file).includes('kutip')) return
  if (format === 'text') {
    messageControl(textTree(file), {
      file,
      name: 'kutip',
      known: [...ruleIds],
      test: 'kutipMarker',
      marker(node) {
        const match = textMarker.exec((node as LineNode).value)
        return match ? marker(match[1] + match[2]) : undefined
      }
    })
    return
  }
  messageControl(format === 'html' ? withoutBlankText(tree) : tree, {
    file,
    name: 'kutip',
    known: [...ruleIds],
    test: format === 'markdown' ? 'html' : 'comment',
    marker(node) {
      const value = (node as Node & {value?: string}).value ?? ''
      if (format === 'html') return fromComment(value)
      const match = htmlComment.exec(value.trim())
      return match ? fromComment(match[1]) : undefined
    }
  })
}
