/**
 * The machine's own ceiling for a 2-thread speed-up, with no kutip code: the
 * same JavaScript run by one thread alone, then by two threads at once, each
 * thread timing itself. A pure arithmetic loop shows whether the cores are
 * really two; an allocation-heavy loop (objects and strings, as a text
 * engine makes) shows what V8's garbage collection and the memory system
 * leave of the second core. With one thread, V8 runs its GC helpers on the
 * idle core; with two, they share the cores with the work. The same loop
 * with V8's GC helpers off (`--single-threaded-gc`) tells the two apart:
 * what it gains back is the help one thread had from the second core.
 *
 * It runs in a child process, so that V8 flags can be set for it alone.
 *
 *   const rows = await twoThreadCeiling()   // bench rows: speed-up per kind of work
 */
import {spawn} from 'node:child_process'
import type {BenchRow} from '../scripts/bench.ts'
import {median} from './_measure.ts'

const thread = `
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

const child = `
const {Worker} = require('node:worker_threads')
const [thread, kind, n, rounds] = process.argv.slice(1)
const runThread = () => new Promise((resolve, reject) => {
  const worker = new Worker(thread, {eval: true, workerData: {kind, n: Number(n)}})
  worker.once('message', resolve)
  worker.once('error', reject)
})
;(async () => {
  const speedUps = []
  for (let round = 0; round < Number(rounds); round++) {
    const alone = await runThread()
    const both = await Promise.all([runThread(), runThread()])
    speedUps.push((2 * alone) / Math.max(...both))
  }
  console.log(JSON.stringify(speedUps))
})()`

function speedUps(kind: string, n: number, rounds: number, v8Flags: string[]): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, [...v8Flags, '-e', child, thread, kind, String(n), String(rounds)], {stdio: ['ignore', 'pipe', 'inherit']})
    let text = ''
    process_.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
    process_.on('error', reject)
    process_.on('close', (code) => (code === 0 ? resolve(JSON.parse(text) as number[]) : reject(new Error(`two-thread child exited ${code}`))))
  })
}

/** Speed-up of two threads over one on the same total work, per kind (median of `rounds`). */
export async function twoThreadCeiling(rounds = 3): Promise<BenchRow[]> {
  const kinds: Array<[string, number, string[], string]> = [
    ['arithmetic', 200_000_000, [], 'arithmetic loop'],
    ['allocation', 5_000_000, [], 'allocation-heavy loop (objects, strings)'],
    ['allocation', 5_000_000, ['--single-threaded-gc'], "allocation-heavy loop, V8's GC helper threads off"]
  ]
  const rows: BenchRow[] = []
  for (const [kind, n, v8Flags, label] of kinds) {
    rows.push({name: `machine ceiling, no kutip code: 2 threads over 1, ${label}`, value: median(await speedUps(kind, n, rounds, v8Flags)).toFixed(2)})
  }
  return rows
}
