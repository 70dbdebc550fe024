/**
 * Lint speed.
 *
 * 1. Throughput with every rule on, as a ratio to `retext + retext-quotes`
 *    (the smallest useful prose lint) on the same texts in the same run:
 *    baseline time / lint time, so ≥ 1 means kutip lints at least as fast.
 *    Texts: the dev corpus (../shared) when present, else the project's corpus/.
 *    The lint parses once (retext-latin), builds the attribution graph once
 *    per file for all rules, and runs retext-quotes only on sentences that
 *    hold a quote mark; the rows also split out the engine's share.
 *    kutip is measured as users run it: the build (dist/, made by the bench),
 *    not the sources through tsx.
 *    How (the machine is shared and its speed drifts by tens of percent within
 *    seconds): both lint the texts one at a time, in chunks of 34 texts; each
 *    chunk is timed for the baseline and for kutip back to back, in random
 *    order, each after a full garbage collection, so that neither pays for
 *    the other's garbage and a drift falls on both alike. A round sums the
 *    chunks; the figure is the median of the rounds' ratios.
 *    (Until 2026-11-25 the baseline processed all texts at once with
 *    `Promise.all`, holding every tree in memory, which made it slower than
 *    retext run file by file: the row "baseline, all texts at once" keeps that
 *    figure for comparison.)
 * 2. Wall time of `kutip lint` on one small draft (a fresh process, median of
 *    runs), with `kutip --version` as the floor the CLI start-up sets; from the
 *    build (dist/, `npm run build`: the bundled lint command, see
 *    scripts/build.js) when there is one — the target is this one's — and
 *    from the sources through tsx (the development fallback, for reference).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'
import {retext} from 'retext'
import retextQuotes from 'retext-quotes'
import type {BenchRow} from '../scripts/bench.ts'
import type {lint as Lint} from '../src/lint/core.ts'
import type {extract as Extract} from '../src/pipeline.ts'
import {importBuilt, median, repo, sharedCorpus, tempDir} from './_measure.ts'

function texts(): {texts: string[]; from: string} {
  if (existsSync(sharedCorpus)) {
    const lines = readFileSync(sharedCorpus, 'utf8').split('\n').filter((line) => line.trim() !== '')
    return {texts: lines.map((line) => (JSON.parse(line) as {text: string}).text), from: `${lines.length} dev-corpus articles`}
  }
  const folder = path.join(repo, 'corpus')
  const files = readdirSync(folder).filter((name) => name.endsWith('.txt'))
  return {texts: files.map((name) => readFileSync(path.join(folder, name), 'utf8')), from: `${files.length} project corpus articles`}
}

/** A full garbage collection (V8's `gc`, exposed for this process). */
v8.setFlagsFromString('--expose-gc')
const collectGarbage = vm.runInNewContext('gc') as () => void

/** CPU milliseconds of this process for `run`, after a full garbage collection (robust when other jobs load the machine). */
async function time(run: () => Promise<unknown>): Promise<number> {
  collectGarbage()
  const started = process.cpuUsage()
  await run()
  const used = process.cpuUsage(started)
  return (used.user + used.system) / 1000
}

/** Baseline and kutip over `chunks`, back to back per chunk in random order; summed per side. */
async function pairedRound(chunks: string[][], baseline: (texts: string[]) => Promise<unknown>, ours: (texts: string[]) => Promise<unknown>): Promise<{baseline: number; ours: number}> {
  let baselineMs = 0
  let oursMs = 0
  for (const chunk of chunks) {
    if (Math.random() < 0.5) {
      baselineMs += await time(() => baseline(chunk))
      oursMs += await time(() => ours(chunk))
    } else {
      oursMs += await time(() => ours(chunk))
      baselineMs += await time(() => baseline(chunk))
    }
  }
  return {baseline: baselineMs, ours: oursMs}
}

function wall(args: string[], runs: number, env: Record<string, string>): number {
  const bin = path.join(repo, 'bin', 'kutip.js')
  const times: number[] = []
  for (let index = 0; index < runs; index++) {
    const started = performance.now()
    spawnSync(process.execPath, [bin, ...args], {stdio: 'ignore', env: {...process.env, ...env}})
    times.push(performance.now() - started)
  }
  return median(times)
}

export default async function bench(): Promise<BenchRow[]> {
  const {texts: all, from} = texts()
  const characters = all.reduce((sum, text) => sum + text.length, 0)
  const {module: core, from: kutipFrom} = await importBuilt<{lint: typeof Lint}>('src/lint/core.ts')
  const {module: pipeline} = await importBuilt<{extract: typeof Extract}>('src/pipeline.ts')
  const baselineProcessor = retext().use(retextQuotes)
  const baseline = async (texts: string[]) => {
    for (const text of texts) await baselineProcessor.process(text)
  }
  const linted = async (texts: string[]) => {
    for (const text of texts) await core.lint(text)
  }
  const chunks: string[][] = []
  for (let index = 0; index < all.length; index += 34) chunks.push(all.slice(index, index + 34))
  // Warm up both (JIT, lazy regexes).
  await baseline(all)
  await linted(all)
  const rounds: Array<{baseline: number; ours: number}> = []
  for (let round = 0; round < 7; round++) rounds.push(await pairedRound(chunks, baseline, linted))
  const ratio = median(rounds.map((round) => round.baseline / round.ours))
  const ratios = rounds.map((round) => (round.baseline / round.ours).toFixed(2)).sort()
  const baselineMs = median(rounds.map((round) => round.baseline))
  const lintMs = median(rounds.map((round) => round.ours))
  const atOnceMs = await time(() => Promise.all(all.map((text) => baselineProcessor.process(text))))
  const extractMs = await time(async () => all.forEach((text) => pipeline.extract(text)))
  const noGraphMs = await time(async () => {
    for (const text of all) await core.lint(text, {extract: () => pipeline.extract('')})
  })

  const dir = tempDir('kutip-bench-')
  const draft = path.join(dir, 'draft.txt')
  writeFileSync(draft, '"Kami tidak tahu," kata Ketua RT Budi Santoso.\n"Harga naik lagi", kata dia.\n')
  // bin/kutip.js runs dist/ (`npm run build`) when it is fresh, else the sources through tsx: measure both.
  const built = existsSync(path.join(repo, 'dist', 'cli', 'main.js'))
  const modes: Array<[string, Record<string, string>]> = built
    ? [['build', {KUTIP_FROM_BUILD: '1'}], ['sources', {KUTIP_FROM_SOURCE: '1'}]]
    : [['sources', {KUTIP_FROM_SOURCE: '1'}]]
  // The target is the installed CLI's (dist/); running the sources through tsx is the development fallback.
  const cliRows: BenchRow[] = []
  for (const [mode, env] of modes) {
    const target = mode === 'build' ? '< 300 ms' : undefined
    cliRows.push({name: `\`kutip lint draft.txt\` wall time, ${mode} (median of 9)`, value: `${wall(['lint', draft], 9, env).toFixed(0)} ms`, target})
    cliRows.push({name: `\`kutip --version\` wall time, ${mode} (CLI start-up floor)`, value: `${wall(['--version'], 9, env).toFixed(0)} ms`})
  }

  return [
    {name: `texts: ${from}, ${(characters / 1e6).toFixed(2)} M characters; kutip from ${kutipFrom}`, value: ''},
    {name: 'retext + retext-quotes (baseline), one text at a time', value: `${baselineMs.toFixed(0)} ms`},
    {name: 'kutip lint, all rules (text)', value: `${lintMs.toFixed(0)} ms`},
    {name: 'lint throughput / baseline throughput (median of 7 rounds)', value: `${ratio.toFixed(2)}×`, target: '≥ 1'},
    {name: '  the 7 rounds', value: ratios.join(' ')},
    {name: '  baseline, all texts at once (Promise.all; the figure before 2026-11-25)', value: `${atOnceMs.toFixed(0)} ms`},
    {name: '  of which extract() (the graph, once per file)', value: `${extractMs.toFixed(0)} ms`},
    {name: '  all rules with an empty graph (lint without the engine)', value: `${noGraphMs.toFixed(0)} ms = ${(baselineMs / noGraphMs).toFixed(2)}× baseline`},
    ...cliRows
  ]
}
