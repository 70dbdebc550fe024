/**
 * `npm run eval -- --compare before.json`: what changed against an earlier
 * run saved with `npm run -s eval -- --json > before.json` — the headline
 * figures, the facts per reading, and the articles that gained or lost.
 */
import type {Metrics} from './quote-score.ts'

/** The part of `--json` output a comparison reads. */
export interface EvalSummary {
  corpus: {metrics?: Metrics; perArticle?: ArticleLine[]; skipped?: string}
  facts: Array<{file: string; ok: number; total: number}>
}

export interface ArticleLine {
  id: string
  matched: number
  exact: number
  attributed: number
}

const headline: Array<[string, (m: Metrics) => number | null]> = [
  ['quote F1', (m) => m.quotes.f1],
  ['quote F1, exact', (m) => m.exact.f1],
  ['attribution F1', (m) => m.attribution.f1],
  ['cue accuracy', (m) => m.cueAccuracy],
  ['speaker, explicit', (m) => m.speakerExplicit],
  ['speaker, coref', (m) => m.speakerCoref]
]

function signed(value: number, digits: number): string {
  const text = value.toFixed(digits)
  return value > 0 ? `+${text}` : text
}

function percent(value: number | null): string {
  return value === null ? '–' : (value * 100).toFixed(1)
}

/** Lines describing the change from `before` to `after`; unchanged figures are listed too, marked `=`. */
export function compareRuns(before: EvalSummary, after: EvalSummary): string[] {
  const lines: string[] = []
  const [old, now] = [before.corpus.metrics, after.corpus.metrics]
  if (old && now) {
    for (const [name, pick] of headline) {
      const [a, b] = [pick(old), pick(now)]
      const delta = a === null || b === null ? '' : b === a ? '=' : signed((b - a) * 100, 1)
      lines.push(`${name.padEnd(28)}${percent(a).padStart(7)} → ${percent(b).padStart(5)}  ${delta}`.trimEnd())
    }
  }
  const oldArticles = new Map((before.corpus.perArticle ?? []).map((line) => [line.id, line]))
  const moved: string[] = []
  for (const line of after.corpus.perArticle ?? []) {
    const was = oldArticles.get(line.id)
    if (!was) continue
    const changes = (['matched', 'exact', 'attributed'] as const)
      .filter((key) => was[key] !== line[key])
      .map((key) => `${key} ${was[key]} → ${line[key]}`)
    if (changes.length > 0) moved.push(`  ${line.id}: ${changes.join(', ')}`)
  }
  if (moved.length > 0) lines.push(`articles that changed (${moved.length}):`, ...moved)
  const oldFacts = new Map(before.facts.map((fact) => [fact.file, fact]))
  for (const fact of after.facts) {
    const was = oldFacts.get(fact.file)
    if (was && (was.ok !== fact.ok || was.total !== fact.total)) {
      lines.push(`facts ${fact.file}: ${was.ok}/${was.total} → ${fact.ok}/${fact.total}`)
    }
  }
  return lines
}
