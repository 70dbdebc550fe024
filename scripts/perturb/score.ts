/**
 * Scoring the perturbation benchmark: each perturbed (or untouched) gold
 * quote is matched to the draft graph's quote that overlaps it most, and its
 * verdict is counted against what the perturbation should produce.
 */
import type {Verdict} from '../../src/contract/graph.ts'
import type {VerifiedGraph} from '../../src/verify/types.ts'
import type {Case, Perturbation} from './perturb-article.ts'

export interface Tally {
  cases: number
  /** Gold quotes `extract` found in the draft (by overlap). */
  found: number
  verdicts: Record<Verdict, number>
}

export const flagged: ReadonlySet<Verdict> = new Set(['altered', 'misattributed', 'unsupported'])

/** The verdict each perturbation should get. */
export const expectedVerdict: Record<Perturbation, Verdict> = {
  substituted: 'altered',
  dropped: 'altered',
  swapped: 'misattributed',
  untouched: 'verbatim',
  carried: 'misattributed'
}

export function emptyTally(): Tally {
  return {cases: 0, found: 0, verdicts: {verbatim: 0, edited: 0, altered: 0, misattributed: 0, unsupported: 0}}
}

/** The verdict of the graph quote that best overlaps a case, or null if extract did not find it. */
export function verdictOf(graph: VerifiedGraph, item: Case): Verdict | null {
  let best: {overlap: number; verdict: Verdict} | null = null
  for (const quote of graph.quotes) {
    const overlap = Math.min(quote.content.end, item.draftSpan.end) - Math.max(quote.content.start, item.draftSpan.start)
    if (overlap <= 0 || quote.verification === undefined) continue
    if (best === null || overlap > best.overlap) best = {overlap, verdict: quote.verification.verdict}
  }
  return best?.verdict ?? null
}
