/**
 * The bridge from a Markdown or HTML tree to retext, in place of
 * remark-retext and rehype-retext (bridge mode): the destination processor
 * runs on an nlcst tree of the prose (src/markup/prose.ts), one leaf per
 * stretch of the file, so the text view it reads (src/text/text-view.ts) is
 * the prose and maps back to the file. The kutip rules read the prose as a
 * string; no retext-latin parse is needed, and no markup is too deep.
 */
import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import type {Paragraph, Root as NlcstRoot, Sentence, SentenceContent} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Prose} from '../text/prose.ts'
import {markupProse} from './prose.ts'

/** An nlcst tree of `prose` read from `file`: one paragraph, one sentence, a leaf per piece (with its place in the file when it has one). */
export function proseTree(prose: Prose, file: VFile): NlcstRoot {
  const place = location(file)
  const children: SentenceContent[] = []
  for (const piece of prose.pieces) {
    if (piece.fileStart === undefined) {
      children.push({type: 'WhiteSpaceNode', value: piece.value})
      continue
    }
    const start = place.toPoint(piece.fileStart)
    const end = place.toPoint(piece.fileStart + piece.value.length) ?? place.toPoint(String(file).length)
    const node: SentenceContent = {type: 'SourceNode', value: piece.value}
    node.position = start && end ? {start, end} : {start: {line: 1, column: 1, offset: piece.fileStart}, end: {line: 1, column: 1, offset: piece.fileStart}}
    children.push(node)
  }
  const sentence: Sentence = {type: 'SentenceNode', children}
  const paragraph: Paragraph = {type: 'ParagraphNode', children: [sentence]}
  return {type: 'RootNode', children: [paragraph]}
}

/** Unified plugin: run `destination` (a retext processor) on the prose of the Markdown or HTML tree. */
export function kutipProseBridge(destination: Processor<any, any, any, any, any>) {
  return async function (tree: MdastRoot | HastRoot, file: VFile): Promise<undefined> {
    await destination.run(proseTree(markupProse(tree, String(file)), file), file)
    return undefined
  }
}
