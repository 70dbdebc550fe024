/**
 * The antecedent of a speaker carried from context, chosen by a scored ranking: each candidate's features
 * (antecedent-features.ts) weighed by the numeric weights fitted on dev gold (antecedent-weights.ts, written by
 * `npm run train:speakers`); the highest score wins, the nearest on a tie. Where the fitted file says the sieve
 * measured better for a cue form, resolve.ts keeps the sieve's choice for that form.
 */
import type {AntecedentCandidate, CueForm} from './antecedent-features.ts'
import type {EntityRecord} from './entities.ts'
import {antecedentWeights} from './antecedent-weights.ts'

export interface AntecedentWeights {
  /** Feature name → weight. */
  weights: Record<string, number>
  /** Cue forms the ranking decides; the others keep the sieve. */
  ranked: readonly string[]
}

export function scoreCandidate(weights: Record<string, number>, candidate: AntecedentCandidate): number {
  let score = 0
  for (const name in candidate.features) score += (weights[name] ?? 0) * candidate.features[name]!
  return score
}

/** The best candidate (candidates come nearest first, so a tie keeps the nearer), or null when there is none. */
export function rankAntecedents(candidates: readonly AntecedentCandidate[], weights: Record<string, number> = antecedentWeights.weights): AntecedentCandidate | null {
  let best: AntecedentCandidate | null = null
  let bestScore = -Infinity
  for (const candidate of candidates) {
    const score = scoreCandidate(weights, candidate)
    if (score > bestScore) {
      bestScore = score
      best = candidate
    }
  }
  return best
}

export function ranksForm(form: CueForm): boolean {
  return !antecedentTrace.sieveOnly && antecedentWeights.ranked.includes(form)
}

/** One choice as the trainer sees it: the candidates, the sieve's pick and the statement's span. */
export interface AntecedentChoice {
  form: CueForm
  indirect: boolean
  contentStart: number
  contentEnd: number
  candidates: AntecedentCandidate[]
  sieve: EntityRecord | null
}

/**
 * Where choices are reported while training (scripts/train-speakers.ts); null in normal use. `sieveOnly` makes every
 * form keep the sieve's choice, so that the trainer sees the candidates the sieve's timeline gives.
 */
export const antecedentTrace: {sink: ((choice: AntecedentChoice) => void) | null; sieveOnly: boolean} = {sink: null, sieveOnly: false}
