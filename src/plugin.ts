/**
 * `retextKutip`: the engine as a unified (retext) plugin. It reads the file's
 * text, builds the attribution graph with `extract`, and puts it on
 * `file.data.kutipGraph` for later plugins (lint rules, reports) and callers.
 *
 * ```js
 * import {retext} from 'retext'
 * import retextKutip from 'kutip/plugin'
 * const file = await retext().use(retextKutip).process(text)
 * file.data.kutipGraph.quotes
 * ```
 *
 * Offsets in the graph refer to `String(file)`, like vfile's own `offset`.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {ExtractOptions, Graph} from './graph/contract.ts'
import {extract} from './pipeline.ts'

declare module 'vfile' {
  interface DataMap {
    /** The attribution graph of the file, set by `retextKutip`. */
    kutipGraph: Graph
  }
}

export type Options = ExtractOptions

export default function retextKutip(options: Options = {}) {
  return function transformer(_tree: Root, file: VFile): void {
    file.data.kutipGraph = extract(String(file), options)
  }
}
