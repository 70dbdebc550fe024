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
import {compareSpeakers, graphSpeaker, type Speaker} from './speaker-match.ts'
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

/**
 * Disjoint sets of quote keys, by union by size and path compression: near-constant time per operation, however
 * many documents repeat one statement (with the newest root always on top, a statement in k documents made each
 * lookup walk k links, and the grouping quadratic in the corpus).
 */
class UnionFind {
  private readonly parent = new Map<string, string>()
  private readonly size = new Map<string, number>()
  find(key: string): string {
    let root = key
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up
    // Every key on the way now points at the root.
    for (let at = key; at !== root; ) {
      const up = this.parent.get(at)!
      this.parent.set(at, root)
      at = up
    }
    if (root === key && !this.parent.has(key)) this.parent.set(key, key)
    return root
  }
  union(a: string, b: string): void {
    const [rootA, rootB] = [this.find(a), this.find(b)]
    if (rootA === rootB) return
    const [sizeA, sizeB] = [this.size.get(rootA) ?? 1, this.size.get(rootB) ?? 1]
    const [small, large] = sizeA < sizeB ? [rootA, rootB] : [rootB, rootA]
    this.parent.set(small, large)
    this.size.set(large, sizeA + sizeB)
    this.size.delete(small)
  }
}

/**
 * Whether two of the values differ by `differ`, a symmetric test that never holds between a value and an equal one:
 * each distinct value (by `key`) is compared once with each other, so a statement quoted in k documents by a few
 * speakers costs k, not k² comparisons.
 */
function anyPairDiffers<T>(values: T[], key: (value: T) => string | null, differ: (a: T, b: T) => boolean): boolean {
  const distinct = new Map<string, T>()
  for (const value of values) {
    const name = key(value)
    if (name !== null && !distinct.has(name)) distinct.set(name, value)
  }
  const list = [...distinct.values()]
  return list.some((a, i) => list.some((b, j) => i < j && differ(a, b)))
}

/** A speaker's names as compareSpeakers reads them (null: it compares as unknown to everyone). */
function speakerKey(speaker: Speaker | null): string | null {
  if (speaker === null || speaker.names.length === 0) return null
  return speaker.names.map((names) => [...names].sort().join(' ')).join('|')
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
    if (anyPairDiffers(speakers, speakerKey, (a, b) => compareSpeakers(a, b) === 'other')) differs.push('speaker')
    const lower = (names: string[]): Set<string> => new Set(names.map((name) => name.toLowerCase()))
    const outletKey = (names: string[]): string | null => (names.length === 0 ? null : [...lower(names)].sort().join('\u0000'))
    if (anyPairDiffers(outlets, outletKey, (a, b) => ![...lower(a)].some((name) => lower(b).has(name)))) differs.push('outlet')
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
