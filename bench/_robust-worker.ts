/**
 * Pool task of bench/robust.ts (a worker thread, under a timeout):
 * - `{type: 'properties', seed, runs}`: that many generated texts through the
 *   soundness check; returns the count and the failures.
 * - `{type: 'adversarial', kind, scale}`: one adversarial input, timed; bytes
 *   go through the CLI's decoder first, as a file would.
 */
import fc from 'fast-check'
import {decodeText} from '../src/cli/io/decode.ts'
import {extract} from '../src/index.ts'
import {graphProblems} from '../test/fixtures/adversarial/check.ts'
import {makeAdversarial, newsTextArbitrary, type AdversarialKind} from '../test/fixtures/adversarial/generate.ts'

export type RobustTask = {type: 'properties'; seed: number; runs: number} | {type: 'adversarial'; kind: AdversarialKind; scale: number}

export interface PropertyResult {
  cases: number
  failures: Array<{input: string; problems: string[]}>
}

export interface AdversarialResult {
  bytes: number
  ms: number
  outcome: string
}

export default function robust(task: RobustTask): PropertyResult | AdversarialResult {
  if (task.type === 'properties') {
    // Mostly news-like text, some raw UTF-16 (lone surrogates, controls).
    const arbitrary = fc.oneof({arbitrary: newsTextArbitrary(200), weight: 9}, {arbitrary: fc.string({unit: 'binary', maxLength: 400}), weight: 1})
    const failures: PropertyResult['failures'] = []
    const inputs = fc.sample(arbitrary, {numRuns: task.runs, seed: task.seed})
    for (const input of inputs) {
      let problems: string[]
      try {
        problems = graphProblems(input)
      } catch (error) {
        problems = [`threw: ${(error as Error)?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(error)}`]
      }
      if (problems.length > 0) failures.push({input, problems: problems.slice(0, 3)})
    }
    return {cases: inputs.length, failures}
  }
  const made = makeAdversarial(task.kind, task.scale)
  let text: string
  const started = performance.now()
  if (typeof made === 'string') text = made
  else {
    const decoded = decodeText(made)
    if ('problem' in decoded) return {bytes: made.length, ms: performance.now() - started, outcome: 'refused: ' + decoded.problem.split(' (')[0]}
    text = decoded.text
  }
  try {
    const graph = extract(text)
    const ms = performance.now() - started
    return {bytes: typeof made === 'string' ? Buffer.byteLength(made) : made.length, ms, outcome: `graph (${graph.quotes.length} quotes)`}
  } catch (error) {
    return {bytes: Buffer.byteLength(text), ms: performance.now() - started, outcome: `threw: ${(error as Error)?.message ?? String(error)}`}
  }
}
