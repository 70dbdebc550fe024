/**
 * The machine's own ceiling for a 2-thread speed-up, with no kutip code: the
 * same JavaScript run by one thread alone, then by two threads at once, each
 * thread timing itself. A pure arithmetic loop shows whether the cores are
 * really two; an allocation-heavy loop (objects and strings, as a text
 * engine makes) shows what V8's garbage collection and the memory system
 * leave of the second core. With one thread, V8 runs its GC helpers on the
 * idle core; with two, they share the cores with the work.
 *
 *   const rows = await twoThreadCeiling()   // bench rows: speed-up per kind of work
 */
import {Worker} from 'node:worker_threads'
import type {BenchRow} from '../scripts/bench.ts'
import {median} from './_measure.ts'

const code = `
const {parentPort, workerData} = require('node:worker_threads')
function arithmetic(n) { let h = 0; for (let i = 0; i < n; i++) h = (h * 31 + i) | 0; return h }
function allocation(n) {
  let keep = []
  let total = 0
  for (let i = 0; i < n; i++) {
    keep.push({i, text: 'w' + i, pair: [i, i + 1]})
    if (keep.length > 200000) { total += keep.length; keep = [] }
  }
  return total + keep.length
}
const started = performance.now()
;(workerData.kind === 'arithmetic' ? arithmetic : allocation)(workerData.n)
parentPort.postMessage(performance.now() - started)`

function runThread(kind: string, n: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, {eval: true, workerData: {kind, n}})
    worker.once('message', resolve)
    worker.once('error', reject)
  })
}

/** Speed-up of two threads over one on the same total work, per kind (median of `rounds`). */
export async function twoThreadCeiling(rounds = 3): Promise<BenchRow[]> {
  const kinds: Array<[string, number, string]> = [
    ['arithmetic', 200_000_000, 'arithmetic loop'],
    ['allocation', 5_000_000, 'allocation-heavy loop (objects, strings)']
  ]
  const rows: BenchRow[] = []
  for (const [kind, n, label] of kinds) {
    const speedUps: number[] = []
    for (let round = 0; round < rounds; round++) {
      const alone = await runThread(kind, n)
      const both = await Promise.all([runThread(kind, n), runThread(kind, n)])
      speedUps.push((2 * alone) / Math.max(...both))
    }
    rows.push({name: `machine ceiling, no kutip code: 2 threads over 1, ${label}`, value: median(speedUps).toFixed(2)})
  }
  return rows
}
