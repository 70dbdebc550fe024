/**
 * `retextKutip`: the engine as a unified plugin. It reads the prose of the
 * file, builds the attribution graph with `extract`, and puts on the file:
 *
 * - `file.data.kutipGraph`: the graph;
 * - `file.data.kutipText`: the text the graph was read from, so that every
 *   span holds `span.text === kutipText.slice(span.start, span.end)`;
 * - `file.data.kutipPosition(span)`: where a span stands in the file (line,
 *   column and offset of its start and end), for messages and editors.
 *
 * ```js
 * import {retext} from 'retext'
 * import retextKutip from 'kutip/plugin'
 * const file = await retext().use(retextKutip).process(text)
 * file.data.kutipGraph.quotes
 * ```
 *
 * In plain text the prose is the file itself: `kutipText === String(file)`.
 * Behind remark-retext or rehype-retext (a Markdown or HTML draft), or on an
 * mdast or hast tree directly, the prose is what retext reads — the words
 * without markup, paragraphs apart — as `kutip lint` reads it, so a quote with
 * `**bold**` words or a link in it is still one quote, and its spans index
 * `kutipText`, not the Markdown; `kutipPosition` maps them back to the file.
 * On an mdast or hast tree the prose is read with the markup-to-text map
 * kutip lint and verify use (src/markup/prose.ts): the same text as behind
 * the bridges, at any depth of nesting.
 */
import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import type {Root as NlcstRoot} from 'nlcst'
import type {Node, Position} from 'unist'
import type {VFile} from 'vfile'
import type {ExtractOptions, Graph} from './contract/graph.ts'
import {markupProse} from './markup/prose.ts'
import {extract} from './pipeline.ts'
import type {Prose} from './text/prose.ts'
import {proseView, textView, type TextView} from './text/text-view.ts'

declare module 'vfile' {
  interface DataMap {
    /** The attribution graph of the file, set by `retextKutip`. */
    kutipGraph: Graph
    /** The text `kutipGraph` was read from (its spans index it): the file, or the prose of Markdown and HTML. Set by `retextKutip`. */
    kutipText: string
    /** Where a span of `kutipGraph` stands in the file. Set by `retextKutip`. */
    kutipPosition: (span: {start: number; end: number}) => Position
  }
}

export type Options = ExtractOptions

export default function retextKutip(options: Options = {}) {
  return function transformer(tree: Node, file: VFile): undefined {
    if (tree?.type === 'root') {
      // An mdast or hast tree (no retext bridge): read its prose with the markup-to-text map.
      let prose: Prose
      try {
        prose = markupProse(tree as MdastRoot | HastRoot, String(file))
      } catch (error) {
        file.message(`Cannot read the prose of this tree (${String((error as Error)?.message ?? error)}); the file is read as plain text`, {ruleId: 'prose', source: 'kutip'})
        return read(proseView(undefined, file), file, options)
      }
      return read(proseView(prose, file), file, options)
    }
    // An nlcst tree: retext's own (the file), or the prose of a Markdown/HTML draft behind a bridge.
    // Anything else (no tree a parser made): the file as plain text.
    const nlcst = tree?.type === 'RootNode' ? (tree as NlcstRoot) : undefined
    return read(textView(nlcst ?? {type: 'RootNode', children: []}, file, nlcst === undefined || file.data.kutipFormat === 'text'), file, options)
  }
}

/** The graph of the prose `view` reads, with the text and positions it refers to. */
function read(view: TextView, file: VFile, options: Options): undefined {
  file.data.kutipGraph = extract(view.text, options)
  file.data.kutipText = view.text
  file.data.kutipPosition = (span) => ({start: view.point(span.start), end: view.endPoint(span.end)})
  return undefined
}
