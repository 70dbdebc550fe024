/**
 * Scale (issue 17): one long document, and many sources. The real CLI (the build, see _measure.ts) in a child
 * process each time: wall time, CPU time (all threads; the figure to compare on a shared machine, where wall time
 * also measures the neighbours) and peak memory (the process's RSS high-water mark).
 *
 * - Growth on one document: `kutip extract FILE` on the project's articles one after another, blank lines between
 *   (_scale-inputs.ts), at 1, 10 and 50 MB (about a minute of CPU); with `npm run bench -- scale --full` also at
 *   100 MB (two more).
 *   Targets (issue 17): 50 MB within 6.5× the 10 MB time (5× the text), at most 1.5 GB of memory at 50 MB, and
 *   100 MB completes with the default heap. The 10 MB / 1 MB ratio is shown against the same slack (13× for 10×).
 * - The same document through `kutip lint`, `kutip verify` (as the draft, corpus/ as the sources) and
 *   `kutip report` (HTML): 1 MB, and 10 MB with --full.
 * - `kutip verify --sources DIR --consistency` over 1,000 and 10,000 generated source files (~3.5 KB each) whose
 *   statements each recur in about five files at either count: growth at most N log N, so the 10k run within
 *   10 × log(10⁴) / log(10³) = 13.3× the 1k run.
 *
 * Inputs are written to a temporary folder, removed when the bench ends.
 */
import os from 'node:os'
import path from 'node:path'
import type {BenchRow} from '../scripts/bench.ts'
import {buildCli, outcome, repo, runCli, tempDir, type ChildRun} from './_measure.ts'
import {writeConsistencySources, writeLongDocument} from './_scale-inputs.ts'

const full = process.argv.includes('--full')

export default async function bench(): Promise<BenchRow[]> {
  const dir = tempDir('kutip-scale-')
  const rows: BenchRow[] = [{name: `CLI: ${buildCli()}; ${full ? 'full run (--full)' : 'quick run (--full adds 100 MB, 10 MB lint/verify/report)'}`, value: `${os.availableParallelism()} cores`}]

  // One long document.
  const sizes = full ? [1, 10, 50, 100] : [1, 10, 50]
  const documents = new Map<number, string>()
  const extracted = new Map<number, ChildRun>()
  for (const megabytes of sizes) {
    const file = path.join(dir, `document-${megabytes}mb.txt`)
    writeLongDocument(file, megabytes)
    documents.set(megabytes, file)
    const run = await runCli(['extract', file, '-o', os.devNull])
    extracted.set(megabytes, run)
    rows.push({
      name: `kutip extract, one ${megabytes} MB document: wall, CPU, peak memory`,
      value: outcome(run, 0),
      target: megabytes === 50 ? 'peak ≤ 1500 MB' : megabytes === 100 ? 'exit 0 (default heap)' : undefined
    })
  }
  rows.push(growth('kutip extract, CPU time 10 MB / 1 MB (linear: 10)', extracted.get(1), extracted.get(10), '≤ 13'))
  rows.push(growth('kutip extract, CPU time 50 MB / 10 MB (linear: 5)', extracted.get(10), extracted.get(50), '≤ 6.5'))

  // The other commands on one long document.
  const corpus = path.join(repo, 'corpus')
  for (const megabytes of full ? [1, 10] : [1]) {
    const file = documents.get(megabytes)!
    const commands: Array<[string, string[]]> = [
      ['kutip lint', ['lint', file]],
      ['kutip verify (the document as draft, corpus/ as sources)', ['verify', file, '--sources', corpus]],
      ['kutip report (HTML)', ['report', file, '-o', path.join(dir, 'report.html')]]
    ]
    for (const [label, args] of commands) {
      // lint and verify exit 1 when they find something: the run is complete all the same.
      rows.push({name: `${label}, one ${megabytes} MB document: wall, CPU, peak memory`, value: outcome(await runCli(args), 1)})
    }
  }

  // Consistency over many sources.
  const consistency = new Map<number, ChildRun>()
  for (const count of [1000, 10_000]) {
    const sources = path.join(dir, `sources-${count}`)
    const bytes = writeConsistencySources(sources, count)
    const run = await runCli(['verify', '--sources', sources, '--consistency', '--format', 'json'])
    consistency.set(count, run)
    rows.push({name: `kutip verify --consistency, ${count} sources (${(bytes / 1e6).toFixed(0)} MB): wall, CPU, peak memory`, value: outcome(run, 1)})
  }
  rows.push(growth('kutip verify --consistency, CPU time 10k / 1k (N log N: 13.3)', consistency.get(1000), consistency.get(10_000), '≤ 13.3'))
  return rows
}

/** `12.3 s wall, 15.0 s CPU, 812 MB`, or the exit code and first line of stderr when the run failed (exit above `worst`). */

/** The CPU-time ratio of two runs, with the wall-time ratio beside it. */
function growth(name: string, small: ChildRun | undefined, large: ChildRun | undefined, target: string): BenchRow {
  if (!small || !large) return {name, value: 'not measured'}
  return {name, value: `${(large.cpuMs / small.cpuMs).toFixed(2)} (wall ${(large.wallMs / small.wallMs).toFixed(2)})`, target}
}

