/**
 * Command-line options for kutip commands, on node:util parseArgs, with the
 * usage-error convention of the CLI: one line `kutip <command>: <problem>`
 * plus a pointer to `--help`, exit code 2.
 *
 *   const parsed = parseCommandArgs('extract', argv, {jobs: {type: 'string', short: 'j'}})
 *   if ('exitCode' in parsed) return parsed.exitCode          // usage error already printed
 *   const jobs = parseJobs(parsed.values.jobs)                 // number, or a usage error
 */
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {defaultJobs} from './pool.ts'

type Options = NonNullable<ParseArgsConfig['options']>

export type Parsed<O extends Options> =
  | {values: ReturnType<typeof parseArgs<{options: O; allowPositionals: true; strict: true}>>['values']; positionals: string[]}
  | {exitCode: number}

export function parseCommandArgs<O extends Options>(command: string, argv: string[], options: O): Parsed<O> {
  try {
    const {values, positionals} = parseArgs({args: argv, options, allowPositionals: true, strict: true})
    return {values, positionals}
  } catch (error) {
    return {exitCode: usageError(command, (error as Error).message)}
  }
}

/** Prints the one-line usage error and returns exit code 2. */
export function usageError(command: string, problem: string): number {
  const text = problem.replace(/\s+/g, ' ').trim()
  process.stderr.write(`kutip ${command}: ${text}\nRun \`kutip ${command} --help\` for usage.\n`)
  return 2
}

/** `--jobs N` (a positive integer; 0 or absent = one per CPU core). Throws a usage message when invalid. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs()
  if (!/^\d{1,4}$/.test(value)) throw new UsageError(`--jobs expects a whole number of workers, got '${value}'`)
  const jobs = Number(value)
  return jobs === 0 ? defaultJobs() : jobs
}

/** `--timeout SECONDS` per document (decimal allowed; 0 or absent = none), in milliseconds. */
export function parseTimeout(value: string | undefined): number {
  if (value === undefined) return 0
  if (!/^\d{1,7}(\.\d{1,3})?$/.test(value)) throw new UsageError(`--timeout expects seconds (e.g. 30 or 2.5), got '${value}'`)
  return Math.round(Number(value) * 1000)
}

export class UsageError extends Error {
  override name = 'UsageError'
}
