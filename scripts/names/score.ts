/**
 * Span scoring for the name reader: a found name counts only when its kind
 * and both ends equal a gold name's (conlleval's exact match), per kind.
 */
export interface KindSpan {
  kind: string
  start: number
  end: number
}

export interface Counts {
  truePositives: number
  falsePositives: number
  falseNegatives: number
}

export class SpanScore {
  readonly counts = new Map<string, Counts>()

  private of(kind: string): Counts {
    let counts = this.counts.get(kind)
    if (!counts) {
      counts = {truePositives: 0, falsePositives: 0, falseNegatives: 0}
      this.counts.set(kind, counts)
    }
    return counts
  }

  /** Scores one text's names; only the kinds in `kinds` count (all, when omitted). */
  add(gold: readonly KindSpan[], found: readonly KindSpan[], kinds?: readonly string[]): void {
    const keep = (span: KindSpan): boolean => !kinds || kinds.includes(span.kind)
    const key = (span: KindSpan): string => `${span.kind}:${span.start}:${span.end}`
    const goldKeys = new Set(gold.filter(keep).map(key))
    const foundKeys = new Set(found.filter(keep).map(key))
    for (const span of gold.filter(keep)) {
      const counts = this.of(span.kind)
      if (foundKeys.has(key(span))) counts.truePositives++
      else counts.falseNegatives++
    }
    for (const span of found.filter(keep)) if (!goldKeys.has(key(span))) this.of(span.kind).falsePositives++
  }

  /** Precision, recall, F1 (percent) of one kind, or of all kinds together (`*`). */
  f1(kind = '*'): {precision: number; recall: number; f1: number; gold: number} {
    const all = kind === '*' ? [...this.counts.values()] : [this.of(kind)]
    const sum = (field: keyof Counts): number => all.reduce((total, counts) => total + counts[field], 0)
    const tp = sum('truePositives')
    const precision = tp + sum('falsePositives') === 0 ? 0 : tp / (tp + sum('falsePositives'))
    const recall = tp + sum('falseNegatives') === 0 ? 0 : tp / (tp + sum('falseNegatives'))
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    return {precision: precision * 100, recall: recall * 100, f1: f1 * 100, gold: tp + sum('falseNegatives')}
  }
}
