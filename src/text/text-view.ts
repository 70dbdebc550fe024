/**
 * The text the rules read, and its way back to the file.
 *
 * For a plain-text draft the text is the file. For Markdown and HTML it is the
 * prose retext sees (no markup): every nlcst leaf carries the position of its
 * source in the file, so an offset in the view maps back to a file offset,
 * which `vfile-location` turns into line and column.
 */
import type {Root as NlcstRoot, Nodes as NlcstNodes} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

export interface TextView {
  /** The prose, as one string; the engine reads this. */
  readonly text: string
  /** Whether the view is the file itself (plain text): view offsets are file offsets. */
  readonly identity: boolean
  /** The file offset of a view offset (the character at `offset`). */
  fileOffset(offset: number): number
  /** The file offset just after the character at `offset - 1` (for span ends). */
  fileEndOffset(offset: number): number
  /** Line/column/offset in the file of a view offset. */
  point(offset: number): {line: number; column: number; offset: number}
  /** The same for a span end. */
  endPoint(offset: number): {line: number; column: number; offset: number}
}

interface Segment {
  viewStart: number
  fileStart: number
  length: number
}

function collect(node: NlcstNodes, parts: string[], segments: Segment[], cursor: {view: number}): void {
  if ('children' in node) {
    let previous: NlcstNodes | undefined
    for (const child of node.children) {
      // Blocks of HTML (and some Markdown) come as paragraphs with nothing between them: keep them apart.
      if (previous?.type === 'ParagraphNode' && child.type === 'ParagraphNode') {
        parts.push('\n')
        cursor.view += 1
      }
      collect(child, parts, segments, cursor)
      previous = child
    }
    return
  }
  const value = node.value
  const start = node.position?.start.offset
  if (typeof start === 'number') segments.push({viewStart: cursor.view, fileStart: start, length: value.length})
  parts.push(value)
  cursor.view += value.length
}

/**
 * Build the view of `tree` (an nlcst tree whose positions point into `file`).
 * `identity`: the tree was parsed from the file itself (plain text), so the
 * view is the file and nothing needs collecting.
 */
export function textView(tree: NlcstRoot, file: VFile, identity = false): TextView {
  const place = location(file)
  const source = String(file)
  const parts: string[] = []
  const segments: Segment[] = []
  if (!identity) collect(tree, parts, segments, {view: 0})
  const text = identity ? source : parts.join('')
  identity ||= text === source
  const fileOffset = (offset: number): number => {
    if (identity || segments.length === 0) return Math.max(0, Math.min(offset, source.length))
    let low = 0
    let high = segments.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (segments[middle].viewStart <= offset) low = middle
      else high = middle - 1
    }
    const segment = segments[low]
    const delta = Math.max(0, Math.min(offset - segment.viewStart, segment.length))
    return Math.min(segment.fileStart + delta, source.length)
  }
  const fileEndOffset = (offset: number): number => (offset <= 0 ? fileOffset(0) : fileOffset(offset - 1) + 1)
  const toPoint = (fileAt: number) => {
    const point = place.toPoint(fileAt) ?? place.toPoint(Math.max(0, source.length - 1))
    return {line: point?.line ?? 1, column: point?.column ?? 1, offset: fileAt}
  }
  return {
    text,
    identity,
    fileOffset,
    fileEndOffset,
    point: (offset) => toPoint(fileOffset(offset)),
    endPoint: (offset) => toPoint(Math.min(fileEndOffset(offset), source.length))
  }
}
