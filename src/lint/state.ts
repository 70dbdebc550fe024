/**
 * What the rules share for one file, computed once: the text view, the
 * engine's reading of its text (tokens, quote marks, sentences: src/text/reading.ts),
 * the quote-mark pairs lint reads from it (quote-marks.ts), and the
 * attribution graph, which the engine builds from that same reading
 * (`extractReading`), so a lint run tokenizes its text once (each computed
 * lazily, the first time a rule asks, then reused by every other rule).
 *
 * The first plugin of the preset (`kutipState`) stores it on
 * `file.data.kutip`; on plain text the graph is also shared with the engine's
 * own plugin through `file.data.kutipGraph` (src/plugin.ts), both ways; rules read it with `lintState(tree, file)`, which also
 * builds it when a rule is used on its own.
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import type {Graph} from '../contract/graph.ts'
import {extract, extractReading} from '../pipeline.ts'
import '../plugin.ts'
import {scanQuotes, type QuoteScan} from './quote-marks.ts'
import {readText, type TextReading} from '../text/reading.ts'
import {textView, type TextView} from '../text/text-view.ts'
import {lowerCaseOf} from './words.ts'

export type Extractor = (text: string) => Graph

export interface LintState {
  /** The nlcst tree the rules run on. */
  readonly tree: NlcstRoot
  readonly view: TextView
  /** The view's text in lower case for the word lists (`lowerCaseOf`; undefined when they must match case-insensitively instead). */
  readonly lower: string | undefined
  /** The engine's reading of the view's text (tokens, quote marks, sentences): `quotes` and, with the engine's own extractor, `graph` are read from it. */
  readonly reading: TextReading
  readonly quotes: QuoteScan
  readonly graph: Graph
}

export interface StateOptions {
  /** How to get the graph of a text (default: the engine's `extract`). Tests pass a fixed graph here. */
  extract?: Extractor
}

declare module 'vfile' {
  interface DataMap {
    kutip: LintState
    kutipExtract: Extractor
    /** The format the file was parsed as; `'text'` means the nlcst tree is the file itself. */
    kutipFormat: 'text' | 'markdown' | 'html'
  }
}

const emptyGraph: Graph = {
  version: 1,
  lang: 'id',
  document: {publisher: null, dateline: null, sources: [], credits: [], copyright: null},
  entities: [],
  quotes: [],
  edges: []
}

function createState(tree: NlcstRoot, file: VFile, extractor: Extractor): LintState {
  const view = textView(tree, file, file.data.kutipFormat === 'text')
  let reading: TextReading | undefined
  const read = () => (reading ??= readText(view.text))
  // The engine's own extractor reads the text base lint has read (or will read) instead of tokenizing it again.
  const graphOf = extractor === extract ? () => extractReading(read()) : () => extractor(view.text)
  let quotes: QuoteScan | undefined
  let graph: Graph | undefined
  let lower: string | undefined | null = null
  return {
    tree,
    view,
    get lower() {
      if (lower === null) lower = lowerCaseOf(view.text)
      return lower
    },
    get reading() {
      return read()
    },
    get quotes() {
      quotes ??= scanQuotes(view.text, read())
      return quotes
    },
    get graph() {
      // A graph retextKutip (src/plugin.ts) already put on the file is reused when it reads the same text.
      if (graph === undefined && view.identity && file.data.kutipGraph && file.data.kutipExtract === undefined) graph = file.data.kutipGraph
      if (graph === undefined) {
        try {
          graph = graphOf()
          if (view.identity) file.data.kutipGraph = graph
        } catch (error) {
          file.message('Cannot build the attribution graph: ' + String((error as Error)?.message ?? error), {
            ruleId: 'graph',
            source: 'kutip'
          })
          graph = emptyGraph
        }
      }
      return graph
    }
  }
}

/** The shared state of `file`, built on first use. */
export function lintState(tree: NlcstRoot, file: VFile): LintState {
  file.data.kutip ??= createState(tree, file, file.data.kutipExtract ?? extract)
  return file.data.kutip
}

/** Plugin: build the shared state once, before the rules run. */
export function kutipState(options: StateOptions = {}) {
  return function (tree: NlcstRoot, file: VFile): undefined {
    if (options.extract) file.data.kutipExtract = options.extract
    file.data.kutip = createState(tree, file, file.data.kutipExtract ?? extract)
  }
}
