/**
 * Never crash, never hang, stay linear (issue 6), measured:
 * - ≥ 100k generated texts (fast-check, test/fixtures/adversarial/generate.ts) through the
 *   soundness check: no throw, spans = input slices, ids and edges resolve, schema-valid,
 *   byte-identical on a second run (KUTIP_BENCH_PROPERTY_RUNS to change the count).
 * - every adversarial kind at 1×, 10× and 100× its base size (scale 0.02 ≈ 20 KB, so
 *   100× ≈ 2 MB; KUTIP_BENCH_ROBUST_BASE to change), time per MB, flagged when the
 *   time per MB at 100× is over 3× that at 1× (non-linear), and any run over the
 *   timeout (KUTIP_BENCH_ROBUST_TIMEOUT seconds, default 120) reported as a hang
 *   (KUTIP_BENCH_ROBUST_KINDS=news,emoji for some kinds only).
 * Work runs on worker threads under a timeout, so a hang cannot stop the bench.
 */
import os from 'node:os'
import type {BenchRow} from '../scripts/bench.ts'
import {openPool, orderedMap, TaskTimeoutError} from '../src/cli/io/pool.ts'
import {adversarialKinds} from '../test/fixtures/adversarial/generate.ts'
import type {AdversarialResult, PropertyResult, RobustTask} from './_robust-worker.ts'

const worker = new URL('./_robust-worker.ts', import.meta.url)

export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  const total = Number(process.env.KUTIP_BENCH_PROPERTY_RUNS ?? 100_000)
  const chunk = 2000
  const properties = await openPool<RobustTask, PropertyResult>(worker, {jobs: os.availableParallelism(), timeoutMs: 600_000})
  const started = performance.now()
  let cases = 0
  const failures: PropertyResult['failures'] = []
  const problems: string[] = []
  try {
    const tasks = Array.from({length: Math.ceil(total / chunk)}, (_, index): RobustTask => ({type: 'properties', seed: 1000 + index, runs: Math.min(chunk, total - index * chunk)}))
    for await (const done of orderedMap(tasks, (task) => properties.run(task), properties.window)) {
      if ('error' in done) problems.push(`seed ${(done.item as {seed: number}).seed}: ${String(done.error)}`)
      else {
        cases += done.value.cases
        failures.push(...done.value.failures)
      }
    }
  } finally {
    await properties.close()
  }
  rows.push(
    {name: `generated texts checked (${((performance.now() - started) / 1000).toFixed(0)} s on ${os.availableParallelism()} threads)`, value: String(cases), target: '≥ 100000'},
    {name: 'failures (throw, bad span, dangling id, schema, non-determinism)', value: String(failures.length), target: '0'}
  )
  for (const problem of problems) rows.push({name: '  chunk did not finish', value: problem})
  for (const failure of failures.slice(0, 5)) {
    rows.push({name: `  ${failure.problems[0]!.slice(0, 90)}`, value: JSON.stringify(failure.input.slice(0, 60))})
  }

  const base = Number(process.env.KUTIP_BENCH_ROBUST_BASE ?? 0.02)
  const timeoutMs = Number(process.env.KUTIP_BENCH_ROBUST_TIMEOUT ?? 120) * 1000
  // One thread, one run at a time: timings are not disturbed by each other.
  const pool = await openPool<RobustTask, AdversarialResult>(worker, {jobs: 1, timeoutMs})
  try {
    await pool.run({type: 'adversarial', kind: 'news', scale: base}) // warm up
    rows.push({name: `adversarial inputs, ms per MB at 1× / 10× / 100× (1× ≈ ${(base * 1000).toFixed(0)} KB)`, value: ''})
    const only = process.env.KUTIP_BENCH_ROBUST_KINDS?.split(',')
    for (const kind of adversarialKinds.filter((name) => !only || only.includes(name))) {
      const perMb: string[] = []
      const rates: number[] = []
      let outcome = ''
      let hung = false
      for (const factor of [1, 10, 100]) {
        if (hung) {
          perMb.push('-')
          continue
        }
        try {
          const result = await pool.run({type: 'adversarial', kind, scale: base * factor})
          const rate = result.ms / Math.max(result.bytes / 1e6, 1e-6)
          rates.push(rate)
          perMb.push(result.bytes === 0 ? `${result.ms.toFixed(1)} ms` : rate.toFixed(0))
          outcome = result.outcome
        } catch (error) {
          if (!(error instanceof TaskTimeoutError)) throw error
          perMb.push(`> ${timeoutMs / 1000} s`)
          hung = true
        }
      }
      const growth = rates.length === 3 && rates[0]! > 0 ? rates[2]! / rates[0]! : NaN
      const flag = hung ? '  HANG (timeout)' : growth > 3 ? `  NON-LINEAR (${growth.toFixed(1)}× per MB)` : ''
      rows.push({name: `  ${kind}: ${outcome}${flag}`, value: perMb.join(' / ')})
    }
  } finally {
    await pool.close()
  }
  return rows
}
