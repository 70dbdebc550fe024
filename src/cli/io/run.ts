/**
 * How a batch command (`kutip extract`, `kutip report`) runs and ends: a
 * progress bar on stderr where a person watches, problem lines printed above
 * it, the command's work, then the same ending every time — an output that
 * cannot be opened or written is one problem line, the bar is stopped, and the
 * exit code is 2 when any input or the output had a problem, else 0.
 *
 *   return runCommand('kutip extract', values, async ({progress, problems}) => {
 *     const out = await openOutput(values.output)   // an OutputError becomes `kutip: <path>: <problem>`
 *     …  problems.report(path, 'no such file or directory'); progress.tick()
 *   })
 */
import {OutputError} from './output.ts'
import {Problems} from './problems.ts'
import {createProgress, wantsProgress, type Progress} from './progress.ts'

/** The options of a command that decide whether a bar is drawn (`--no-progress`, `-o`). */
export interface ProgressFlags {
  progress?: boolean
  'no-progress'?: boolean
  output?: string
}

export interface CommandRun {
  progress: Progress
  problems: Problems
}

export async function runCommand(label: string, flags: ProgressFlags, work: (run: CommandRun) => Promise<void>): Promise<number> {
  const progress = createProgress({
    enabled: flags.progress !== false && !flags['no-progress'] && wantsProgress(flags.output),
    label
  })
  const problems = new Problems((line) => progress.log(line))
  try {
    await work({progress, problems})
  } catch (error) {
    if (!(error instanceof OutputError)) throw error
    problems.report(error.path, error.problem)
  } finally {
    progress.stop()
  }
  return problems.exitCode()
}
