/**
 * How a batch command (`kutip extract`, `kutip report`) runs and ends: a
 * progress bar on stderr where a person watches, problem lines printed above
 * it, the command's work, then the same ending every time.
 *
 *   return runCommand('kutip extract', values, async (run) => {
 *     const out = await run.openOutput(values.output, {inputs: positionals})   // refused when it names an input
 *     …  run.problems.report(path, 'no such file or directory'); run.progress.tick()
 *     …  await out.write(line, 1); if (run.interrupted) break
 *   })
 *
 * The ending:
 * - An output that cannot be opened or written is one problem line.
 * - The output file (`-o`) is put in place only when the run ends well: not
 *   after an error thrown by the work, an output error, a signal, or a run
 *   in which inputs had problems and no record at all was written. Then the
 *   file named by `-o` is left exactly as it was, and one line says so.
 * - SIGINT or SIGTERM: the work is told (`interrupted`, `onInterrupt`) and
 *   stops after the record it is writing, so stdout ends on a whole line;
 *   one line on stderr says how many records were written, and the exit code
 *   is 128 + the signal's number (130, 143). A second signal ends the process
 *   at once.
 * - Otherwise the exit code is 2 when any input or the output had a problem,
 *   else what the work returned (default 0).
 */
import {constants} from 'node:os'
import {openOutput, OutputError, type Output, type OutputOptions} from './output.ts'
import {formatProblem, Problems} from './problems.ts'
import {createProgress, wantsProgress, type Progress} from './progress.ts'
import {say} from './locale.ts'

/** The options of a command that decide whether a bar is drawn (`--no-progress`, `-o`). */
export interface ProgressFlags {
  progress?: boolean
  'no-progress'?: boolean
  output?: string
}

export interface CommandRun {
  progress: Progress
  problems: Problems
  /** Opens the command's output (stdout or `-o`); runCommand closes it (or leaves the target untouched). */
  openOutput(file: string | undefined, options?: OutputOptions): Promise<Output>
  /** The signal that interrupted the run, once one has. */
  readonly interrupted: NodeJS.Signals | undefined
  /** Registers something to stop when a signal arrives (a worker pool, stdin). */
  onInterrupt(stop: () => void): void
}

const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']

/** `work` may return the exit code of a run without problems (e.g. 1: `verify` found altered quotes); default 0. */
export async function runCommand(label: string, flags: ProgressFlags, work: (run: CommandRun) => Promise<number | void>): Promise<number> {
  const progress = createProgress({
    enabled: flags.progress !== false && !flags['no-progress'] && wantsProgress(flags.output),
    label
  })
  const problems = new Problems((line) => progress.log(line))
  let output: Output | undefined
  let interrupted: NodeJS.Signals | undefined
  const stops: Array<() => void> = []
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted ??= signal
    for (const name of signals) process.off(name, onSignal) // a second signal ends the process
    for (const stop of stops) stop()
  }
  for (const name of signals) process.on(name, onSignal)
  const run: CommandRun = {
    progress,
    problems,
    async openOutput(file, options) {
      output = await openOutput(file, options)
      return output
    },
    get interrupted() {
      return interrupted
    },
    onInterrupt(stop) {
      stops.push(stop)
    }
  }
  let completed = false
  let code = 0
  try {
    code = (await work(run)) ?? 0
    completed = true
  } catch (error) {
    if (error instanceof OutputError) problems.report(error.path, error.problem)
    else if (!interrupted) {
      await output?.abort()
      throw error
    }
  } finally {
    for (const name of signals) process.off(name, onSignal)
    progress.stop()
  }
  await finish(output, completed && !interrupted && !(problems.errors > 0 && output?.records === 0), problems)
  if (interrupted) {
    const line =
      output?.path === undefined
        ? say('cli.interrupted-records', {label, signal: interrupted, count: output?.records ?? 0})
        : say('cli.interrupted-file', {label, signal: interrupted, path: output.path})
    process.stderr.write(line + '\n')
    return 128 + constants.signals[interrupted]
  }
  return problems.exitCode(code)
}

/** Puts the output in place, or leaves the target of `-o` as it was. */
async function finish(output: Output | undefined, keep: boolean, problems: Problems): Promise<void> {
  if (!output) return
  if (!keep) {
    await output.abort()
    if (output.path !== undefined && problems.errors > 0) process.stderr.write(formatProblem(output.path, say('cli.not-written')) + '\n')
    return
  }
  try {
    await output.close()
  } catch (error) {
    if (!(error instanceof OutputError)) throw error
    problems.report(error.path, error.problem)
  }
}
