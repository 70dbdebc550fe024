/**
 * The source index: every source document's words, hashed, with two posting
 * tables built once and queried per quote, so a draft is checked against
 * thousands of sources without scanning them.
 *
 * - word n-gram shingles (n = 3) → positions: finds where a quotation's words
 *   stand in the sources, even with a word changed or dropped (the shingles
 *   away from the change still hit);
 * - words → positions: finds short quotations and the sentences indirect
 *   speech may paraphrase.
 *
 * Positions are global word numbers (all documents' words in a row). Both
 * tables are open hash tables in compressed-row form (typed arrays, counting
 * then filling): building is linear in the number of words. Hash collisions
 * are harmless: every hit is checked against the stored word hashes.
 *
 * Source graphs (the speakers the sources themselves name) are extracted
 * lazily, only for documents a quote was found in, and cached.
 */
import type {Graph} from '../contract/graph.ts'
import {extract} from '../pipeline.ts'
import {hashShingle, hashWordAt} from './hash.ts'
import {toSourceDocuments, type SourceDocument, type SourceInput} from './source-document.ts'
import {sentenceBounds, type SentenceBound} from './sentences.ts'
import {speakerTurns, type SpeakerTurn} from './speaker-turns.ts'
import {normalizeWord, scanWords, words, type Word} from '../text/words.ts'

/** Documents whose words and sentences stay cached (least recently used dropped first). */
const cachedDocuments = 2000

/** A Map used as a least-recently-used cache of at most `limit` entries. */
function remember<V>(cache: Map<number, V>, key: number, make: () => V, limit = cachedDocuments): V {
  let value = cache.get(key)
  if (value !== undefined) {
    cache.delete(key)
    cache.set(key, value)
    return value
  }
  value = make()
  cache.set(key, value)
  if (cache.size > limit) cache.delete(cache.keys().next().value!)
  return value
}

/** Words per shingle. */
export const shingleSize = 3

export interface SourceIndexOptions {
  /** How a source's own graph is built (default: kutip's `extract`). */
  extract?: (text: string) => Graph
}

interface PostingTable {
  mask: number
  starts: Uint32Array
  positions: Uint32Array
}

function nextPowerOfTwo(value: number): number {
  let size = 1024
  while (size < value) size *= 2
  return size
}

/**
 * Build a posting table: `hashes[i]` is the key of position `positions[i]`
 * (or of position i when `positions` is omitted).
 */
function buildTable(hashes: Uint32Array, positionsOf: Uint32Array | undefined, perBucket: number): PostingTable {
  const count = hashes.length
  // A few keys per bucket keep the tables small enough for the caches; lookups check the hash anyway.
  const size = nextPowerOfTwo(count / perBucket)
  const mask = size - 1
  const starts = new Uint32Array(size + 1)
  for (let index = 0; index < count; index++) starts[(hashes[index] & mask) + 1]++
  for (let index = 1; index <= size; index++) starts[index] += starts[index - 1]
  const fill = starts.slice(0, size)
  const positions = new Uint32Array(count)
  for (let index = 0; index < count; index++) {
    positions[fill[hashes[index] & mask]++] = positionsOf === undefined ? index : positionsOf[index]
  }
  return {mask, starts, positions}
}

export class SourceIndex {
  readonly documents: readonly SourceDocument[]
  /** Global word number → word hash. */
  private readonly wordHashes: Uint32Array
  /** Document d holds global words [documentStarts[d], documentStarts[d + 1]). */
  private readonly documentStarts: Uint32Array
  private readonly shingles: PostingTable
  private readonly wordTable: PostingTable
  private readonly extractGraph: (text: string) => Graph
  private readonly wordCache = new Map<number, Word[]>()
  private readonly graphCache = new Map<number, Graph | null>()
  private readonly sentenceCache = new Map<number, SentenceBound[]>()
  private readonly turnCache = new Map<number, SpeakerTurn[]>()
  /** How many source graphs have been extracted so far (they are built lazily). */
  graphsExtracted = 0

  constructor(inputs: readonly SourceInput[], options: SourceIndexOptions = {}) {
    this.documents = toSourceDocuments(inputs)
    this.extractGraph = options.extract ?? ((text) => extract(text))
    this.documentStarts = new Uint32Array(this.documents.length + 1)
    let hashes = new Uint32Array(1024)
    let total = 0
    // Local bindings: imported functions are slower to call in hot loops under some loaders.
    const hashAt = hashWordAt
    const normalize = normalizeWord
    const hashOf = hashShingle
    const scan = scanWords
    for (let index = 0; index < this.documents.length; index++) {
      this.documentStarts[index] = total
      const text = this.documents[index].text
      scan(text, (start, end) => {
        if (total === hashes.length) {
          const grown = new Uint32Array(hashes.length * 2)
          grown.set(hashes)
          hashes = grown
        }
        hashes[total++] = hashAt(text, start, end, normalize)
      })
    }
    this.documentStarts[this.documents.length] = total
    this.wordHashes = hashes.subarray(0, total)

    let shingleCount = 0
    for (let index = 0; index < this.documents.length; index++) {
      shingleCount += Math.max(0, this.documentStarts[index + 1] - this.documentStarts[index] - shingleSize + 1)
    }
    const starts = this.documentStarts
    const wordHashes = this.wordHashes
    const shingleHashes = new Uint32Array(shingleCount)
    const shinglePositions = new Uint32Array(shingleCount)
    let at = 0
    for (let index = 0; index < starts.length - 1; index++) {
      for (let position = starts[index]; position + shingleSize <= starts[index + 1]; position++) {
        shingleHashes[at] = hashOf(wordHashes, position, shingleSize)
        shinglePositions[at++] = position
      }
    }
    this.shingles = buildTable(shingleHashes, shinglePositions, 4)
    // Words repeat (a few ten thousand distinct in millions): a smaller table.
    this.wordTable = buildTable(wordHashes, undefined, 16)
  }

  /** Total number of words indexed. */
  get wordCount(): number {
    return this.wordHashes.length
  }

  /** The document a global word number belongs to. */
  documentOf(position: number): number {
    let low = 0
    let high = this.documents.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.documentStarts[middle] <= position) low = middle
      else high = middle - 1
    }
    return low
  }

  /** The global number of a document's first word. */
  firstWord(document: number): number {
    return this.documentStarts[document]
  }

  /** Global positions where the shingle of these word hashes starts. */
  shinglePositions(hashes: ArrayLike<number>, from: number): number[] {
    const hash = hashShingle(hashes, from, shingleSize)
    const bucket = hash & this.shingles.mask
    const result: number[] = []
    for (let slot = this.shingles.starts[bucket]; slot < this.shingles.starts[bucket + 1]; slot++) {
      const position = this.shingles.positions[slot]
      let same = true
      for (let offset = 0; offset < shingleSize && same; offset++) {
        same = this.wordHashes[position + offset] === hashes[from + offset]
      }
      if (same) result.push(position)
    }
    return result
  }

  /** How many times a word occurs in all sources (bucket size, an upper bound). */
  wordFrequency(hash: number): number {
    const bucket = hash & this.wordTable.mask
    return this.wordTable.starts[bucket + 1] - this.wordTable.starts[bucket]
  }

  /** Global positions of a word. */
  wordPositions(hash: number): number[] {
    const bucket = hash & this.wordTable.mask
    const result: number[] = []
    for (let slot = this.wordTable.starts[bucket]; slot < this.wordTable.starts[bucket + 1]; slot++) {
      const position = this.wordTable.positions[slot]
      if (this.wordHashes[position] === hash) result.push(position)
    }
    return result
  }

  /**
   * A document's words with their offsets (tokenised on demand, cached). A document read once keeps its words in a
   * compact form (offsets and the number of each distinct normalised word, 12 bytes a word): once it has left the
   * cache, its words are rebuilt from that form for each call, without reading the text again and without entering
   * the cache again. On a corpus larger than the cache, where one statement's documents lie far apart, they leave and
   * come back for every quote: re-reading the text cost more than the alignments, and arrays passing through the
   * cache outlived the young generation, so the collector copied them and later swept them from the old one.
   */
  wordsOf(document: number): Word[] {
    const cached = this.wordCache.get(document)
    if (cached === undefined) {
      const compact = this.compactWords.get(document)
      if (compact !== undefined) return this.expandWords(compact)
    }
    return remember(this.wordCache, document, () => {
      const found = words(this.documents[document].text)
      this.compactWords.set(document, this.compactForm(found))
      return found
    })
  }

  /** How many words a document has (as `wordsOf(document).length`, without building them). */
  wordsIn(document: number): number {
    return this.documentStarts[document + 1] - this.documentStarts[document]
  }

  /** A document's words `from` up to `to` (as `wordsOf(document).slice(from, to)`, building only those once compact). */
  wordsBetween(document: number, from: number, to: number): Word[] {
    const compact = this.wordCache.has(document) ? undefined : this.compactWords.get(document)
    if (compact !== undefined) return this.expandWords(compact, from, to)
    return this.wordsOf(document).slice(from, to)
  }

  /** Words of documents read so far, compact: norms by number (`norms`), offsets. */
  private readonly compactWords = new Map<number, {norms: Uint32Array; starts: Uint32Array; ends: Uint32Array}>()
  /** Every distinct normalised word met in a document's words, and its number. */
  private readonly norms: string[] = []
  private readonly normNumbers = new Map<string, number>()

  private compactForm(found: readonly Word[]): {norms: Uint32Array; starts: Uint32Array; ends: Uint32Array} {
    const norms = new Uint32Array(found.length)
    const starts = new Uint32Array(found.length)
    const ends = new Uint32Array(found.length)
    found.forEach((word, at) => {
      let number = this.normNumbers.get(word.norm)
      if (number === undefined) {
        number = this.norms.length
        this.norms.push(word.norm)
        this.normNumbers.set(word.norm, number)
      }
      norms[at] = number
      starts[at] = word.start
      ends[at] = word.end
    })
    return {norms, starts, ends}
  }

  /** The words `words()` reads, from their compact form. */
  private expandWords(compact: {norms: Uint32Array; starts: Uint32Array; ends: Uint32Array}, from = 0, to = compact.norms.length): Word[] {
    const result: Word[] = []
    const end = Math.min(to, compact.norms.length)
    for (let at = Math.max(0, from); at < end; at++) {
      result.push({norm: this.norms[compact.norms[at]], start: compact.starts[at], end: compact.ends[at], bracketed: false, gapBefore: false})
    }
    return result
  }

  /** A document's sentences (found on demand, cached). */
  sentencesOf(document: number): SentenceBound[] {
    return remember(this.sentenceCache, document, () => sentenceBounds(this.documents[document].text))
  }

  /** A transcript's speaker turns (`Nama: …` lines; none for other documents). */
  turnsOf(document: number): SpeakerTurn[] {
    return remember(this.turnCache, document, () => speakerTurns(this.documents[document].text))
  }

  /**
   * The document's own attribution graph (extracted on first use and kept:
   * extraction is the expensive part; null if extraction failed).
   */
  graphOf(document: number): Graph | null {
    if (!this.graphCache.has(document)) {
      let graph: Graph | null = null
      try {
        graph = this.extractGraph(this.documents[document].text)
        this.graphsExtracted++
      } catch {
        graph = null
      }
      this.graphCache.set(document, graph)
    }
    return this.graphCache.get(document) ?? null
  }
}

/** Build an index over sources (reuse it for many drafts). */
export function buildSourceIndex(inputs: readonly SourceInput[], options: SourceIndexOptions = {}): SourceIndex {
  return new SourceIndex(inputs, options)
}
