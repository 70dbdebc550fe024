/**
 * Overlap of character-offset intervals and the one-to-one matching the
 * corpus scoring uses: every candidate pair at or above the threshold, best
 * overlap first, each gold and each system item used at most once.
 */
import type {Interval} from './trim.ts'

export function intersection(a: Interval, b: Interval): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
}

/** |a ∩ b| / |a ∪ b| over character offsets; 0 when both are empty. */
export function jaccard(a: Interval, b: Interval): number {
  const shared = intersection(a, b)
  const union = a.end - a.start + (b.end - b.start) - shared
  return union > 0 ? shared / union : 0
}

/** Share of `inner` that lies inside `outer` (1 when `inner` is empty and sits within `outer`). */
export function coveredShare(inner: Interval, outer: Interval): number {
  const length = inner.end - inner.start
  if (length <= 0) return inner.start >= outer.start && inner.start <= outer.end ? 1 : 0
  return intersection(inner, outer) / length
}

export interface Pair {
  gold: number
  system: number
  jaccard: number
}

/**
 * One-to-one matching, best overlap first; ties go to the earlier gold item,
 * then the earlier system item, so the result never depends on sort stability.
 */
export function matchOneToOne(gold: readonly Interval[], system: readonly Interval[], threshold = 0.5): Pair[] {
  const candidates: Pair[] = []
  gold.forEach((g, goldIndex) => {
    system.forEach((s, systemIndex) => {
      const ratio = jaccard(g, s)
      if (ratio >= threshold && ratio > 0) candidates.push({gold: goldIndex, system: systemIndex, jaccard: ratio})
    })
  })
  candidates.sort((a, b) => b.jaccard - a.jaccard || a.gold - b.gold || a.system - b.system)
  const goldUsed = new Set<number>()
  const systemUsed = new Set<number>()
  const pairs: Pair[] = []
  for (const pair of candidates) {
    if (goldUsed.has(pair.gold) || systemUsed.has(pair.system)) continue
    goldUsed.add(pair.gold)
    systemUsed.add(pair.system)
    pairs.push(pair)
  }
  return pairs.sort((a, b) => a.gold - b.gold)
}
