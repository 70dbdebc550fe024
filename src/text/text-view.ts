/**
 * The text the rules and the engine read, and its way back to the file.
 *
 * For a plain-text draft the text is the file. For Markdown and HTML it is the
 * prose (no markup): the markup-to-text map (src/markup/prose.ts) gives it
 * with the file offset of every stretch, and so does an nlcst tree a retext
 * bridge built (every leaf carries the position of its source in the file),
 * so an offset in the view maps back to a file offset, which
 * `vfile-location` turns into line and column.
 */
import type {Nodes as NlcstNodes, Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {proseOf, type Prose, type ProsePiece} from './prose.ts'

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

/**
 * The prose of an nlcst tree: its leaves in order, each at the file offset
 * its position gives; blocks of HTML (and some Markdown) come as paragraphs
 * with nothing between them, which a line break keeps apart. Without
 * recursion, so any depth is read.
 */
export function nlcstProse(tree: NlcstRoot): Prose {
  const pieces: ProsePiece[] = []
  const stack: Array<{children: NlcstNodes[]; next: number}> = [{children: [tree], next: 0}]
  while (stack.length > 0) {
    const frame = stack.at(-1)!
    if (frame.next >= frame.children.length) {
      stack.pop()
      continue
    }
    const index = frame.next++
    const node = frame.children[index]!
    if (index > 0 && node.type === 'ParagraphNode' && frame.children[index - 1]!.type === 'ParagraphNode') pieces.push({value: '\n'})
    if ('children' in node) {
      stack.push({children: node.children, next: 0})
      continue
    }
    const start = node.position?.start.offset
    pieces.push(typeof start === 'number' ? {value: node.value, fileStart: start} : {value: node.value})
  }
  return proseOf(pieces)
}

/** The view of `prose` read from `file` (`identity`: the prose is the file itself). */
export function proseView(prose: Prose | undefined, file: VFile): TextView {
  const place = location(file)
  const source = String(file)
  const text = prose === undefined ? source : prose.text
  const segments = prose?.segments ?? []
  const identity = text === source
  const fileOffset = (offset: number): number => {
    if (identity || segments.length === 0) return Math.max(0, Math.min(offset, source.length))
    let low = 0
    let high = segments.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (segments[middle]!.viewStart <= offset) low = middle
      else high = middle - 1
    }
    const segment = segments[low]!
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

/**
 * Build the view of `tree` (an nlcst tree whose positions point into `file`).
 * `identity`: the tree was parsed from the file itself (plain text), so the
 * view is the file and nothing needs collecting.
 */
export function textView(tree: NlcstRoot, file: VFile, identity = false): TextView {
  return proseView(identity ? undefined : nlcstProse(tree), file)
}
