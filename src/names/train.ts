/**
 * Training a name model from labelled texts: each text is cut into tokens by
 * the engine's tokenizer and into sentences as the tagger cuts them, so the
 * model learns exactly the tokens it will later tag; its names (character
 * spans) become BIO tags; each token's features become ids; the averaged
 * perceptron learns the weights.
 */
import type {NameReaderKnowledge} from '../lang/name-reader.ts'
import {tokenize, type Token} from '../extract/tokens.ts'
import {beforeSentence, contextCodes, contextKey, featureVersion, neighbourKind, noWord, sentenceEnd, sentenceStart, slotCount, slotSource, wordKeys, type FeatureContext, type FeatureOptions, type WordView} from './features.ts'
import {beginTag, tagCount, type NameKind} from './labels.ts'
import {RowTable, type NameModel} from './model.ts'
import {trainPerceptron, type Sequence} from './perceptron.ts'
import {sentenceRanges} from './segments.ts'

/** A name in a text: its kind and character offsets (end exclusive). */
export interface LabelledName {
  kind: NameKind
  start: number
  end: number
}

export interface LabelledText {
  text: string
  names: LabelledName[]
}

export interface TrainOptions {
  epochs: number
  seed: number
  features: FeatureOptions
  /** Word sets the features ask about (lower-case words as hash32 keys); they ship in the model. */
  sets: Map<string, Set<number>>
  /** Features seen in fewer training tokens are left out (1: keep all). */
  minCount?: number
  notes?: Record<string, string | number>
  onEpoch?: (epoch: number, errorRate: number) => void
}

/**
 * The BIO tag of every token: a token that starts inside a name takes its kind,
 * `B-` on the name's first token. Names that no token starts inside are lost.
 */
export function tagsOfTokens(tokens: readonly Token[], names: readonly LabelledName[]): Uint8Array {
  const tags = new Uint8Array(tokens.length)
  const sorted = [...names].sort((a, b) => a.start - b.start)
  let next = 0
  for (const name of sorted) {
    while (next < tokens.length && tokens[next]!.start < name.start) next++
    let index = next
    while (index < tokens.length && tokens[index]!.start < name.end) {
      tags[index] = beginTag(name.kind) + (index === next ? 0 : 1)
      index++
    }
    next = index
  }
  return tags
}

/** Feature keys → ids, with every word's ids per slot cached. */
class FeatureIndex {
  /** Feature key → id. */
  readonly ids = new Map<number, number>()
  private readonly words = new Map<string, Int32Array[]>()
  constructor(private readonly context: FeatureContext) {}

  /** The id of a feature key (a new one if unseen). */
  id(key: number): number {
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(key, id)
    }
    return id
  }

  of(word: WordView): Int32Array[] {
    const cacheKey = word === sentenceStart || word === sentenceEnd ? '\u0000' + word.text : word.text
    let slots = this.words.get(cacheKey)
    if (!slots) {
      slots = wordKeys(word, this.context).map((keys) => {
        return Int32Array.from(keys, (key) => this.id(key))
      })
      this.words.set(cacheKey, slots)
    }
    return slots
  }
}

/** The training sentences of some texts, with the features' ids from `index`. */
function sequencesOf(texts: readonly LabelledText[], index: FeatureIndex, context: FeatureContext): Sequence[] {
  const sequences: Sequence[] = []
  for (const {text, names} of texts) {
    const tokens = tokenize(text).slice()
    const tags = tagsOfTokens(tokens, names)
    for (const [first, end] of sentenceRanges(tokens, context.knowledge.abbreviations)) {
      const features: Int32Array[] = []
      const codes = new Int32Array(3 * (end - first))
      contextCodes(tokens, first, end, (at) => neighbourKind(tokens.at(at)!, context), codes)
      for (let position = first; position < end; position++) {
        const at = 3 * (position - first)
        const parts: Int32Array[] = [Int32Array.from(codes.subarray(at, at + 3), (code) => index.id(contextKey(code)))]
        for (let slot = 0; slot < slotCount; slot++) {
          const source = slotSource(tokens, first, end, position, slot)
          if (source === noWord) continue
          const word = source >= 0 ? tokens.at(source)! : source === beforeSentence ? sentenceStart : sentenceEnd
          parts.push(index.of(word)[slot]!)
        }
        const joined = new Int32Array(parts.reduce((sum, part) => sum + part.length, 0))
        let offset = 0
        for (const part of parts) {
          joined.set(part, offset)
          offset += part.length
        }
        features.push(joined)
      }
      if (features.length > 0) sequences.push({features, tags: tags.slice(first, end)})
    }
  }
  return sequences
}

/** Learns a model from the texts; the same texts and options give the same model. */
export function trainNameModel(texts: readonly LabelledText[], knowledge: NameReaderKnowledge, options: TrainOptions): NameModel {
  const context: FeatureContext = {knowledge, options: options.features, sets: options.sets}
  const index = new FeatureIndex(context)
  const sequences = sequencesOf(texts, index, context)
  const minCount = options.minCount ?? 1
  if (minCount > 1) {
    const counts = new Int32Array(index.ids.size)
    for (const sequence of sequences) for (const features of sequence.features) for (const id of features) counts[id]!++
    for (const sequence of sequences) sequence.features = sequence.features.map((features) => features.filter((id) => counts[id]! >= minCount))
  }
  const learnt = trainPerceptron(sequences, {epochs: options.epochs, seed: options.seed, featureCount: index.ids.size, onEpoch: options.onEpoch})
  const kept: Array<[number, number]> = []
  for (const [key, id] of index.ids) {
    let any = false
    for (let tag = 0; tag < tagCount; tag++) if (learnt.weights[id * tagCount + tag] !== 0) any = true
    if (any) kept.push([key, id])
  }
  const rows = new RowTable(kept.length)
  kept.forEach(([key], row) => rows.set(key, row))
  const weights = new Float32Array(kept.length * tagCount)
  kept.forEach(([, id], row) => weights.set(learnt.weights.subarray(id * tagCount, (id + 1) * tagCount), row * tagCount))
  return {
    features: featureVersion,
    options: options.features,
    transitions: learnt.transitions,
    rows,
    weights,
    sets: options.sets,
    notes: {...options.notes, epochs: options.epochs, seed: options.seed, minCount, sentences: sequences.length, slots: slotCount}
  }
}
