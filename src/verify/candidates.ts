/**
 * Where in the sources a quotation may stand: shingle hits from the index,
 * grouped by document and clustered, become word regions to align.
 */
import {hashWord} from './hash.ts'
import {shingleSize, type SourceIndex} from './source-index.ts'
import type {Word} from '../text/words.ts'

export interface Candidate {
  document: number
  /** Region of the document's words to align against, [from, to). */
  from: number
  to: number
  /** Index hits supporting this region. */
  hits: number
}

interface Hit {
  position: number
  /** Index of the hit's first word among the quotation's unbracketed words. */
  offset: number
}

/**
 * How many documents, and regions per document, may be aligned for one
 * quotation (best first; the caller stops once a source agrees). A wire story
 * syndicated to many outlets puts one quote in many documents.
 */
const maxDocuments = 30
const maxRegionsPerDocument = 2
/** Words a region may extend beyond the hits (omissions in the quote may hide more). */
const regionMargin = 4
/** Hits further apart than the quotation plus this many words belong to separate regions. */
const clusterGap = 60
/** A shingle found more often than this is skipped when the quote has rarer ones. */
const commonShingle = 5000

/** The candidate regions for a quotation's words (bracketed insertions are not looked up). */
export function findCandidates(index: SourceIndex, quote: readonly Word[]): Candidate[] {
  const plain = quote.filter((word) => !word.bracketed)
  if (plain.length === 0) return []
  const hashes = plain.map((word) => hashWord(word.norm))
  const hits: Hit[] = []
  const perShingle: Array<{offset: number; positions: number[]}> = []
  if (plain.length >= shingleSize) {
    for (let offset = 0; offset + shingleSize <= plain.length; offset++) {
      // A shingle may not span an omission mark: the source has other words there.
      let spansGap = false
      for (let next = offset + 1; next < offset + shingleSize; next++) spansGap ||= plain[next].gapBefore
      if (spansGap) continue
      perShingle.push({offset, positions: index.shinglePositions(hashes, offset)})
    }
    // Very common shingles (`yang akan di`) say little and cost much: drop them when rarer ones exist.
    const rare = perShingle.some((entry) => entry.positions.length <= commonShingle)
    for (const {offset, positions} of perShingle) {
      if (rare && positions.length > commonShingle) continue
      for (const position of positions) hits.push({position, offset})
    }
  }
  if (hits.length === 0) {
    // Short quotations (or ones changed every few words): the rarest word's positions.
    let rarest = 0
    for (let offset = 1; offset < hashes.length; offset++) {
      if (index.wordFrequency(hashes[offset]) < index.wordFrequency(hashes[rarest])) rarest = offset
    }
    if (index.wordFrequency(hashes[rarest]) <= 20000) {
      for (const position of index.wordPositions(hashes[rarest])) hits.push({position, offset: rarest})
    }
  }
  const byDocument = new Map<number, Hit[]>()
  for (const hit of hits) {
    const document = index.documentOf(hit.position)
    let list = byDocument.get(document)
    if (list === undefined) byDocument.set(document, (list = []))
    list.push(hit)
  }
  const ranked = [...byDocument.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]).slice(0, maxDocuments)
  // Bracketed words are not looked up but may stand in the source too: widen by their number.
  const margin = regionMargin + (quote.length - plain.length)
  const candidates: Candidate[] = []
  for (const [document, documentHits] of ranked) {
    const first = index.firstWord(document)
    const length = index.wordsIn(document)
    documentHits.sort((a, b) => a.position - b.position)
    const clusters: Hit[][] = []
    for (const hit of documentHits) {
      const last = clusters.at(-1)
      if (last !== undefined && hit.position - last.at(-1)!.position <= plain.length + clusterGap) last.push(hit)
      else clusters.push([hit])
    }
    clusters.sort((a, b) => b.length - a.length)
    for (const cluster of clusters.slice(0, maxRegionsPerDocument)) {
      let from = Infinity
      let to = -Infinity
      for (const hit of cluster) {
        from = Math.min(from, hit.position - first - hit.offset)
        to = Math.max(to, hit.position - first - hit.offset + plain.length)
      }
      candidates.push({
        document,
        from: Math.max(0, from - margin),
        to: Math.min(length, to + margin),
        hits: cluster.length
      })
    }
  }
  return candidates
}
