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
import {beforeSentence, contextCodeCount, contextCodes, contextKey, featureVersion, noWord, sentenceEnd, sentenceStart, slotCount, slotSource, forEachKey, type FeatureContext, type WordView} from './features.ts'
import {runsOf, tagCount, type NameKind} from './labels.ts'
import {decodeModel, type NameModel} from './model.ts'
import {sentenceRanges, type SegmentToken} from './segments.ts'
import {constrained, viterbi} from './viterbi.ts'
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
const cacheLimit = 200_000

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
  /** The words' scores, `wordWidth` numbers each; the sentence fillers' first. */
  private store = new Float64Array(64 * wordWidth)
  private used = 0

  constructor(
    private readonly knowledge: NameReaderKnowledge,
    private readonly load: () => NameModel = () => decodeModel(knowledge.model())
  ) {}

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
      const grown = new Float64Array(this.store.length * 2)
      grown.set(this.store)
      this.store = grown
    }
    const offset = this.used
    this.used += wordWidth
    const store = this.store
    forEachKey(word, this.context!, (slot, key) => {
      const row = rows.get(key)
      if (row < 0) return
      const base = offset + slot * tagCount
      const from = row * tagCount
      for (let tag = 0; tag < tagCount; tag++) store[base + tag]! += weights[from + tag]!
    })
    return offset
  }

  private offsetOf(word: WordView): number {
    let offset = this.offsets.get(word.text)
    if (offset < 0) {
      if (this.offsets.size >= cacheLimit) this.reset()
      offset = this.scoresOf(word)
      this.offsets.set(word.text, offset)
    }
    return offset
  }

  /** The best tag of every token (src/names/labels.ts `tagNames`), sentence by sentence. */
  tags(tokens: readonly SegmentToken[]): Uint8Array {
    void this.weights
    const L = tagCount
    const out = new Uint8Array(tokens.length)
    const emissions = new Float64Array(tokens.length * L)
    const offsets = new Int32Array(tokens.length)
    for (let index = 0; index < tokens.length; index++) offsets[index] = this.offsetOf(tokens[index]!)
    const store = this.store
    const ranges = sentenceRanges(tokens, this.knowledge.abbreviations)
    let longest = 0
    for (const [first, end] of ranges) longest = Math.max(longest, end - first)
    const scratch = new Float64Array(longest * L)
    const back = new Uint8Array(longest * L)
    const codes = new Int32Array(3 * longest)
    const contextScores = this.contextScores
    for (const [first, end] of ranges) {
      contextCodes(tokens, first, end, this.context!, codes)
      for (let index = first; index < end; index++) {
        const row = index * L
        for (let k = 3 * (index - first), stop = k + 3; k < stop; k++) {
          const from = codes[k]! * L
          for (let tag = 0; tag < L; tag++) emissions[row + tag]! += contextScores[from + tag]!
        }
        for (let slot = 0; slot < slotCount; slot++) {
          const source = slotSource(tokens, first, end, index, slot)
          if (source === noWord) continue
          const from = (source >= 0 ? offsets[source]! : source === beforeSentence ? 0 : wordWidth) + slot * L
          for (let tag = 0; tag < L; tag++) emissions[row + tag]! += store[from + tag]!
        }
      }
      viterbi(emissions, first, end - first, this.transitions, out, scratch, back)
    }
    return out
  }

  /** The names in the tokens, in order. */
  names(tokens: readonly TaggerToken[]): NameSpan[] {
    return runsOf(this.tags(tokens)).map(({kind, first, last}) => ({kind, first, last, start: tokens[first]!.start, end: tokens[last]!.end}))
  }
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

