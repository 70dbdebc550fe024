import type {Graph} from '../contract/graph.ts'

/** A graph with nothing in it: what an empty text gives, and a safe stand-in where a graph could not be built. */
export function emptyGraph(lang = 'id'): Graph {
  return {
    version: 1,
    lang,
    document: {publisher: null, dateline: null, sources: [], credits: [], copyright: null},
    entities: [],
    quotes: [],
    edges: []
  }
}
