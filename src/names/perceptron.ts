/**
 * The averaged structured perceptron (Collins 2002): for each training
 * sentence, decode it with the current weights (Viterbi), and where the best
 * tags differ from the gold ones, add the gold features' counts and subtract
 * the predicted ones. The weights returned are the average over every step,
 * which generalises better than the last ones.
 *
 * Deterministic: the sentence order of each epoch comes from a seeded
 * generator, ties in decoding go to the lower tag, and no clock or Math.random
 * is read; the same sequences and options give the same weights.
 */
import {tagCount} from './labels.ts'
import {constrained, endRow, startRow, transitionSize, viterbi} from './viterbi.ts'

/** A training sentence: per token the ids of its features, and its gold tags. */
export interface Sequence {
  features: Int32Array[]
  tags: Uint8Array
}

export interface PerceptronOptions {
  epochs: number
  seed: number
  featureCount: number
  /** Called after each epoch with the share of sentences decoded wrongly in it. */
  onEpoch?: (epoch: number, errorRate: number) => void
}

export interface PerceptronWeights {
  /** `weights[feature * tagCount + tag]`, averaged. */
  weights: Float64Array
  transitions: Float64Array
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/** Fisher–Yates with the given generator. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    const item = items[index]!
    items[index] = items[other]!
    items[other] = item
  }
  return items
}

function transitionIndex(previous: number, tag: number): number {
  return previous < 0 ? startRow + tag : previous * tagCount + tag
}

export function trainPerceptron(sequences: readonly Sequence[], options: PerceptronOptions): PerceptronWeights {
  const L = tagCount
  const weights = new Float64Array(options.featureCount * L)
  const totals = new Float64Array(options.featureCount * L)
  const transitions = new Float64Array(transitionSize())
  const transitionTotals = new Float64Array(transitionSize())
  let longest = 0
  for (const sequence of sequences) longest = Math.max(longest, sequence.tags.length)
  const emissions = new Float64Array(longest * L)
  const scratch = new Float64Array(longest * L)
  const back = new Uint8Array(longest * L)
  const predicted = new Uint8Array(longest)
  const decoding = new Float64Array(transitionSize())
  const order = sequences.map((_, index) => index)
  const random = seededRandom(options.seed)
  let step = 1

  const update = (feature: number, tag: number, delta: number): void => {
    weights[feature * L + tag]! += delta
    totals[feature * L + tag]! += step * delta
  }
  const updateTransition = (index: number, delta: number): void => {
    transitions[index]! += delta
    transitionTotals[index]! += step * delta
  }

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random)
    let wrong = 0
    for (const index of order) {
      const {features, tags} = sequences[index]!
      const length = tags.length
      emissions.fill(0, 0, length * L)
      for (let i = 0; i < length; i++) {
        const row = i * L
        for (const feature of features[i]!) {
          const base = feature * L
          for (let tag = 0; tag < L; tag++) emissions[row + tag]! += weights[base + tag]!
        }
      }
      viterbi(emissions, 0, length, constrained(transitions, decoding), predicted, scratch, back)
      let differs = false
      for (let i = 0; i < length; i++) if (predicted[i] !== tags[i]) differs = true
      if (differs) {
        wrong++
        for (let i = 0; i < length; i++) {
          const gold = tags[i]!
          const guess = predicted[i]!
          if (gold !== guess) {
            for (const feature of features[i]!) {
              update(feature, gold, 1)
              update(feature, guess, -1)
            }
          }
          updateTransition(transitionIndex(i === 0 ? -1 : tags[i - 1]!, gold), 1)
          updateTransition(transitionIndex(i === 0 ? -1 : predicted[i - 1]!, guess), -1)
        }
        updateTransition(endRow + tags[length - 1]!, 1)
        updateTransition(endRow + predicted[length - 1]!, -1)
      }
      step++
    }
    options.onEpoch?.(epoch + 1, sequences.length === 0 ? 0 : wrong / sequences.length)
  }
  // Averaged weights: w − Σ(step·Δ)/step.
  for (let index = 0; index < weights.length; index++) weights[index] = weights[index]! - totals[index]! / step
  for (let index = 0; index < transitions.length; index++) transitions[index] = transitions[index]! - transitionTotals[index]! / step
  return {weights, transitions}
}
