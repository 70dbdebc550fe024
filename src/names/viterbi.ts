/**
 * First-order Viterbi decoding over BIO tags: the best tag sequence for a
 * sentence, given each token's emission scores and the transition scores, with
 * an inside tag allowed only after its own kind (src/names/labels.ts). Linear
 * in the sentence's length.
 */
import {mayFollow, tagCount} from './labels.ts'

/**
 * Transition scores, `tagCount` × `tagCount` (`[previous * tagCount + tag]`),
 * then a row from the sentence's start, then a row into its end.
 */
export function transitionSize(): number {
  return (tagCount + 2) * tagCount
}

export const startRow = tagCount * tagCount
export const endRow = (tagCount + 1) * tagCount

/**
 * The transitions with the forbidden ones (an inside tag after another kind,
 * or first in a sentence) at -Infinity: what `viterbi` decodes with.
 */
export function constrained(transitions: Float64Array, into: Float64Array = new Float64Array(transitionSize())): Float64Array {
  into.set(transitions)
  for (let previous = 0; previous <= tagCount; previous++) {
    for (let tag = 0; tag < tagCount; tag++) {
      if (!mayFollow(previous === tagCount ? -1 : previous, tag)) into[previous * tagCount + tag] = -Infinity
    }
  }
  return into
}

/** Inside tags (`I-PER` …): they follow only their own kind's begin tag (index − 1) or themselves; every other tag follows any. */
const inside: Uint8Array = Uint8Array.from({length: tagCount}, (_, tag) => (mayFollow(0, tag) ? 0 : 1))

/** Where the decoded stretch starts and ends: a sentence's edges, or a token tagged `O` before or after it. */
export interface StretchEdges {
  /** Index of the transitions into the first token's tags: `startRow` (the sentence's start) or 0 (after an `O`). */
  from: number
  /** Index and stride of the transitions out of the last token's tags: `endRow`, 1 (the sentence's end) or 0, tagCount (into an `O`). */
  into: number
  intoStride: number
}

export const sentenceEdges: StretchEdges = {from: startRow, into: endRow, intoStride: 1}
const afterO = 0
const beforeO = 0

/** The edges of a stretch `[first, end)` of the sentence `[sentenceFirst, sentenceEnd)`, the tokens around it tagged `O`. */
export function stretchEdges(first: number, end: number, sentenceFirst: number, sentenceEnd: number): StretchEdges {
  return {
    from: first === sentenceFirst ? startRow : afterO,
    into: end === sentenceEnd ? endRow : beforeO,
    intoStride: end === sentenceEnd ? 1 : tagCount
  }
}

/**
 * Decodes `length` tokens whose emission scores stand at `emissions[(offset + i) * L + tag]`,
 * with transitions from `constrained`; writes the tags to `out[offset + i]` and returns the best path's score.
 * `scratch` holds at least `length * L` numbers and `back` as many.
 */
export function viterbi(
  emissions: Float64Array,
  offset: number,
  length: number,
  transitions: Float64Array,
  out: Uint8Array,
  scratch: Float64Array,
  back: Uint8Array,
  edges: StretchEdges = sentenceEdges
): number {
  const L = tagCount
  if (length === 0) return 0
  const base = offset * L
  for (let tag = 0; tag < L; tag++) scratch[tag] = transitions[edges.from + tag]! + emissions[base + tag]!
  for (let i = 1; i < length; i++) {
    const row = i * L
    const previousRow = row - L
    for (let tag = 0; tag < L; tag++) {
      let best: number
      let chosen: number
      if (inside[tag]) {
        // After its begin tag or itself; on a tie the begin tag, as the loop below would choose.
        const begin = scratch[previousRow + tag - 1]! + transitions[(tag - 1) * L + tag]!
        const again = scratch[previousRow + tag]! + transitions[tag * L + tag]!
        best = again > begin ? again : begin
        chosen = again > begin ? tag : tag - 1
      } else {
        best = scratch[previousRow]! + transitions[tag]!
        chosen = 0
        for (let previous = 1; previous < L; previous++) {
          const score = scratch[previousRow + previous]! + transitions[previous * L + tag]!
          if (score > best) {
            best = score
            chosen = previous
          }
        }
      }
      scratch[row + tag] = best + emissions[base + row + tag]!
      back[row + tag] = chosen
    }
  }
  const lastRow = (length - 1) * L
  let best = -Infinity
  let tag = 0
  for (let candidate = 0; candidate < L; candidate++) {
    const score = scratch[lastRow + candidate]! + transitions[edges.into + candidate * edges.intoStride]!
    if (score > best) {
      best = score
      tag = candidate
    }
  }
  for (let i = length - 1; i >= 0; i--) {
    out[offset + i] = tag
    if (i > 0) tag = back[i * L + tag]!
  }
  return best
}
