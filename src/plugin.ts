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
 * On an mdast or hast tree the transformer is asynchronous (it loads the
 * converter once): use `run`/`process`, not `runSync`.
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {Node, Position} from 'unist'
import type {VFile} from 'vfile'
import type {ExtractOptions, Graph} from './contract/graph.ts'
import {textView} from './lint/text-view.ts'
import {extract} from './pipeline.ts'

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
  return function transformer(tree: Node, file: VFile): undefined | Promise<undefined> {
    if (tree?.type === 'root') {
      // An mdast or hast tree (no retext bridge): read its prose the way remark-retext and rehype-retext do.
      return proseOf(tree, file).then(
        (prose) => read(prose, file, options, false),
        (error: unknown) => {
          file.message(`Cannot read the prose of this tree (${String((error as Error)?.message ?? error)}); the file is read as plain text`, {ruleId: 'prose', source: 'kutip'})
          return read(undefined, file, options, true)
        }
      )
    }
    // An nlcst tree: retext's own (the file), or the prose of a Markdown/HTML draft behind a bridge.
    // Anything else (no tree a parser made): the file as plain text.
    const nlcst = tree?.type === 'RootNode' ? (tree as NlcstRoot) : undefined
    return read(nlcst, file, options, nlcst === undefined || file.data.kutipFormat === 'text')
  }
}

/** The graph of the prose of `tree` (or of the file itself when `whole`), with the text and positions it refers to. */
function read(tree: NlcstRoot | undefined, file: VFile, options: Options, whole: boolean): undefined {
  const view = textView(tree ?? {type: 'RootNode', children: []}, file, whole)
  file.data.kutipGraph = extract(view.text, options)
  file.data.kutipText = view.text
  file.data.kutipPosition = (span) => ({start: view.point(span.start), end: view.endPoint(span.end)})
  return undefined
}

/** The nlcst tree of an mdast (Markdown) or hast (HTML) tree, built as the retext bridges build it. */
async function proseOf(tree: Node, file: VFile): Promise<NlcstRoot> {
  const {ParseLatin} = await import('parse-latin')
  const children = (tree as {children?: Node[]}).children ?? []
  if (children.some((child) => child.type === 'element' || child.type === 'doctype')) {
    const {toNlcst} = await import('hast-util-to-nlcst')
    return toNlcst(tree as never, file, ParseLatin)
  }
  const {toNlcst} = await import('mdast-util-to-nlcst')
  return toNlcst(tree as never, file, ParseLatin)
}
