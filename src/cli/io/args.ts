/**
 * Command-line options for every kutip command (extract, lint, report,
 * verify): one parser (node:util parseArgs, read token by token) and one
 * usage-error convention: one line `kutip <command>: <problem>` plus a pointer
 * to `--help`, exit code 2. An unknown option names the closest known one:
 * `kutip extract: unknown option --jobz (did you mean --jobs?)`.
 *
 *   const parsed = parseCommandArgs('extract', argv, {jobs: {type: 'string', short: 'j'}})
 *   if ('exitCode' in parsed) return parsed.exitCode          // usage error already printed
 *   const jobs = parseJobs(parsed.values.jobs)                 // number, or a UsageError
 */
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {defaultJobs} from './pool.ts'
import {say} from './locale.ts'

export type Options = NonNullable<ParseArgsConfig['options']>

type Values<O extends Options> = ReturnType<typeof parseArgs<{options: O; allowPositionals: true; strict: true}>>['values']

export type Parsed<O extends Options> = {values: Values<O>; positionals: string[]} | {exitCode: number}

/** Parses `argv` against `options`; a problem is printed as a usage error (exit 2). */
export function parseCommandArgs<O extends Options>(command: string, argv: string[], options: O): Parsed<O> {
  try {
    return readArgs(argv, options)
  } catch (error) {
    if (error instanceof UsageError) return {exitCode: usageError(command, error.message)}
    throw error
  }
}

/** Parses `argv` against `options`, or throws a UsageError (unknown option with a suggestion, missing or unwanted value). */
export function readArgs<O extends Options>(argv: string[], options: O): {values: Values<O>; positionals: string[]} {
  const {values, positionals, tokens} = parseArgs({args: argv, options, allowPositionals: true, strict: false, tokens: true})
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const spec = options[token.name]
    if (!spec) throw new UsageError(unknownOption(token.rawName, options))
    if (spec.type === 'string' && token.value === undefined) throw new UsageError(say('cli.option-needs-value', {option: token.rawName}))
    if (spec.type === 'boolean' && token.inlineValue) throw new UsageError(say('cli.option-takes-no-value', {option: token.rawName}))
  }
  return {values: values as Values<O>, positionals}
}

/** `unknown option --jobz (did you mean --jobs?)` (`opsi tidak dikenal: --jobz; maksud Anda --jobs?`): the closest known long option, if any. */
export function unknownOption(raw: string, options: Options): string {
  const best = closestName(raw.replace(/^-+/, ''), Object.keys(options))
  return best === undefined ? say('cli.unknown-option', {option: raw}) : say('cli.unknown-option-guess', {option: raw, suggestion: '--' + best})
}

/** The known name closest to `name`: within two edits and fewer than half its letters (`jobz` → `jobs`, `bogus` → none). */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = 3
  for (const candidate of known) {
    const distance = editDistance(name, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best !== undefined && bestDistance * 2 < name.length ? best : undefined
}

/** Levenshtein distance of two option names (short strings: the quadratic table is tiny). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}

/** `--color` / `--no-color`: the last one given, or undefined when neither was. */
export function colorFlag(argv: readonly string[]): boolean | undefined {
  const flags = argv.filter((argument) => argument === '--color' || argument === '--no-color')
  return flags.length === 0 ? undefined : flags.at(-1) === '--color'
}

/** `unknown --format 'xml' (known: summary, json)`. */
export function unknownFormat(format: string, known: readonly string[]): string {
  return say('cli.unknown-format', {format, known: known.join(', ')})
}

/** Prints the one-line usage error and returns exit code 2. */
export function usageError(command: string, problem: string): number {
  const text = problem.replace(/\s+/g, ' ').trim()
  process.stderr.write(`kutip ${command}: ${text}\n${say('cli.usage-hint', {command})}\n`)
  return 2
}

/** `--jobs N` (a positive integer; 0 or absent = one per CPU core). Throws a usage message when invalid. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs()
  if (!/^\d{1,4}$/.test(value)) throw new UsageError(say('cli.invalid-jobs', {value}))
  const jobs = Number(value)
  return jobs === 0 ? defaultJobs() : jobs
}

/** `--timeout SECONDS` per document (decimal allowed; 0 or absent = none), in milliseconds. */
export function parseTimeout(value: string | undefined): number {
  if (value === undefined) return 0
  if (!/^\d{1,7}(\.\d{1,3})?$/.test(value)) throw new UsageError(say('cli.invalid-timeout', {value}))
  return Math.round(Number(value) * 1000)
}

/** A whole number option (`--top N`, `--max-warnings N`). */
export function parseCount(option: string, value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(say('cli.invalid-count', {option, value}))
  return Number(value)
}

export class UsageError extends Error {
  override name = 'UsageError'
}
