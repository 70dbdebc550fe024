/**
 * `kutip lint [paths or globs…]`: check the attributions and quote marks of
 * drafts (plain text, Markdown, HTML), like remark-cli and alex do.
 * Exit codes: 0 clean, 1 lint errors (warnings too with --frail), 2 usage,
 * configuration or I/O errors (one line naming the file and the problem).
 */
import {constants as osConstants} from 'node:os'
import path from 'node:path'
import {Readable} from 'node:stream'
import type {VFile} from 'vfile'
import {lintExtensions} from '../../lint/core.ts'
import type {LintFilesOptions} from '../../lint/engine.ts'
import {lintFilesQuickly} from '../../lint/fast-path.ts'
import {validateLocale, validateRules} from '../../lint/preset.ts'
import {displayPath} from '../../lint/reporters/message-fields.ts'
import {reporters} from '../../lint/reporters/index.ts'
import {ruleIds} from '../../lint/rules/index.ts'
import {colorFlag, parseCount, readArgs, usageError, UsageError} from '../io/args.ts'
import {listInputs} from '../io/files.ts'
import {inputRefusal, openOutput, OutputError, type Output} from '../io/output.ts'
import {formatProblem, Problems} from '../io/problems.ts'
import {say, sayCount} from '../io/locale.ts'
import {readInput, type TextRead} from '../io/read-input.ts'
import {fixFile} from '../lint/fix-file.ts'
import {effectiveConfig} from '../lint/print-config.ts'

export const summary = 'check drafts for broken attributions and quote marks (CI-ready reporters)'

const help = `Usage: kutip lint [paths or globs…] [options]

Checks plain-text (.txt), Markdown (.md) and HTML (.html) drafts. Without
paths, reads stdin (name it with --file-path to choose the format).
Folders are walked without following symbolic links out of them.

Options:
  -r, --report <name>        stylish (default), json, sarif, github
  -q, --quiet                report only files with messages
  -S, --silent               report only errors
  -f, --frail                exit 1 on warnings too
      --max-warnings <n>     exit 1 when there are more than <n> warnings (CI budgets)
      --fix                  apply the certain fixes: each fixed file is replaced
                             atomically in its own encoding (files without fixes are
                             not touched); with stdin, the fixed text goes to stdout
      --diff, --fix-dry-run  print the fixes as a unified diff on stdout; write nothing
  -o, --output <file>        write the report to <file> (atomically; never an input)
      --rule <id=setting>    set a rule: off|info|warn|error or JSON ['error', {…}] (repeatable)
      --sources <path>       verify quotes against this source text (repeatable): misquote, misattributed, unsupported-quote
      --locale <id|en>       language of the messages (default: the configuration's locale, else LANG, else en)
      --rc-path <path>       use this configuration file
      --ignore-path <path>   use this ignore file (default: .kutipignore)
      --ignore-pattern <g>   ignore files matching this glob (repeatable)
      --no-config            do not look for .kutiprc files
      --no-ignore            do not look for .kutipignore files
      --file-path <path>     name of the document read from stdin (alias:
                             --stdin-filename); only names it: nothing is written there
      --print-config <file>  print the configuration that applies to <file> (JSON)
  -w, --watch                lint again when a file changes
      --color / --no-color   colour the stylish report (default: when a terminal)
      --verbose              show notes with the stylish report
  -h, --help                 this help

Configuration (.kutiprc, .kutiprc.json, .kutiprc.yml, .kutiprc.js, package.json "kutip"):
  {"rules": {"quote-style": ["warn", {"preferred": "smart"}], "non-neutral-cue": "off"}}

Rules: ${ruleIds.join(', ')}
In a draft: <!-- kutip disable rule --> / enable / ignore (Markdown, HTML), or a line
"kutip-disable rule" (plain text).

Exit codes: 0 clean, 1 lint errors (warnings too with --frail), 2 usage, config or I/O error
(one line each; a file that cannot be fixed is left exactly as it was). When stdout
carries text (stdin --fix, --diff) the report goes to stderr, or to -o.`

interface Parsed {
  files: string[]
  report: string
  quiet: boolean
  silent: boolean
  frail: boolean
  fix: boolean
  /** --diff / --fix-dry-run: print the fixes as a unified diff, write nothing. */
  diff: boolean
  output?: string
  watch: boolean
  color: boolean
  verbose: boolean
  rules: Record<string, unknown>
  sources: string[]
  locale?: string
  rcPath?: string
  ignorePath?: string
  ignorePatterns: string[]
  detectConfig: boolean
  detectIgnore: boolean
  filePath?: string
  /** --max-warnings N: exit 1 when there are more than N warnings. */
  maxWarnings?: number
  /** --print-config FILE: print the configuration that applies to FILE and exit. */
  printConfig?: string
  help: boolean
}

function parseRule(value: string): [string, unknown] {
  const at = value.indexOf('=')
  if (at <= 0) throw new UsageError(say('cli.lint.rule-syntax', {value}))
  const id = value.slice(0, at).trim()
  const raw = value.slice(at + 1).trim()
  let setting: unknown = raw
  if (raw.startsWith('[') || raw.startsWith('{')) {
    try {
      setting = JSON.parse(raw)
    } catch {
      throw new UsageError(say('cli.lint.rule-json', {id, raw}))
    }
  }
  return [id, setting]
}

const options = {
  help: {type: 'boolean', short: 'h'},
  report: {type: 'string', short: 'r', default: 'stylish'},
  quiet: {type: 'boolean', short: 'q'},
  silent: {type: 'boolean', short: 'S'},
  frail: {type: 'boolean', short: 'f'},
  'max-warnings': {type: 'string'},
  fix: {type: 'boolean'},
  diff: {type: 'boolean'},
  'fix-dry-run': {type: 'boolean'},
  output: {type: 'string', short: 'o'},
  watch: {type: 'boolean', short: 'w'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  verbose: {type: 'boolean'},
  rule: {type: 'string', multiple: true},
  sources: {type: 'string', multiple: true},
  locale: {type: 'string'},
  'rc-path': {type: 'string'},
  'ignore-path': {type: 'string'},
  'ignore-pattern': {type: 'string', multiple: true},
  'no-config': {type: 'boolean'},
  'no-ignore': {type: 'boolean'},
  'file-path': {type: 'string'},
  'stdin-filename': {type: 'string'},
  'stdin-filepath': {type: 'string'},
  'print-config': {type: 'string'}
} as const

/** The options of `kutip lint`, through the CLI's one parser (src/cli/io/args.ts); throws a UsageError. */
export function parseArguments(argv: string[]): Parsed {
  const {values, positionals} = readArgs(argv, options)
  const parsed: Parsed = {
    files: positionals,
    report: values.report,
    quiet: values.quiet === true,
    silent: values.silent === true,
    frail: values.frail === true,
    fix: values.fix === true,
    diff: values.diff === true || values['fix-dry-run'] === true,
    output: values.output,
    watch: values.watch === true,
    color: colorFlag(argv) ?? Boolean(process.stderr.isTTY),
    verbose: values.verbose === true,
    rules: Object.fromEntries((values.rule ?? []).map(parseRule)),
    sources: values.sources ?? [],
    locale: values.locale,
    rcPath: values['rc-path'],
    ignorePath: values['ignore-path'],
    ignorePatterns: (values['ignore-pattern'] ?? []).flatMap((pattern) => pattern.split(',')),
    detectConfig: values['no-config'] !== true,
    detectIgnore: values['no-ignore'] !== true,
    filePath: values['file-path'] ?? values['stdin-filename'] ?? values['stdin-filepath'],
    maxWarnings: values['max-warnings'] === undefined ? undefined : parseCount('max-warnings', values['max-warnings']),
    printConfig: values['print-config'],
    help: values.help === true
  }
  if (!(parsed.report in reporters)) throw new UsageError(say('cli.lint.unknown-reporter', {name: parsed.report, known: Object.keys(reporters).join(', ')}))
  try {
    validateRules(parsed.rules)
  } catch (error) {
    throw new UsageError(`--rule: ${(error as Error).message}`)
  }
  try {
    validateLocale(parsed.locale)
  } catch (error) {
    throw new UsageError(`--locale: ${(error as Error).message}`)
  }
  return parsed
}

/** The innermost cause of a failure, on one line (`Unknown rule …` rather than `Cannot process file`). */
function deepestReason(message: VFile['messages'][number]): string {
  let reason = String(message.reason)
  let cause: unknown = message.cause
  for (let depth = 0; cause instanceof Error && depth < 5; depth++) {
    reason = cause.message
    cause = cause.cause
  }
  return reason.split('\n')[0]
}

/** Messages that are not lint findings but failures: unreadable file, bad configuration, parse error. */
function failures(files: VFile[]): string[] {
  const lines: string[] = []
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal === true && message.source !== 'kutip') {
        const where = file.path ? path.relative(file.cwd, file.path) || file.path : '<stdin>'
        lines.push(`kutip lint: ${where}: ${deepestReason(message)}`)
      }
    }
  }
  return lines
}

/** Where the report goes: `-o`, else stdout for machine reporters unless stdout carries text (stdin --fix, --diff), else stderr. */
function reportTarget(options: Parsed, stdoutCarriesText: boolean): 'output' | 'stdout' | 'stderr' {
  if (options.output !== undefined) return 'output'
  return options.report !== 'stylish' && !stdoutCarriesText ? 'stdout' : 'stderr'
}

/** The drafts named by the arguments (folders walked, globs matched), and the failures of those that name none. */
async function listDrafts(args: string[]): Promise<{files: string[]; named: string[]; broken: string[]}> {
  const files: string[] = []
  const named: string[] = []
  const broken: string[] = []
  for await (const entry of listInputs(args, {extensions: lintExtensions.map((extension) => '.' + extension)})) {
    if (entry.problem !== undefined) broken.push(failureLine(entry.path, entry.problem))
    else {
      files.push(entry.path)
      if (!entry.found) named.push(entry.path)
    }
  }
  return {files, named, broken}
}

const failureLine = (where: string, problem: string): string => formatProblem(where, problem).replace(/^kutip: /, 'kutip lint: ')

async function once(options: Parsed, stdin: boolean): Promise<number> {
  const cwd = process.cwd()
  const broken: string[] = []
  const stdoutCarriesText = options.diff || (options.fix && stdin)
  let out: Output
  try {
    out = await openOutput(options.output, {inputs: options.files, stdin})
  } catch (error) {
    if (!(error instanceof OutputError)) throw error
    process.stderr.write(failureLine(error.path, error.problem) + '\n')
    return 2
  }
  const engineOptions: LintFilesOptions = {
    files: [],
    rules: Object.keys(options.rules).length > 0 ? options.rules : undefined,
    rcPath: options.rcPath,
    ignorePath: options.ignorePath,
    ignorePatterns: options.ignorePatterns,
    detectConfig: options.detectConfig,
    detectIgnore: options.detectIgnore,
    filePath: options.filePath,
    locale: options.locale
  }
  // Every draft is read by the CLI's reader (encodings, binary files, FIFOs), remembered for --fix.
  const reads = new Map<string, TextRead>()
  let refused = ''
  let named: string[] = []
  let stdinRead: TextRead | undefined
  /** stdin --fix is a filter: when the text cannot be linted, it still goes through, unchanged. */
  const passThrough = () => (options.fix && !options.diff ? stdinRead?.bytes : undefined)
  if (stdin) {
    const read = await readInput('-')
    if ('problem' in read) return fail(out, [failureLine('<stdin>', read.problem)])
    stdinRead = read
    engineOptions.streamIn = Readable.from([read.text])
  } else {
    const listed = await listDrafts(options.files)
    broken.push(...listed.broken)
    engineOptions.files = listed.files
    engineOptions.read = async (file) => {
      const read = await readInput(file)
      if ('problem' in read) throw new Error(read.problem)
      if (out.isTarget(read.identity)) refused = inputRefusal(path.relative(cwd, file) || file)
      reads.set(file, read)
      return read.text
    }
    if (listed.files.length === 0) return fail(out, broken)
    named = listed.named
  }
  if (options.sources.length > 0) {
    const problems = new Problems((line) => broken.push(line.replace(/^kutip: /, 'kutip lint: ')))
    const sources = await readSourceTexts(options.sources, problems)
    if (problems.errors > 0) return fail(out, broken, passThrough())
    engineOptions.sources = sources
  }
  let files: VFile[]
  try {
    // unified-engine is loaded only when the quick path cannot do the job (ignore files, script configuration, stdin …).
    files = (await lintFilesQuickly(engineOptions)) ?? (await (await import('../../lint/engine.ts')).lintFiles(engineOptions))
  } catch (error) {
    return fail(out, [`kutip lint: ${String((error as Error).message ?? error).split('\n')[0]}`], passThrough())
  }
  if (refused) return fail(out, [failureLine(options.output!, refused)])
  broken.push(...ignoredNamedFiles(named, files, cwd), ...failures(files))
  const warnings = [...reads].flatMap(([file, read]) => read.warnings.map((warning) => failureLine(path.relative(cwd, file) || file, say('cli.warning', {problem: warning}))))
  if (stdinRead) warnings.push(...stdinRead.warnings.map((warning) => failureLine('<stdin>', say('cli.warning', {problem: warning}))))
  if (warnings.length > 0) process.stderr.write(warnings.join('\n') + '\n')

  const stdout = stdoutCarriesText ? await openOutput() : undefined
  try {
    if (options.fix || options.diff) {
      for (const file of files) {
        if (file.messages.some(isFailure)) {
          const bytes = passThrough()
          if (bytes) await stdout!.write(bytes)
          continue
        }
        const read = stdinRead ?? reads.get(path.resolve(file.cwd, file.path))
        if (!read) continue
        const problem = await fixFile(file, read, {diff: options.diff, stdout})
        if (problem) broken.push(failureLine(file.path ? displayPath(file) : '<stdin>', problem))
      }
    }
    await stdout?.close()
  } catch (error) {
    if (!(error instanceof OutputError)) throw error
    broken.push(failureLine(error.path, error.problem))
  }

  // Failures are told on one line each, not through the reporter.
  const reported = files.filter((file) => !file.messages.some(isFailure))
  const reporter = reporters[options.report]
  const target = reportTarget(options, stdoutCarriesText)
  const report = reporter(reported, {quiet: options.quiet, silent: options.silent, color: options.color && target === 'stderr', verbose: options.verbose})
  const reportOut = target === 'output' ? out : target === 'stdout' ? await openOutput() : undefined
  try {
    if (reportOut) {
      if (target === 'output' && reported.length === 0 && broken.length > 0) await reportOut.abort() // nothing linted: an existing -o file is left as it was
      else {
        await reportOut.write(report)
        await reportOut.close()
      }
    } else if (report) process.stderr.write(report)
  } catch (error) {
    if (!(error instanceof OutputError)) throw error
    await reportOut?.abort()
    broken.push(failureLine(error.path, error.problem))
  }
  if (broken.length > 0) {
    process.stderr.write(broken.join('\n') + '\n')
    return 2
  }
  const findings = files.flatMap((file) => file.messages.filter((message) => message.source === 'kutip' || message.fatal !== true))
  if (findings.some((message) => message.fatal === true)) return 1
  if (options.frail && findings.some((message) => message.fatal === false)) return 1
  const warned = findings.filter((message) => message.fatal === false).length
  if (options.maxWarnings !== undefined && warned > options.maxWarnings) {
    process.stderr.write(`kutip lint: ${sayCount('cli.lint.max-warnings', warned, {max: options.maxWarnings})}\n`)
    return 1
  }
  return 0
}

/** Ends a run that linted nothing: the lines on stderr, `-o` left as it was, stdin passed through (`passThrough`), exit 2. */
async function fail(out: Output, lines: string[], passThrough?: Uint8Array): Promise<number> {
  await out.abort()
  if (passThrough) {
    const stdout = await openOutput()
    await stdout.write(passThrough).catch(() => {}) // the failure is told below; a closed stdout adds nothing
    await stdout.close().catch(() => {})
  }
  if (lines.length > 0) process.stderr.write(lines.join('\n') + '\n')
  return lines.length > 0 ? 2 : 0
}

/** Messages that are not lint findings but failures: unreadable file, bad configuration, parse error. */
const isFailure = (message: VFile['messages'][number]): boolean => message.fatal === true && message.source !== 'kutip'

/** Files named on the command line that an ignore file or pattern left out (folders and globs may skip them quietly). */
function ignoredNamedFiles(named: string[], files: VFile[], cwd: string): string[] {
  if (named.length === 0) return []
  const linted = new Set(files.filter((file) => file.path).map((file) => path.resolve(file.cwd, file.path)))
  return named.filter((file) => !linted.has(path.resolve(cwd, file))).map((file) => failureLine(file, say('cli.lint.ignored')))
}

/** `--sources` texts for the verification rules, read like every input (one problem line each). */
async function readSourceTexts(paths: string[], problems: Problems): Promise<Array<{id: string; text: string}>> {
  const sources: Array<{id: string; text: string}> = []
  for (const source of paths) {
    const read = await readInput(source)
    if ('problem' in read) problems.report(source, say('cli.lint.source-unreadable', {problem: read.problem}))
    else sources.push({id: source, text: read.text})
  }
  return sources
}

/** `--print-config FILE`: the effective configuration as JSON on stdout; a broken configuration is one line, exit 2. */
async function printConfig(file: string, options: Parsed): Promise<number> {
  let text: string
  try {
    text = await effectiveConfig(file, {rcPath: options.rcPath, detectConfig: options.detectConfig, rules: options.rules})
  } catch (error) {
    process.stderr.write(failureLine(file, (error as Error).message.split('\n')[0]!) + '\n')
    return 2
  }
  const out = await openOutput(options.output)
  await out.write(text)
  await out.close()
  return 0
}

async function watch(options: Parsed): Promise<number> {
  const {watch: chokidarWatch} = await import('chokidar')
  let code = await once(options, false)
  const watcher = chokidarWatch(options.files, {ignoreInitial: true})
  process.stderr.write(`kutip lint: ${say('cli.lint.watching')}\n`)
  let running = Promise.resolve()
  const rerun = (changed: string) => {
    running = running.then(async () => {
      code = await once({...options, files: [changed], fix: false}, false)
    })
  }
  watcher.on('change', rerun)
  watcher.on('add', rerun)
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => {
      void watcher.close().then(() => resolve())
    })
  })
  return code
}

export async function run(argv: string[]): Promise<number> {
  let options: Parsed
  try {
    options = parseArguments(argv)
  } catch (error) {
    if (error instanceof UsageError) return usageError('lint', error.message)
    throw error
  }
  if (options.help) {
    process.stdout.write(help + '\n')
    return 0
  }
  if (options.printConfig !== undefined) return printConfig(options.printConfig, options)
  const stdin = options.files.length === 0 || (options.files.length === 1 && options.files[0] === '-')
  if (stdin) {
    options.files = []
    if (process.stdin.isTTY) {
      process.stderr.write(`kutip lint: ${say('cli.lint.no-input')}\n`)
      return 2
    }
    if (options.watch) {
      process.stderr.write(`kutip lint: ${say('cli.lint.watch-stdin')}\n`)
      return 2
    }
  }
  if (options.watch) return watch(options)
  // Ctrl-C: every file already fixed is whole (each is renamed into place), the others untouched.
  const stop = (signal: NodeJS.Signals) => {
    process.stderr.write(`kutip lint: ${say(options.fix ? 'cli.lint.interrupted-fix' : 'cli.lint.interrupted', {signal})}\n`)
    process.exit(128 + osConstants.signals[signal])
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  try {
    return await once(options, stdin)
  } finally {
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
}
