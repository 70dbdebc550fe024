/**
 * `extract(text)`: the whole engine, text → attribution graph.
 * (Being built: the stages live in src/extract, src/attribute and src/graph.)
 */
import type {ExtractOptions, Graph} from './graph/contract.ts'

export function extract(text: string, options: ExtractOptions = {}): Graph {
  if (typeof text !== 'string') throw new TypeError('kutip: extract() expects a string')
  return {
    version: 1,
    lang: options.lang ?? 'id',
    document: {publisher: null, dateline: null, sources: [], credits: [], copyright: null},
    entities: [],
    quotes: [],
    edges: []
  }
}
