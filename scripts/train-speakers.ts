/**
 * `npm run train:speakers`: fits the weights of the antecedent ranker (src/attribute/antecedent-ranker.ts) on the
 * dev gold — PFSA-ID dev (../shared/corpus/pfsa-id-dev.jsonl) and our Detik gold (gold/detik-dev.jsonl joined with
 * ../shared/corpus/detik-dev.jsonl) — and writes them to src/attribute/antecedent-weights.ts. Only numbers are
 * learned: feature weights, and which cue forms the ranking decides (those where it measures at least as well as the
 * sieve in cross-validation). Deterministic: a softmax ranking model (a conditional logit over each statement's
 * candidates) fitted by full-batch gradient descent from zero weights.
 *
 * It reports the cross-validation: fit on PFSA → test on Detik and the reverse, and k-fold within each outlet
 * (folds by article), ranking against the sieve on the same statements.
 *
 *   npm run train:speakers                 fit, report, write the weights
 *   npm run train:speakers -- --dry-run    report only
 */
import {renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {extract} from '../src/pipeline.ts'
import {antecedentTrace, scoreCandidate, type AntecedentChoice} from '../src/attribute/antecedent-ranker.ts'
import {cueForms} from '../src/attribute/antecedent-features.ts'
import {loadCorpus, type Article} from './eval/corpus.ts'
import {jaccard} from './eval/intervals.ts'
import {sameName} from './eval/names.ts'
import {loadOutletGold} from './eval/outlets.ts'
import {corpusFile, detikFile, detikGoldFile, repoRoot} from './eval/paths.ts'
import {trimSpan} from './eval/trim.ts'

const {values} = parseArgs({options: {'dry-run': {type: 'boolean', default: false}, folds: {type: 'string', default: '5'}, drop: {type: 'string', default: ''}}})
/** Features left out (an ablation: `--drop fullName,lead`); names are matched before and after a form's colon. */
const dropped = new Set(values.drop ? values.drop.split(',') : [])
const isDropped = (name: string) => dropped.has(name) || dropped.has(name.slice(name.indexOf(':') + 1))
const FOLDS = Number(values.folds)
const EPOCHS = 400
const RATE = 0.5
const L2 = 0.002

interface Example {
  outlet: 'pfsa' | 'detik'
  article: number
  form: string
  indirect: boolean
  how: string
  features: Array<Record<string, number>>
  labels: boolean[]
  sieveRight: boolean
}

/** Run the engine on each article and keep every choice that matches a gold statement with a speaker. */
function collect(outlet: Example['outlet'], articles: Article[]): Example[] {
  const examples: Example[] = []
  articles.forEach((article, articleIndex) => {
    const choices: AntecedentChoice[] = []
    antecedentTrace.sink = (choice) => choices.push(choice)
    antecedentTrace.sieveOnly = true
    try {
      extract(article.text)
    } finally {
      antecedentTrace.sink = null
      antecedentTrace.sieveOnly = false
    }
    const golds = article.quotes.map((gold) => ({gold, span: trimSpan(article.text, gold.content)}))
    for (const choice of choices) {
      const span = trimSpan(article.text, {start: choice.contentStart, end: choice.contentEnd})
      let best: (typeof golds)[number] | null = null
      let bestOverlap = 0.5
      for (const entry of golds) {
        if ((entry.gold.kind === 'indirect') !== choice.indirect) continue
        const overlap = jaccard(span, entry.span)
        if (overlap >= bestOverlap) {
          bestOverlap = overlap
          best = entry
        }
      }
      if (!best || best.gold.speaker === null) continue
      const speaker = best.gold.speaker
      examples.push({
        outlet,
        article: articleIndex,
        form: choice.form,
        indirect: choice.indirect,
        how: best.gold.speakerHow ?? 'explicit',
        features: choice.candidates.map((candidate) => candidate.features),
        labels: choice.candidates.map((candidate) => sameName(speaker, candidate.record.name)),
        sieveRight: choice.sieve !== null && sameName(speaker, choice.sieve.name)
      })
    }
  })
  return examples
}

function featureNames(examples: Example[]): string[] {
  const names = new Set<string>()
  for (const example of examples) for (const features of example.features) for (const name in features) names.add(name)
  return [...names].filter((name) => !isDropped(name)).sort()
}

/** Conditional logit over each example's candidates: maximise the probability of the right ones, L2-regularised. */
function fit(examples: Example[]): Record<string, number> {
  const names = featureNames(examples)
  const weights: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]))
  const usable = examples.filter((example) => example.labels.some(Boolean) && example.labels.some((label) => !label))
  if (usable.length === 0) return weights
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gradient: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]))
    for (const example of usable) {
      const scores = example.features.map((features) => scoreCandidate(weights, {record: null as never, features}))
      const top = Math.max(...scores)
      const exp = scores.map((score) => Math.exp(score - top))
      const total = exp.reduce((sum, value) => sum + value, 0)
      const rightTotal = exp.reduce((sum, value, index) => sum + (example.labels[index] ? value : 0), 0)
      example.features.forEach((features, index) => {
        const model = exp[index]! / total
        const target = example.labels[index] ? exp[index]! / rightTotal : 0
        for (const name in features) if (name in gradient) gradient[name]! += (target - model) * features[name]!
      })
    }
    for (const name of names) weights[name]! += RATE * (gradient[name]! / usable.length - L2 * weights[name]!)
  }
  return weights
}

/** Whether the ranking picks a right candidate (the nearest wins a tie, as in the engine). */
function rankerRight(weights: Record<string, number>, example: Example): boolean {
  let best = -1
  let bestScore = -Infinity
  example.features.forEach((features, index) => {
    const score = scoreCandidate(weights, {record: null as never, features})
    if (score > bestScore) {
      bestScore = score
      best = index
    }
  })
  return best >= 0 && example.labels[best]!
}

interface Tally {
  /** Examples with the gold speaker among the candidates: the ceiling of any ranking. */
  reachable: number
  n: number
  ranker: number
  sieve: number
}

function tally(examples: Example[], predicted: boolean[]): Tally {
  return {n: examples.length, reachable: examples.filter((example) => example.labels.some(Boolean)).length, ranker: predicted.filter(Boolean).length, sieve: examples.filter((example) => example.sieveRight).length}
}

function percent(part: number, whole: number): string {
  return whole > 0 ? ((100 * part) / whole).toFixed(1) : '–'
}

function line(label: string, result: Tally): string {
  return `${label.padEnd(44)} n=${String(result.n).padStart(4)}  ranking ${percent(result.ranker, result.n).padStart(5)}  sieve ${percent(result.sieve, result.n).padStart(5)}  reachable ${percent(result.reachable, result.n).padStart(5)}`
}

/** Predictions for `test` from weights fitted on `train`. */
function heldOut(train: Example[], test: Example[]): boolean[] {
  const weights = fit(train)
  return test.map((example) => rankerRight(weights, example))
}

function kFold(examples: Example[]): boolean[] {
  const predicted = new Array<boolean>(examples.length).fill(false)
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = (example: Example) => example.article % FOLDS === fold
    const train = examples.filter((example) => !inFold(example))
    const right = heldOut(train, examples.filter(inFold))
    let at = 0
    examples.forEach((example, index) => {
      if (inFold(example)) predicted[index] = right[at++]!
    })
  }
  return predicted
}

function report(label: string, examples: Example[], predicted: boolean[]): void {
  console.log(line(label, tally(examples, predicted)))
  for (const [name, select] of [
    ['  gold coref', (example: Example) => example.how === 'coref'],
    ['  direct', (example: Example) => !example.indirect],
    ['  indirect', (example: Example) => example.indirect]
  ] as const) {
    const chosen = examples.map((example, index) => [example, predicted[index]!] as const).filter(([example]) => select(example))
    console.log(line(name, tally(chosen.map(([example]) => example), chosen.map(([, right]) => right))))
  }
}

const pfsa = collect('pfsa', loadCorpus(corpusFile))
const detik = collect('detik', loadOutletGold(detikGoldFile, detikFile))
console.log(`choices from context matched to gold with a speaker: PFSA ${pfsa.length}, Detik ${detik.length}`)
console.log(`(an example counts as right for the ranking when its top candidate is the gold speaker; the sieve's pick on the same statement beside it)\n`)

report('fit PFSA → test Detik', detik, heldOut(pfsa, detik))
report('fit Detik → test PFSA', pfsa, heldOut(detik, pfsa))
report(`${FOLDS}-fold within PFSA`, pfsa, kFold(pfsa))
report(`${FOLDS}-fold within Detik`, detik, kFold(detik))
// Both outlets pooled, folds by article within each outlet: the figure that decides which cue forms the ranking takes.
const pooled = [...pfsa, ...detik]
const pooledPredicted = kFold(pooled)
report(`${FOLDS}-fold, both outlets`, pooled, pooledPredicted)

console.log('\nby cue form (pooled k-fold):')
const ranked: string[] = []
for (const form of cueForms) {
  const chosen = pooled.map((example, index) => [example, pooledPredicted[index]!] as const).filter(([example]) => example.form === form)
  if (chosen.length === 0) continue
  const result = tally(chosen.map(([example]) => example), chosen.map(([, right]) => right))
  for (const outlet of ['pfsa', 'detik'] as const) {
    const part = chosen.filter(([example]) => example.outlet === outlet)
    console.log(line(`  ${form} (${outlet})`, tally(part.map(([example]) => example), part.map(([, right]) => right))))
  }
  // The ranking takes a form only where it measures at least as well as the sieve on both outlets.
  const outletsAgree = (['pfsa', 'detik'] as const).every((outlet) => {
    const part = chosen.filter(([example]) => example.outlet === outlet)
    const t = tally(part.map(([example]) => example), part.map(([, right]) => right))
    return t.ranker >= t.sieve
  })
  if (result.ranker >= result.sieve && outletsAgree) ranked.push(form)
}
console.log(`\nthe ranking decides: ${ranked.join(', ') || '(none)'}; the sieve keeps the others`)

const weights = fit(pooled)
const rounded = Object.fromEntries(Object.entries(weights).map(([name, weight]) => [name, Math.round(weight * 1e4) / 1e4]))
const source = `/** Written by \`npm run train:speakers\` (scripts/train-speakers.ts): numeric weights fitted on dev gold. */
import type {AntecedentWeights} from './antecedent-ranker.ts'

export const antecedentWeights: AntecedentWeights = ${JSON.stringify({weights: rounded, ranked}, null, 2)}
`
if (values['dry-run']) console.log(source)
else {
  const file = path.join(repoRoot, 'src', 'attribute', 'antecedent-weights.ts')
  writeFileSync(`${file}.tmp`, source)
  renameSync(`${file}.tmp`, file)
  console.log(`wrote ${path.relative(repoRoot, file)}`)
}
