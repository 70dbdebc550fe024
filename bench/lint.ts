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
 *    Times are CPU time of this process, best of five alternated runs after a warm-up.
 * 2. Wall time of `kutip lint` on one small draft (a fresh process, median of
 *    runs), with `kutip --version` as the floor the CLI start-up sets; from the
 *    build (dist/, `npm run build`: the bundled lint command, see
 *    scripts/build.js) when there is one — the target is this one's — and
 *    from the sources through tsx (the development fallback, for reference).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {retext} from 'retext'
import retextQuotes from 'retext-quotes'
import type {BenchRow} from '../scripts/bench.ts'
import {lint} from '../src/lint/core.ts'
import {extract} from '../src/pipeline.ts'
import {median, repo, sharedCorpus, tempDir} from './_measure.ts'

function texts(): {texts: string[]; from: string} {
  if (existsSync(sharedCorpus)) {
    const lines = readFileSync(sharedCorpus, 'utf8').split('\n').filter((line) => line.trim() !== '')
    return {texts: lines.map((line) => (JSON.parse(line) as {text: string}).text), from: `${lines.length} dev-corpus articles`}
  }
  const folder = path.join(repo, 'corpus')
  const files = readdirSync(folder).filter((name) => name.endsWith('.txt'))
  return {texts: files.map((name) => readFileSync(path.join(folder, name), 'utf8')), from: `${files.length} project corpus articles`}
}

/** CPU milliseconds of this process for `run` (robust when other jobs load the machine; all of it is one thread). */
async function time(run: () => Promise<unknown>): Promise<number> {
  const started = process.cpuUsage()
  await run()
  const used = process.cpuUsage(started)
  return (used.user + used.system) / 1000
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
  const baselineProcessor = retext().use(retextQuotes)
  const baseline = () => Promise.all(all.map((text) => baselineProcessor.process(text)))
  const linted = async () => {
    for (const text of all) await lint(text)
  }
  // Warm up both (JIT, lazy regexes), then take the best of five, the two alternated so that a change in
  // the machine's load during the run (other sessions share its two cores) falls on both alike.
  await baseline()
  await linted()
  let baselineMs = Infinity
  let lintMs = Infinity
  for (let round = 0; round < 5; round++) {
    baselineMs = Math.min(baselineMs, await time(baseline))
    lintMs = Math.min(lintMs, await time(linted))
  }
  const extractMs = await time(async () => all.forEach((text) => extract(text)))
  const noGraphMs = await time(async () => {
    for (const text of all) await lint(text, {extract: () => extract('')})
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
    {name: `texts: ${from}, ${(characters / 1e6).toFixed(2)} M characters`, value: ''},
    {name: 'retext + retext-quotes (baseline)', value: `${baselineMs.toFixed(0)} ms`},
    {name: 'kutip lint, all rules (text)', value: `${lintMs.toFixed(0)} ms`},
    {name: 'lint throughput / baseline throughput', value: `${(baselineMs / lintMs).toFixed(2)}×`, target: '≥ 1'},
    {name: '  of which extract() (the graph, once per file)', value: `${extractMs.toFixed(0)} ms`},
    {name: '  all rules with an empty graph (lint without the engine)', value: `${noGraphMs.toFixed(0)} ms = ${(baselineMs / noGraphMs).toFixed(2)}× baseline`},
    ...cliRows
  ]
}
