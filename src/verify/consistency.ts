/**
 * Consistency across a corpus: quotes that appear in several documents
 * attributed to different speakers, or to different outlets.
 *
 * Every document's graph is extracted (this is the one place verification
 * cannot be lazy). Each direct or mixed quote of at least `minimumWords`
 * words is looked up in the index like a draft's quote; where another
 * document holds the same words (verbatim or with marked edits) inside one of
 * its own quotes, the two are the same statement. Statements found in two or
 * more documents are reported when their speakers differ (by name, as in
 * verification) or their outlets do (the outlet the quote was given to or
 * cited from, and the document's own `sources`).
 */
import type {Graph, Quote, Span} from '../contract/graph.ts'
import {align} from './align.ts'
import {findCandidates} from './candidates.ts'
import {attributionAt} from './source-attribution.ts'
import {SourceIndex} from './source-index.ts'
import type {SourceInput} from './source-document.ts'
import {compareSpeakers, graphSpeaker} from './speaker-match.ts'
import {quoteWords} from '../text/words.ts'

export interface ConsistencyOccurrence {
  document: string
  /** The quote's content, offsets into the document's plain text. */
  span: Span
  /** The quote's id in that document's graph. */
  quote: string
  speaker: string | null
  outlets: string[]
}

export interface ConsistencyFinding {
  text: string
  occurrences: ConsistencyOccurrence[]
  differs: Array<'speaker' | 'outlet'>
}

export interface ConsistencyOptions {
  extract?: (text: string) => Graph
  /** Shortest quote considered, in words (default 5: shorter phrases repeat by chance). */
  minimumWords?: number
}

function outletsOf(graph: Graph, quote: Quote): string[] {
  const names = new Set<string>()
  const outlet = (id: string | null): void => {
    const entity = id === null ? undefined : graph.entities.find((candidate) => candidate.id === id)
    if (entity !== undefined && entity.type === 'outlet') names.add(entity.name)
  }
  outlet(quote.addressee)
  outlet(quote.citing)
  for (const id of graph.document.sources) outlet(id)
  return [...names]
}

class UnionFind {
  private readonly parent = new Map<string, string>()
  find(key: string): string {
    let root = key
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!
    this.parent.set(key, root)
    return root
  }
  union(a: string, b: string): void {
    const [rootA, rootB] = [this.find(a), this.find(b)]
    if (rootA !== rootB) this.parent.set(rootB, rootA)
  }
}

/** Statements quoted in several documents with different speakers or outlets. */
export function findInconsistencies(sources: SourceIndex | readonly SourceInput[], options: ConsistencyOptions = {}): ConsistencyFinding[] {
  const index = sources instanceof SourceIndex ? sources : new SourceIndex(sources, {extract: options.extract})
  const minimumWords = options.minimumWords ?? 5
  const groups = new UnionFind()
  const occurrences = new Map<string, {document: number; graph: Graph; quote: Quote}>()
  const key = (document: number, quote: string): string => `${document}\u0000${quote}`

  for (let document = 0; document < index.documents.length; document++) {
    const graph = index.graphOf(document)
    if (graph === null) continue
    for (const quote of graph.quotes) {
      if (quote.kind === 'indirect') continue
      const {words} = quoteWords(quote.content.text, quote.content.start)
      if (words.filter((word) => !word.bracketed).length < minimumWords) continue
      const own = key(document, quote.id)
      occurrences.set(own, {document, graph, quote})
      groups.find(own)
      for (const candidate of findCandidates(index, words)) {
        if (candidate.document === document) continue
        const alignment = align(index, candidate, words, quote.content.text, quote.content.start)
        if (alignment === null || alignment.match === 'altered' || alignment.score < 0.8) continue
        const there = attributionAt(index, candidate.document, alignment.start, alignment.end)
        if (there.quote !== null) groups.union(own, key(candidate.document, there.quote))
      }
    }
  }

  const byGroup = new Map<string, string[]>()
  for (const own of occurrences.keys()) {
    const root = groups.find(own)
    const members = byGroup.get(root) ?? []
    members.push(own)
    byGroup.set(root, members)
  }
  const findings: ConsistencyFinding[] = []
  for (const members of byGroup.values()) {
    const entries = members.map((member) => occurrences.get(member)).filter((entry) => entry !== undefined)
    if (new Set(entries.map((entry) => entry.document)).size < 2) continue
    const speakers = entries.map((entry) => graphSpeaker(entry.graph, entry.quote.speaker))
    const outlets = entries.map((entry) => outletsOf(entry.graph, entry.quote))
    const differs: ConsistencyFinding['differs'] = []
    const pairs = (test: (a: number, b: number) => boolean): boolean =>
      entries.some((_, a) => entries.some((__, b) => a < b && test(a, b)))
    if (pairs((a, b) => compareSpeakers(speakers[a], speakers[b]) === 'other')) differs.push('speaker')
    const lower = (names: string[]): Set<string> => new Set(names.map((name) => name.toLowerCase()))
    if (pairs((a, b) => outlets[a].length > 0 && outlets[b].length > 0 && ![...lower(outlets[a])].some((name) => lower(outlets[b]).has(name)))) {
      differs.push('outlet')
    }
    if (differs.length === 0) continue
    findings.push({
      text: entries[0].quote.content.text,
      differs,
      occurrences: entries
        .map((entry, at) => ({
          document: index.documents[entry.document].id,
          span: entry.quote.content,
          quote: entry.quote.id,
          speaker: speakers[at]?.name ?? null,
          outlets: outlets[at]
        }))
        .sort((a, b) => a.document.localeCompare(b.document) || a.span.start - b.span.start)
    })
  }
  return findings.sort((a, b) => a.occurrences[0].document.localeCompare(b.occurrences[0].document) || a.occurrences[0].span.start - b.occurrences[0].span.start)
}
