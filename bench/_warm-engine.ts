/**
 * The engine alone, already warm, on one thread and then on two: the most any
 * worker pool could make of two cores on this machine. Each worker imports
 * the build, runs the corpus `warmPasses` times (its own baseline code and
 * TurboFan compiles are then paid), waits for the others, and times
 * `passes` more. No input to read, no output to write, no warm-up in the
 * timed part: what remains between 2.0 and this figure is the engine's own
 * use of the machine (V8's garbage collection, which runs on the idle core
 * when one thread works, and the shared memory system).
 *
 * It runs in a child process with the CLI's V8 settings (cli/io/jit.ts,
 * `tuneJit(2)`), as `kutip … --jobs 2` would, so that the flags do not
 * change the rest of the bench.
 *
 *   const rows = await warmEngineCeiling(corpusFile)   // bench rows
 */
import {spawn} from 'node:child_process'
import type {BenchRow} from '../scripts/bench.ts'
import {builtModule, median} from './_measure.ts'

const warmPasses = 3
const passes = 3

const child = `
import {Worker} from 'node:worker_threads'
const [jit, pipeline, corpusFile, warmPasses, passes, rounds] = process.argv.slice(1)
;(await import(jit)).tuneJit(2)
// The worker's code is a module too (it inherits --input-type=module).
const worker = \`
import {parentPort, workerData} from 'node:worker_threads'
import {readFileSync} from 'node:fs'
const {extract} = await import(workerData.pipeline)
const texts = readFileSync(workerData.corpusFile, 'utf8').split('\\\\n').filter(Boolean).map((line) => JSON.parse(line).text)
const pass = () => { for (const text of texts) JSON.stringify(extract(text)) }
for (let k = 0; k < workerData.warmPasses; k++) pass()
parentPort.postMessage('warm')
parentPort.once('message', () => {
  const started = performance.now()
  for (let k = 0; k < workerData.passes; k++) pass()
  parentPort.postMessage(performance.now() - started)
})\`
function run(threads) {
  return new Promise((resolve, reject) => {
    const workers = []
    const times = []
    let warm = 0
    for (let k = 0; k < threads; k++) {
      const w = new Worker(worker, {eval: true, workerData: {pipeline, corpusFile, warmPasses: Number(warmPasses), passes: Number(passes)}})
      w.on('error', reject)
      w.on('message', (message) => {
        if (message === 'warm') {
          if (++warm === threads) for (const each of workers) each.postMessage('go')
          return
        }
        times.push(message)
        if (times.length === threads) Promise.all(workers.map((each) => each.terminate())).then(() => resolve(Math.max(...times)))
      })
      workers.push(w)
    }
  })
}
const speedUps = []
for (let k = 0; k < Number(rounds); k++) {
  const alone = await run(1)
  const both = await run(2)
  speedUps.push((2 * alone) / both)
}
console.log(JSON.stringify(speedUps))`

/** Speed-up of two warm engine threads over one, each round alternated (median, and the range). */
export async function warmEngineCeiling(corpusFile: string, rounds = 3): Promise<BenchRow[]> {
  const jit = builtModule('src/cli/io/jit.ts')
  const pipeline = builtModule('src/pipeline.ts')
  const label = 'kutip engine alone, warm, in one process: 2 threads over 1 (the most a pool can reach here)'
  if (!jit || !pipeline) return [{name: label, value: 'skipped: no build'}]
  const output = await new Promise<string>((resolve, reject) => {
    const args = ['--input-type=module', '-e', child, jit, pipeline, corpusFile, String(warmPasses), String(passes), String(rounds)]
    const process_ = spawn(process.execPath, args, {stdio: ['ignore', 'pipe', 'inherit']})
    let text = ''
    process_.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
    process_.on('error', reject)
    process_.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`warm-engine child exited ${code}`))))
  })
  const speedUps = JSON.parse(output) as number[]
  const range = `${Math.min(...speedUps).toFixed(2)}–${Math.max(...speedUps).toFixed(2)}`
  return [{name: label, value: `${median(speedUps).toFixed(2)} (rounds ${range})`}]
}
