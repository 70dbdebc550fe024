/**
 * The name reader: tags a token stream (the engine's tokenizer's) with BIO
 * tags for people, organisations and places, and returns the names found.
 *
 * The weights are decoded once, on the first call. Each distinct word's
 * scores in each slot (src/names/features.ts) are summed once and cached, so
 * a token costs one cache look-up, six vector additions and its share of the
 * Viterbi decoding.
 */
import type {NameReaderKnowledge} from '../lang/name-reader.ts'
import {beforeSentence, contextCodeCount, contextCodes, contextKey, featureVersion, forEachKey, neighbourKind, noWord, sentenceEnd, sentenceStart, Slot, slotCount, slotSource, type FeatureContext, type WordView} from './features.ts'
import {beginTag, runsOf, tagCount, type NameKind} from './labels.ts'
import {decodeModel, type NameModel} from './model.ts'
import {sentenceRanges, type SegmentToken} from './segments.ts'
import {constrained, stretchEdges, viterbi, type StretchEdges} from './viterbi.ts'
import {WordTable} from './word-table.ts'

export interface TaggerToken extends SegmentToken {
  start: number
  end: number
}

/** A name the reader found: its kind, its tokens (inclusive) and its offsets in the text. */
export interface NameSpan {
  kind: NameKind
  first: number
  last: number
  start: number
  end: number
}

/** Distinct words cached before the cache is emptied (a bound on memory over long runs). */
const defaultCacheLimit = 200_000

/** Tokens this far from every capitalised word are `O` without decoding (see `tags`). */
const defaultReach = 3

export interface TaggerOptions {
  /** Where the weights come from (default: the language's shipped model). */
  load?: () => NameModel
  /** Distinct words kept before the word cache is emptied (between two calls, never during one). */
  cacheLimit?: number
  /**
   * Tokens this far from every capitalised word are tagged `O` without decoding (Infinity: decode everything; at
   * least 2, so that a decoded stretch holds the neighbours of its runs of capitals).
   */
  reach?: number
}

/**
 * One decoded stretch of tokens (src/names/viterbi.ts StretchEdges): tokens `[first, stop)` of the tokens tagged, the
 * tokens around it `O`; their emission scores and best tags, what `personMargin` reads again.
 */
export interface DecodedStretch {
  first: number
  stop: number
  edges: StretchEdges
  /** `(stop - first) * tagCount` scores, from the stretch's first token. */
  emissions: Float64Array
  /** The best tag of each of its tokens, from its first. */
  tags: Uint8Array
}

/** What `tags` keeps of a decoding for `personMargin`: the decoded stretches (filled by `tags`). */
export interface Decoding {
  /** Per token, the index of its stretch in `stretches`, -1 where it was not decoded. */
  stretchOf: Int32Array
  stretches: DecodedStretch[]
}

/** An empty `Decoding` for `tags` to fill. */
export function emptyDecoding(): Decoding {
  return {stretchOf: new Int32Array(0), stretches: []}
}

/** Numbers per word in the score store: one score per tag in each slot. */
const wordWidth = slotCount * tagCount

export class NameTagger {
  private model: NameModel | null = null
  private context: FeatureContext | null = null
  private transitions: Float64Array = new Float64Array(0)
  /** The weights of each context code (src/names/features.ts contextCodes), `[code * tagCount + tag]`. */
  private contextScores: Float64Array = new Float64Array(0)
  /** Word (as written) → offset of its scores in `store`. */
  private readonly offsets = new WordTable()
  /** The words' scores, `wordWidth` numbers each (single precision); the sentence fillers' first. */
  private store = new Float32Array(64 * wordWidth)
  private readonly sums = new Float64Array(wordWidth)
  /** Each stored word's `neighbourKind`, by its offset / wordWidth. */
  private kinds = new Uint8Array(64)
  private used = 0
  /** Work buffers of `tags`, grown as sentences ask and reused: a text's sentences are tagged one by one. */
  private near = new Uint8Array(64)
  private tokenOffsets = new Int32Array(64)
  private scratch = new Float64Array(64 * tagCount)
  private back = new Uint8Array(64 * tagCount)
  private codes = new Int32Array(3 * 64)

  private readonly load: () => NameModel
  private readonly cacheLimit: number
  private readonly reach: number

  constructor(
    private readonly knowledge: NameReaderKnowledge,
    options: TaggerOptions = {}
  ) {
    this.load = options.load ?? (() => decodeModel(knowledge.model()))
    this.cacheLimit = options.cacheLimit ?? defaultCacheLimit
    this.reach = Math.max(2, options.reach ?? defaultReach)
  }

  /** The weights, decoded on first use. */
  get weights(): NameModel {
    if (!this.model) {
      const model = this.load()
      if (model.features !== featureVersion) {
        throw new Error(`kutip: the name model was trained for features '${model.features}', the reader has '${featureVersion}' (run npm run train)`)
      }
      this.model = model
      this.context = {knowledge: this.knowledge, options: model.options, sets: model.sets}
      this.transitions = constrained(model.transitions)
      this.contextScores = new Float64Array(contextCodeCount * tagCount)
      for (let code = 0; code < contextCodeCount; code++) {
        const row = model.rows.get(contextKey(code))
        if (row >= 0) this.contextScores.set(model.weights.subarray(row * tagCount, (row + 1) * tagCount), code * tagCount)
      }
      this.reset()
    }
    return this.model
  }

  /** Empties the word scores, keeping the fillers' (at offsets 0 and wordWidth). */
  private reset(): void {
    this.offsets.clear()
    this.used = 0
    this.scoresOf(sentenceStart)
    this.scoresOf(sentenceEnd)
  }

  /** Sums a word's weights per slot into the store; returns their offset. */
  private scoresOf(word: WordView): number {
    const {rows, weights} = this.model!
    if (this.used + wordWidth > this.store.length) {
      const grown = new Float32Array(this.store.length * 2)
      grown.set(this.store)
      this.store = grown
      const kinds = new Uint8Array(this.kinds.length * 2)
      kinds.set(this.kinds)
      this.kinds = kinds
    }
    const offset = this.used
    this.used += wordWidth
    this.kinds[offset / wordWidth] = neighbourKind(word, this.context!)
    // Summed in double precision, kept in single: the store is read for every token, and half the bytes is faster.
    const sums = this.sums.fill(0)
    forEachKey(word, this.context!, (slot, key) => {
      const row = rows.get(key)
      if (row < 0) return
      const base = slot * tagCount
      const from = row * tagCount
      for (let tag = 0; tag < tagCount; tag++) sums[base + tag]! += weights[from + tag]!
    })
    this.store.set(sums, offset)
    return offset
  }

  private offsetOf(word: WordView): number {
    let offset = this.offsets.get(word.text)
    if (offset < 0) {
      offset = this.scoresOf(word)
      this.offsets.set(word.text, offset)
    }
    return offset
  }

  /**
   * The best tag of every token (src/names/labels.ts `tagNames`), sentence by
   * sentence. Only the stretches near a capitalised word are decoded (every
   * name has one); a token `reach` (3) tokens or more from any is `O`, and its
   * stretch is decoded as lying between two `O`s — exact whenever those far
   * tokens would be decoded `O` anyway, and a third of the work on news text.
   * The stretches are decoded one by one (`stretchAt` decodes one alone, with
   * the same numbers).
   */
  tags(tokens: readonly SegmentToken[], kept?: Decoding): Uint8Array {
    this.prepare(tokens)
    const count = tokens.length
    const out = new Uint8Array(count)
    if (kept) {
      kept.stretchOf = new Int32Array(count).fill(-1)
      kept.stretches = []
    }
    const near = this.nearCapitals(tokens)
    for (const [first, end] of sentenceRanges(tokens, this.knowledge.abbreviations)) {
      let stretch = first
      while (stretch < end) {
        if (near[stretch]! >= this.reach) {
          stretch++
          continue
        }
        let stop = stretch
        while (stop < end && near[stop]! < this.reach) stop++
        const decoded = this.decodeStretch(tokens, first, end, stretch, stop)
        out.set(decoded.tags, stretch)
        if (kept) {
          kept.stretchOf.fill(kept.stretches.length, stretch, stop)
          kept.stretches.push(decoded)
        }
        stretch = stop
      }
    }
    return out
  }

  /**
   * The decoded stretch holding the token at `index`, as `tags` decodes it (the same tags and scores), without
   * decoding the rest; null where `tags` tags the token `O` without decoding.
   */
  stretchAt(tokens: readonly SegmentToken[], index: number): DecodedStretch | null {
    this.prepare(tokens)
    const near = this.nearCapitals(tokens)
    if (near[index]! >= this.reach) return null
    for (const [first, end] of sentenceRanges(tokens, this.knowledge.abbreviations)) {
      if (index >= end) continue
      let stretch = index
      while (stretch > first && near[stretch - 1]! < this.reach) stretch--
      let stop = index + 1
      while (stop < end && near[stop]! < this.reach) stop++
      return this.decodeStretch(tokens, first, end, stretch, stop)
    }
    return null
  }

  /** Weights loaded, the word cache emptied first when these tokens could pass its bound. */
  private prepare(tokens: readonly SegmentToken[]): void {
    void this.weights
    if (this.offsets.size + tokens.length > this.cacheLimit) this.reset()
  }

  /** Each token's distance to the nearest capitalised word (capped at 255), in the work buffer `near`. */
  private nearCapitals(tokens: readonly SegmentToken[]): Uint8Array {
    const count = tokens.length
    if (this.near.length < count) this.growBuffers(count)
    const near = this.near
    let distance = 255
    for (let index = 0; index < count; index++) {
      distance = capital(tokens[index]!) ? 0 : Math.min(distance + 1, 255)
      near[index] = distance
    }
    distance = 255
    for (let index = count - 1; index >= 0; index--) {
      distance = capital(tokens[index]!) ? 0 : Math.min(distance + 1, 255)
      if (distance < near[index]!) near[index] = distance
    }
    return near
  }

  /**
   * Decodes the tokens `[stretch, stop)` of the sentence `[first, end)` (the tokens around them `O`). The stretch's
   * runs of capitals and their neighbours lie inside it (its ends are two tokens from any capital, or the sentence's
   * ends), so its context codes are read from the stretch alone.
   */
  private decodeStretch(tokens: readonly SegmentToken[], first: number, end: number, stretch: number, stop: number): DecodedStretch {
    const L = tagCount
    const length = stop - stretch
    // A decoded token needs its neighbours' scores two tokens out.
    const from = Math.max(first, stretch - 2)
    const to = Math.min(end, stop + 2)
    const offsets = this.tokenOffsets
    for (let index = from; index < to; index++) offsets[index] = this.offsetOf(tokens[index]!)
    const store = this.store
    const {scratch, back, codes, contextScores, kinds} = this
    const kindOf = (index: number): number => kinds[offsets[index]! / wordWidth]!
    // Where each slot's scores stand in the store (src/names/features.ts slotSource).
    const at = (source: number, slot: number): number => (source >= 0 ? offsets[source]! : source === beforeSentence ? 0 : wordWidth) + slot * L
    contextCodes(tokens, stretch, stop, kindOf, codes)
    const emissions = new Float64Array(length * L)
    for (let index = stretch; index < stop; index++) {
      const row = (index - stretch) * L
      const self = at(index, Slot.Self)
      const left1 = at(slotSource(tokens, first, end, index, Slot.Left1), Slot.Left1)
      const left2 = at(slotSource(tokens, first, end, index, Slot.Left2), Slot.Left2)
      const right1 = at(slotSource(tokens, first, end, index, Slot.Right1), Slot.Right1)
      const right2 = at(slotSource(tokens, first, end, index, Slot.Right2), Slot.Right2)
      const opening = slotSource(tokens, first, end, index, Slot.Start)
      const k = 3 * (index - stretch)
      const context0 = codes[k]! * L
      const context1 = codes[k + 1]! * L
      const context2 = codes[k + 2]! * L
      for (let tag = 0; tag < L; tag++) {
        emissions[row + tag] =
          store[self + tag]! + store[left1 + tag]! + store[left2 + tag]! + store[right1 + tag]! + store[right2 + tag]! +
          contextScores[context0 + tag]! + contextScores[context1 + tag]! + contextScores[context2 + tag]!
      }
      if (opening !== noWord) {
        const start = at(opening, Slot.Start)
        for (let tag = 0; tag < L; tag++) emissions[row + tag]! += store[start + tag]!
      }
    }
    const edges = stretchEdges(stretch, stop, first, end)
    const tags = new Uint8Array(length)
    viterbi(emissions, 0, length, this.transitions, tags, scratch, back, edges)
    return {first: stretch, stop, edges, emissions, tags}
  }

  /** Makes the work buffers hold at least `count` tokens. */
  private growBuffers(count: number): void {
    const size = Math.max(count, 2 * this.near.length)
    this.near = new Uint8Array(size)
    this.tokenOffsets = new Int32Array(size)
    this.scratch = new Float64Array(size * tagCount)
    this.back = new Uint8Array(size * tagCount)
    this.codes = new Int32Array(3 * size)
  }

  /**
   * How much better the best tagging of the tokens around `[first, last]` scores than the best one in which exactly
   * those tokens are one person's name (0 when the best tagging says so): the tagger's certainty against another
   * reader's span. `kept` is what `names` or `tags` kept of the decoding. Infinity where the span is not all in one
   * decoded stretch (the tagger would never call it a name).
   */
  personMargin(kept: Decoding, first: number, last: number): number {
    const index = kept.stretchOf[first]!
    if (index < 0 || kept.stretchOf[last] !== index) return Infinity
    return this.marginIn(kept.stretches[index]!, first, last)
  }

  /** `personMargin` against `[first, last]` inside the decoded stretch `decoded` (indices of the tokens it was decoded from). */
  marginIn(decoded: DecodedStretch, first: number, last: number): number {
    const {first: from, stop, edges} = decoded
    const L = tagCount
    const length = stop - from
    const free = decoded.emissions
    const forced = Float64Array.from(free)
    const perBegin = beginTag('PER')
    for (let j = first; j <= last; j++) {
      const wanted = j === first ? perBegin : perBegin + 1
      for (let tag = 0; tag < L; tag++) if (tag !== wanted) forced[(j - from) * L + tag] = -Infinity
    }
    // The name ends at `last`: the next token does not go on with it.
    if (last + 1 < stop) forced[(last + 1 - from) * L + perBegin + 1] = -Infinity
    const scratch = new Float64Array(length * L)
    const back = new Uint8Array(length * L)
    const out = new Uint8Array(length)
    const best = viterbi(free, 0, length, this.transitions, out, scratch, back, edges)
    return best - viterbi(forced, 0, length, this.transitions, out, scratch, back, edges)
  }

  /** The names in the tokens, in order; with `kept`, what `personMargin` needs of the decoding is kept there. */
  names(tokens: readonly TaggerToken[], kept?: Decoding): NameSpan[] {
    return runsOf(this.tags(tokens, kept)).map(({kind, first, last}) => ({kind, first, last, start: tokens[first]!.start, end: tokens[last]!.end}))
  }
}

/** A word written with a capital (or in capitals): what every name has. */
function capital(token: SegmentToken): boolean {
  return token.word && (token.capitalized || token.allCaps)
}

const taggers = new WeakMap<NameReaderKnowledge, NameTagger>()

/** The one tagger of a language's knowledge (its weights load once per process). */
export function nameTaggerFor(knowledge: NameReaderKnowledge): NameTagger {
  let tagger = taggers.get(knowledge)
  if (!tagger) {
    tagger = new NameTagger(knowledge)
    taggers.set(knowledge, tagger)
  }
  return tagger
}

