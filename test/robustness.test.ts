/**
 * Never crash, never hang (issue 6): small versions of every adversarial
 * input (test/fixtures/adversarial/generate.ts) give a sound graph from the
 * library, and a graph or a clear one-line error from the CLI. The full sizes
 * and the time-per-MB table are in bench/robust.ts.
 */
import test from 'ava'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {openPool} from '../src/cli/io/pool.ts'
import {extract} from '../src/index.ts'
import {runKutip} from './fixtures/cli/run-kutip.ts'
import {graphProblems} from './fixtures/adversarial/check.ts'
import {adversarialKinds, byteKinds, makeAdversarial} from './fixtures/adversarial/generate.ts'
import {tempFolder} from './helpers/temp-folder.ts'

const scale = 0.01 // ~10 KB; 1000 unmatched marks; 100 nested levels

for (const kind of adversarialKinds) {
  if (byteKinds.includes(kind)) continue
  test.serial(`library: ${kind} gives a sound, schema-valid, deterministic graph`, (t) => {
    t.timeout(60_000)
    const text = makeAdversarial(kind, scale) as string
    t.deepEqual(graphProblems(text), [])
  })
}

test('library: a non-string is a clear TypeError, not a crash inside the engine', (t) => {
  for (const value of [undefined, null, 42, Buffer.from('kata dia'), {text: 'x'}]) {
    const error = t.throws(() => extract(value as unknown as string), {instanceOf: TypeError})
    t.regex(error!.message, /^kutip: extract\(\) expects a string/)
  }
})

test.serial('CLI: every adversarial kind as a file gives a graph or one clear problem line', async (t) => {
  t.timeout(120_000)
  const dir = tempFolder('kutip-adversarial-')
  const files: string[] = []
  for (const kind of adversarialKinds) {
    const content = makeAdversarial(kind, scale)
    const file = path.join(dir, `${kind}.txt`)
    await writeFile(file, typeof content === 'string' ? Buffer.from(content, 'utf8') : content)
    files.push(file)
  }
  const run = await runKutip(['extract', '--jobs', '2', ...files], {cwd: dir})
  const problems = run.stderr.trimEnd().split('\n')
  // Refused as binary: the binary file, and text with NUL bytes near its start (as git and grep do),
  // which includes random bytes passed off as Latin-1 text.
  t.deepEqual(
    problems.filter((line) => !line.includes('warning:')).map((line) => path.basename(line.split(': ')[1]!)),
    ['nul-bytes.txt', 'binary-string.txt', 'binary-file.txt']
  )
  for (const line of problems) t.regex(line, /^kutip: \S+: (binary file \(|warning: invalid UTF-8 at byte \d+)/)
  t.true(problems.some((line) => line.includes('invalid-utf8.txt: warning: invalid UTF-8')))
  t.is(run.code, 2) // because of the refused files
  const graphs = run.stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as {file: string; version: number})
  t.deepEqual(
    graphs.map((graph) => path.basename(graph.file, '.txt')),
    adversarialKinds.filter((kind) => !['nul-bytes', 'binary-string', 'binary-file'].includes(kind))
  )
  for (const graph of graphs) t.is(graph.version, 1)
})

// Found by bench/robust.ts: a long paragraph with no sentence end and many
// quote marks was quadratic (the engine scanned back to the sentence start for
// every quote); fixed with a bounded look-back. A ratio of two sizes in the same
// worker, with a generous bound (quadratic would be 64×). Timed in a worker
// thread under a timeout, so a hang fails the test instead of blocking the run.
test.serial('library: 8× more quote marks in one sentence costs about 8× the time, not 64×', async (t) => {
  t.timeout(120_000)
  const pool = await openPool<{unit: string; times: number; runs?: number}, number>(new URL('fixtures/adversarial/timing-worker.ts', import.meta.url), {jobs: 1, timeoutMs: 60_000})
  try {
    await pool.run({unit: '"kata ', times: 500}) // warm up
    const small = await pool.run({unit: '"kata ', times: 4000, runs: 2})
    const large = await pool.run({unit: '"kata ', times: 32_000})
    t.log(`4k: ${small.toFixed(0)} ms, 32k: ${large.toFixed(0)} ms, ratio ${(large / small).toFixed(1)} (linear ≈ 8)`)
    t.true(large / small < 24)
  } finally {
    await pool.close()
  }
})
