/**
 * Where exactly a quotation stands in a source region: a semi-global word
 * alignment (the whole quote against any stretch of the source; source words
 * before and after are free). Costs: a changed, added or dropped word 1; a
 * bracketed insertion ½ (¼ in place of a source word, −1 found as it is); source words skipped where the quote marks an
 * omission 0. The stretch with the least cost (then the shortest) is where
 * the quote stands; the word diff is then made on that stretch alone, so a
 * repeated word before the quote's true start cannot pull the alignment away.
 * O(quote × region) time, O(region) memory.
 */
import type {Word} from '../text/words.ts'

export function locateWindow(source: readonly Word[], quote: readonly Word[]): {from: number; to: number} {
  const n = source.length
  const m = quote.length
  if (n === 0 || m === 0) return {from: 0, to: n}
  let previousCost = new Float64Array(n + 1)
  let previousStart = new Int32Array(n + 1)
  let cost = new Float64Array(n + 1)
  let start = new Int32Array(n + 1)
  for (let j = 0; j <= n; j++) {
    previousCost[j] = 0
    previousStart[j] = j
  }
  for (let i = 1; i <= m; i++) {
    const word = quote[i - 1]
    // A bracketed word is cheap: as a stand-in for a source word (`(Pemerintah)` for `Kami`) cheapest.
    const insertCost = word.bracketed ? 0.5 : 1
    const changeCost = word.bracketed ? 0.25 : 1
    // A bracketed word the source has too is the speaker's own bracket: finding it there
    // earns a bonus, so the stretch reaches it rather than ending before it
    // (`search and (SAR)` against `search and rescue (SAR)` is a dropped word, not an insertion).
    const matchCost = word.bracketed ? -1 : 0
    // Skipping source words before quote word i is free where an omission mark stands before it.
    const skipCost = i < m && quote[i].gapBefore ? 0 : 1
    cost[0] = previousCost[0] + insertCost
    start[0] = previousStart[0]
    for (let j = 1; j <= n; j++) {
      const same = source[j - 1].norm === word.norm
      let best = previousCost[j - 1] + (same ? matchCost : changeCost)
      let from = previousStart[j - 1]
      const inserted = previousCost[j] + insertCost
      if (inserted < best) {
        best = inserted
        from = previousStart[j]
      }
      const skipped = cost[j - 1] + skipCost
      if (skipped < best) {
        best = skipped
        from = start[j - 1]
      }
      cost[j] = best
      start[j] = from
    }
    ;[previousCost, cost] = [cost, previousCost]
    ;[previousStart, start] = [start, previousStart]
  }
  let bestEnd = n
  for (let j = 0; j <= n; j++) {
    const better = previousCost[j] < previousCost[bestEnd]
    const tie = previousCost[j] === previousCost[bestEnd] && j - previousStart[j] < bestEnd - previousStart[bestEnd]
    if (better || tie) bestEnd = j
  }
  return {from: previousStart[bestEnd], to: bestEnd}
}
