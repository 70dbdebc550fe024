/**
 * Shared by bench/extract.ts, bench/batch.ts and bench/robust.ts (files
 * starting with `_` are not bench sections): the text corpus, timing, and
 * running the real CLI in a child process with its wall time and peak memory.
 */
import {spawn, spawnSync} from 'node:child_process'
import {cpSync, createReadStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const sharedCorpus = path.join(repo, '..', 'shared', 'corpus', 'pfsa-id-dev.jsonl')

export interface Corpus {
  label: string
  texts: Array<{id: string; text: string}>
  /** The corpus as `{"id","text"}` JSON Lines (what `kutip extract --jsonl` reads). */
  jsonl: string
}

/** The 408-article dev corpus from ../shared when present, else the project's corpus/ articles repeated to a similar size. */
export function loadCorpus(): Corpus {
  let texts: Corpus['texts']
  let label: string
  if (existsSync(sharedCorpus)) {
    texts = readFileSync(sharedCorpus, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => {
        const record = JSON.parse(line) as {id: string; text: string}
        return {id: record.id, text: record.text}
      })
    label = `../shared corpus, ${texts.length} articles`
  } else {
    const dir = path.join(repo, 'corpus')
    const own = readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => ({id: name, text: readFileSync(path.join(dir, name), 'utf8')}))
    texts = Array.from({length: 408}, (_, index) => ({id: `${own[index % own.length]!.id}#${index}`, text: own[index % own.length]!.text}))
    label = `corpus/ (${own.length} own articles) repeated to ${texts.length}; ../shared absent`
  }
  const jsonl = texts.map((record) => JSON.stringify(record)).join('\n') + '\n'
  return {label: `${label}, ${(Buffer.byteLength(jsonl) / 1e6).toFixed(1)} MB`, texts, jsonl}
}

/** Best (lowest) wall time of `runs` calls, in ms. */
export function best(runs: number, run: () => unknown): number {
  let lowest = Infinity
  for (let index = 0; index < runs; index++) {
    const started = performance.now()
    run()
    lowest = Math.min(lowest, performance.now() - started)
  }
  return lowest
}

/** Median wall milliseconds of `runs` runs (after the caller's warm-up). */
export function medianTime(runs: number, run: () => unknown): number {
  const times: number[] = []
  for (let index = 0; index < runs; index++) {
    const started = performance.now()
    run()
    times.push(performance.now() - started)
  }
  return median(times)
}

export interface ChildRun {
  code: number | null
  wallMs: number
  /** Peak resident set size of the whole process (all threads), MB. */
  peakMb: number
  /** CPU time, user + system, all threads, ms (less sensitive than wall time to a busy machine). */
  cpuMs: number
  /** CPU time of the main thread alone, ms (Linux; NaN elsewhere). */
  mainCpuMs: number
  /** CPU time of each worker thread, ms, as last sampled (every 50 ms, so up to 50 ms short each; Linux; empty elsewhere). */
  workerCpuMs: number[]
  stderr: string
  /**
   * CPU time the rest of the machine used during the run, ms: all CPUs' busy time (/proc/stat) less this
   * child's and this bench process's (Linux; NaN elsewhere). Near 0 means the wall time is kutip's alone.
   */
  othersCpuMs: number
}

/** Busy time of all CPUs since boot, ms (/proc/stat: user, nice, system, irq, softirq, steal), or NaN off Linux. */
function machineBusyMs(): number {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number)
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields
    return (user + nice + system + irq + softirq + steal) * 10
  } catch {
    return NaN
  }
}

/** utime + stime (ms) of every thread of `pid` now, from /proc (Linux; empty elsewhere or once it has exited). */
function threadCpu(pid: number): Map<string, number> {
  const cpu = new Map<string, number>()
  let tids: string[]
  try {
    tids = readdirSync(`/proc/${pid}/task`)
  } catch {
    return cpu
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      cpu.set(tid, (Number(fields[11]) + Number(fields[12])) * 10)
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return cpu
}

/** Runs `node bin/kutip.js …args` with its stdin from `stdinFile` (or empty); measures wall time and peak RSS. */
export function runCli(args: string[], options: {stdinFile?: string; env?: NodeJS.ProcessEnv; nodeArgs?: string[]} = {}): Promise<ChildRun> {
  const rssFile = path.join(os.tmpdir(), `kutip-maxrss-${process.pid}-${Math.random().toString(36).slice(2)}`)
  const probe = new URL('./_maxrss.mjs', import.meta.url).href
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const busyBefore = machineBusyMs()
    const ownBefore = process.cpuUsage()
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', probe, path.join(cliRoot, 'bin', 'kutip.js'), ...args], {
      cwd: repo,
      // The build made by buildCli() even if sources change meanwhile (others at work in the tree).
      env: {KUTIP_FROM_BUILD: '1', ...process.env, ...options.env, KUTIP_MAXRSS_FILE: rssFile},
      stdio: ['pipe', 'ignore', 'pipe']
    })
    let stderr = ''
    // Per-thread CPU, sampled: a thread's last sample stands for its total (worker threads end before the process).
    const lastSeen = new Map<string, number>()
    const sampler = setInterval(() => {
      if (child.pid) for (const [tid, ms] of threadCpu(child.pid)) lastSeen.set(tid, ms)
    }, 50)
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.stdin.on('error', () => {})
    if (options.stdinFile) createReadStream(options.stdinFile).pipe(child.stdin)
    else child.stdin.end()
    child.on('error', reject)
    child.on('close', (code) => {
      const wallMs = performance.now() - started
      clearInterval(sampler)
      const own = process.cpuUsage(ownBefore)
      const machineMs = machineBusyMs() - busyBefore
      let peakMb = NaN
      let cpuMs = NaN
      let mainCpuMs = NaN
      if (existsSync(rssFile)) {
        const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as {maxRSS: number; cpu: number; mainThreadCpu: number | null}
        peakMb = usage.maxRSS / 1024
        cpuMs = usage.cpu / 1000
        mainCpuMs = (usage.mainThreadCpu ?? NaN) / 1000
        rmSync(rssFile, {force: true})
      }
      const workerCpuMs: number[] = []
      if (existsSync(rssFile + '.threads')) {
        for (const line of readFileSync(rssFile + '.threads', 'utf8').split('\n')) {
          const [role, tid] = line.split(' ')
          if (role === 'worker' && tid) workerCpuMs.push(lastSeen.get(tid) ?? 0)
        }
        rmSync(rssFile + '.threads', {force: true})
      }
      resolve({code, wallMs, peakMb, cpuMs, mainCpuMs, workerCpuMs, stderr, othersCpuMs: Math.max(0, machineMs - cpuMs - (own.user + own.system) / 1000)})
    })
  })
}

/** Where runCli finds bin/kutip.js: the repository, or the private copy buildCli made. */
let cliRoot = repo

/**
 * `npm run build` (dist/ for a fast CLI start), so CLI figures are those of an installed kutip;
 * then bin/, dist/ and package.json are copied to a temporary folder that runCli uses, so that
 * another build of the shared tree (others at work in it) cannot change or break dist/ mid-bench.
 */
export function buildCli(): string {
  if (built !== undefined) return built
  built = buildOnce()
  return built
}

let built: string | undefined

/**
 * A module of the build buildCli() made (`dist/lint/core.js`), imported; the
 * TypeScript source (`src/lint/core.ts`, through tsx) when the build failed.
 * What users run is the build: tsx's transform adds its own helpers to every
 * function (keepNames), which a measure of kutip should not count.
 */
export async function importBuilt<T>(relativeSource: string): Promise<{module: T; from: string}> {
  const label = buildCli()
  const file = builtModule(relativeSource)
  if (file) return {module: (await import(file)) as T, from: 'dist/ (the build)'}
  return {module: (await import(path.join(repo, relativeSource))) as T, from: `src/ through tsx (${label})`}
}

/** The path of a source module's build (`src/pipeline.ts` → …/dist/pipeline.js) in buildCli()'s copy; null when the build failed. */
export function builtModule(relativeSource: string): string | null {
  buildCli()
  if (cliRoot === repo) return null
  const file = path.join(cliRoot, 'dist', relativeSource.replace(/^src\//, '').replace(/\.ts$/, '.js'))
  return existsSync(file) ? file : null
}

function buildOnce(): string {
  const result = spawnSync(process.execPath, [path.join(repo, 'scripts', 'build.js')], {cwd: repo, encoding: 'utf8'})
  if (result.status !== 0) return `build failed (${result.stderr.trim().split('\n').pop()}); CLI runs from sources`
  const copy = tempDir('kutip-bench-cli-')
  for (const entry of ['bin', 'dist', 'package.json']) cpSync(path.join(repo, entry), path.join(copy, entry), {recursive: true})
  symlinkSync(path.join(repo, 'node_modules'), path.join(copy, 'node_modules'))
  cliRoot = copy
  return 'built dist/'
}

/** A new folder in the OS temporary folder, removed with all it holds when this process exits. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  process.on('exit', () => rmSync(dir, {recursive: true, force: true}))
  return dir
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** A run of the CLI as a bench row's value: wall, CPU and peak memory, or its exit code and first line of stderr past `worst`. */
export function outcome(run: ChildRun, worst: number): string {
  if (run.code === null || run.code > worst) return `exit ${run.code}: ${run.stderr.trim().split('\n')[0] ?? ''}`
  return `${seconds(run.wallMs)} wall, ${seconds(run.cpuMs)} CPU, ${run.peakMb.toFixed(0)} MB`
}

/** Milliseconds as seconds to a tenth: `2.4 s`. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
