/**
 * Parallel work for batch commands, streaming and in input order.
 *
 *   const pool = await openPool<Task, string>(new URL('../worker' + moduleExtension(import.meta.url), import.meta.url), {jobs})
 *   for await (const result of orderedMap(inputs, (task) => pool.run(task), pool.window)) write(result)
 *   await pool.close()
 *
 * - `openPool(moduleUrl, {jobs, timeoutMs})`: the module's default export is
 *   the task function. With `jobs` ≥ 2, or a timeout, it runs on a piscina
 *   worker-thread pool of `jobs` threads; with `jobs` = 1 and no timeout it
 *   runs in this thread (no worker start-up cost for one small file), called
 *   the same way. A task module may return `transferable(bytes)`
 *   (transfer.ts) so that its result moves back to this thread without a
 *   copy. The threads start (and load the module) as soon as the pool opens,
 *   while the caller begins to read its input. A task
 *   that exceeds the timeout rejects with `TaskTimeoutError` and its worker is
 *   terminated (piscina replaces it), so one pathological document cannot hang
 *   an archive run. The clock starts when the task is submitted (so it
 *   includes a new thread's start-up); `window` then keeps one task per thread
 *   so that tasks do not wait in a queue on the clock.
 * - `orderedMap(source, fn, window)`: pulls at most `window` items ahead of the
 *   oldest unfinished one, runs `fn` on them concurrently and yields results
 *   in source order. Memory is bounded by `window` items and results (the
 *   reorder buffer), never by the length of the source. `fn` rejecting yields
 *   a `{error}` outcome instead of stopping the stream.
 * - `defaultJobs()`: os.availableParallelism().
 * - Opening a pool sets the process's V8 flags for engine work (jit.ts),
 *   before the task module is loaded in this thread or any worker starts.
 * - Under tsx (running .ts sources) workers are started with tsx's loader.
 */
import os from 'node:os'
import {fileURLToPath} from 'node:url'
import type {Piscina as PiscinaPool} from 'piscina'
import {tuneJit} from './jit.ts'

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism())
}

/** '.ts' when running from the TypeScript sources, '.js' from a build. */
export function moduleExtension(moduleUrl: string): string {
  return moduleUrl.endsWith('.ts') ? '.ts' : '.js'
}

export class TaskTimeoutError extends Error {
  constructor(milliseconds: number) {
    super(`gave up after ${formatSeconds(milliseconds)} (--timeout)`)
    this.name = 'TaskTimeoutError'
  }
}

function formatSeconds(milliseconds: number): string {
  return `${Number((milliseconds / 1000).toFixed(3))} s`
}

export interface PoolOptions {
  /** Worker threads; 1 = run in this thread (unless a timeout is set). */
  jobs: number
  /** Per task; 0 or undefined = no limit. Forces worker threads. */
  timeoutMs?: number
}

export interface Pool<T, R> {
  run(task: T): Promise<R>
  close(): Promise<void>
  /** Threads actually used (1 for in-thread). */
  readonly threads: number
  /** A good `orderedMap` window for this pool: enough to keep every thread busy. */
  readonly window: number
}

export async function openPool<T, R>(moduleUrl: URL, options: PoolOptions): Promise<Pool<T, R>> {
  const jobs = Math.max(1, Math.floor(options.jobs))
  const timeoutMs = options.timeoutMs && options.timeoutMs > 0 ? options.timeoutMs : 0
  tuneJit(jobs)
  if (jobs === 1 && !timeoutMs) {
    const module_ = (await import(moduleUrl.href)) as {default: (task: T) => R | Promise<R>}
    return {
      run: async (task) => module_.default(task),
      close: async () => {},
      threads: 1,
      window: 1
    }
  }
  // Loaded here, not at the top: a one-file run never pays for it (start-up time).
  const {Piscina} = (await import('piscina')) as {Piscina: typeof PiscinaPool}
  let closing: Promise<void> | undefined
  const piscina = new Piscina<T, R>({
    filename: moduleUrl.href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    execArgv: workerExecArgv(moduleUrl)
  })
  return {
    async run(task) {
      if (!timeoutMs) return piscina.run(task)
      try {
        return await piscina.run(task, {signal: AbortSignal.timeout(timeoutMs)})
      } catch (error) {
        if ((error as Error)?.name === 'AbortError' || (error as Error)?.name === 'TimeoutError') throw new TaskTimeoutError(timeoutMs)
        throw error
      }
    },
    // Once: a signal may close the pool while the command is still using it (run.ts), and the command closes it again.
    close: () => (closing ??= piscina.destroy()),
    threads: jobs,
    // Two tasks per thread (one running, one queued) so a thread never waits for the main thread;
    // with a timeout, one per thread, so that no task's clock runs while it waits in the queue.
    window: timeoutMs ? jobs : jobs * 2
  }
}

/**
 * Node options for worker threads. From a build, none: the workers inherit the
 * parent's per-thread options, as Node does by default (V8 and process-wide
 * flags such as `--max-old-space-size` are process-wide already, and passing
 * them to a Worker throws). From the TypeScript sources, tsx's loader, with
 * the parent's module-loading options kept.
 */
function workerExecArgv(moduleUrl: URL): string[] | undefined {
  if (!fileURLToPath(moduleUrl).endsWith('.ts')) return undefined
  const argv = moduleLoadingArgs(process.execArgv)
  if (!argv.some((arg) => arg.includes('tsx'))) argv.push('--import', import.meta.resolve('tsx'))
  return argv
}

/** Options a worker accepts and a TypeScript worker may need: how modules load (`--import x`, `--conditions=x` …). */
const moduleLoadingOptions = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader', '--conditions', '-C', '--enable-source-maps', '--no-warnings'])
const optionsWithValue = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader', '--conditions', '-C'])

function moduleLoadingArgs(execArgv: string[]): string[] {
  const kept: string[] = []
  for (let index = 0; index < execArgv.length; index++) {
    const arg = execArgv[index]!
    const name = arg.split('=', 1)[0]!
    const takesNext = optionsWithValue.has(name) && !arg.includes('=')
    if (moduleLoadingOptions.has(name)) kept.push(...(takesNext ? execArgv.slice(index, index + 2) : [arg]))
    if (takesNext) index++
  }
  return kept
}

export type Outcome<O> = {value: O} | {error: unknown}

export async function* orderedMap<I, O>(
  source: AsyncIterable<I> | Iterable<I>,
  fn: (item: I) => Promise<O>,
  window: number
): AsyncGenerator<{item: I} & Outcome<O>> {
  const iterator =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (source as Iterable<I>)[Symbol.iterator]()
  const inFlight: Array<Promise<{item: I} & Outcome<O>>> = []
  let done = false
  const size = Math.max(1, window)
  try {
    while (true) {
      while (!done && inFlight.length < size) {
        const next = await iterator.next()
        if (next.done) {
          done = true
          break
        }
        const item = next.value
        inFlight.push(
          fn(item).then(
            (value) => ({item, value}),
            (error: unknown) => ({item, error})
          )
        )
      }
      const head = inFlight.shift()
      if (!head) return
      yield await head
    }
  } finally {
    // Stopped early (consumer broke out): let the pending tasks settle quietly.
    if (!done) await iterator.return?.()
    await Promise.allSettled(inFlight)
  }
}
