/**
 * `kutip lint [paths or globs…]`: check the attributions and quote marks of
 * drafts (plain text, Markdown, HTML), like remark-cli and alex do.
 * Exit codes: 0 clean, 1 lint errors (warnings too with --frail), 2 usage,
 * configuration or I/O errors (one line naming the file and the problem).
 */
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {LintFilesOptions} from '../../lint/engine.ts'
import {lintFilesQuickly} from '../../lint/fast-path.ts'
import {fixFile} from '../../lint/fix-point.ts'
import {validateRules} from '../../lint/preset.ts'
import {reporters} from '../../lint/reporters/index.ts'
import {ruleIds} from '../../lint/rules/index.ts'

export const summary = 'check drafts for broken attributions and quote marks (CI-ready reporters)'

const help = `Usage: kutip lint [paths or globs…] [options]

Checks plain-text (.txt), Markdown (.md) and HTML (.html) drafts. Without
paths, reads stdin (name it with --file-path to choose the format).

Options:
  -r, --report <name>        stylish (default), json, sarif, github
  -q, --quiet                report only files with messages
  -S, --silent               report only errors
  -f, --frail                exit 1 on warnings too
      --fix                  apply the certain fixes (files without fixes are not touched)
      --rule <id=setting>    set a rule: off|info|warn|error or JSON ['error', {…}] (repeatable)
      --sources <path>       verify quotes against this source text (repeatable): misquote, misattributed, unsupported-quote
      --rc-path <path>       use this configuration file
      --ignore-path <path>   use this ignore file (default: .kutipignore)
      --ignore-pattern <g>   ignore files matching this glob (repeatable)
      --no-config            do not look for .kutiprc files
      --no-ignore            do not look for .kutipignore files
      --file-path <path>     name of the document read from stdin
  -w, --watch                lint again when a file changes
      --color / --no-color   colour the stylish report (default: when a terminal)
      --verbose              show notes with the stylish report
  -h, --help                 this help

Configuration (.kutiprc, .kutiprc.json, .kutiprc.yml, .kutiprc.js, package.json "kutip"):
  {"rules": {"quote-style": ["warn", {"preferred": "smart"}], "non-neutral-cue": "off"}}

Rules: ${ruleIds.join(', ')}
In a draft: <!-- kutip disable rule --> / enable / ignore (Markdown, HTML), or a line
"kutip-disable rule" (plain text).

Exit codes: 0 clean, 1 lint errors (warnings too with --frail), 2 usage, config or I/O error.`

class UsageError extends Error {}

interface Parsed {
  files: string[]
  report: string
  quiet: boolean
  silent: boolean
  frail: boolean
  fix: boolean
  watch: boolean
  color: boolean
  verbose: boolean
  rules: Record<string, unknown>
  sources: string[]
  rcPath?: string
  ignorePath?: string
  ignorePatterns: string[]
  detectConfig: boolean
  detectIgnore: boolean
  filePath?: string
  help: boolean
}

function parseRule(value: string): [string, unknown] {
  const at = value.indexOf('=')
  if (at <= 0) throw new UsageError(`--rule expects id=setting, got \`${value}\``)
  const id = value.slice(0, at).trim()
  const raw = value.slice(at + 1).trim()
  let setting: unknown = raw
  if (raw.startsWith('[') || raw.startsWith('{')) {
    try {
      setting = JSON.parse(raw)
    } catch {
      throw new UsageError(`--rule ${id}: cannot parse \`${raw}\` as JSON`)
    }
  }
  return [id, setting]
}

export function parseArguments(argv: string[]): Parsed {
  const parsed: Parsed = {
    files: [],
    report: 'stylish',
    quiet: false,
    silent: false,
    frail: false,
    fix: false,
    watch: false,
    color: Boolean(process.stderr.isTTY),
    verbose: false,
    rules: {},
    sources: [],
    ignorePatterns: [],
    detectConfig: true,
    detectIgnore: true,
    help: false
  }
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]
    const [flag, inline] = argument.startsWith('--') && argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined]
    const value = (): string => {
      if (inline !== undefined) return inline
      const next = argv[++index]
      if (next === undefined) throw new UsageError(`${flag} expects a value`)
      return next
    }
    switch (flag) {
      case '-h':
      case '--help': parsed.help = true; break
      case '-r':
      case '--report': parsed.report = value(); break
      case '-q':
      case '--quiet': parsed.quiet = true; break
      case '-S':
      case '--silent': parsed.silent = true; break
      case '-f':
      case '--frail': parsed.frail = true; break
      case '--fix': parsed.fix = true; break
      case '-w':
      case '--watch': parsed.watch = true; break
      case '--color': parsed.color = true; break
      case '--no-color': parsed.color = false; break
      case '--verbose': parsed.verbose = true; break
      case '--rule': {
        const [id, setting] = parseRule(value())
        parsed.rules[id] = setting
        break
      }
      case '--sources': parsed.sources.push(value()); break
      case '--rc-path': parsed.rcPath = value(); break
      case '--ignore-path': parsed.ignorePath = value(); break
      case '--ignore-pattern': parsed.ignorePatterns.push(...value().split(',')); break
      case '--no-config': parsed.detectConfig = false; break
      case '--no-ignore': parsed.detectIgnore = false; break
      case '--file-path':
      case '--stdin-filepath': parsed.filePath = value(); break
      default:
        if (argument.startsWith('-') && argument !== '-') throw new UsageError(`unknown option \`${argument}\` (see kutip lint --help)`)
        parsed.files.push(argument)
    }
  }
  if (!(parsed.report in reporters)) throw new UsageError(`unknown reporter \`${parsed.report}\` (known: ${Object.keys(reporters).join(', ')})`)
  try {
    validateRules(parsed.rules)
  } catch (error) {
    throw new UsageError(`--rule: ${(error as Error).message}`)
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

async function once(options: Parsed, stdin: boolean): Promise<number> {
  const engineOptions: LintFilesOptions = {
    files: options.files,
    rules: Object.keys(options.rules).length > 0 ? options.rules : undefined,
    rcPath: options.rcPath,
    ignorePath: options.ignorePath,
    ignorePatterns: options.ignorePatterns,
    detectConfig: options.detectConfig,
    detectIgnore: options.detectIgnore,
    streamIn: stdin ? process.stdin : undefined,
    filePath: options.filePath
  }
  if (options.sources.length > 0) {
    try {
      engineOptions.sources = await Promise.all(options.sources.map(async (source) => ({id: source, text: await readFile(source, 'utf8')})))
    } catch (error) {
      const failure = error as NodeJS.ErrnoException
      process.stderr.write(`kutip lint: ${failure.path ?? 'source'}: cannot read the source (${failure.code ?? failure.message})\n`)
      return 2
    }
  }
  let files: VFile[]
  try {
    // unified-engine is loaded only when the quick path cannot do the job (folders, globs, ignore files …).
    files = (await lintFilesQuickly(engineOptions)) ?? (await (await import('../../lint/engine.ts')).lintFiles(engineOptions))
  } catch (error) {
    process.stderr.write(`kutip lint: ${String((error as Error).message ?? error).split('\n')[0]}\n`)
    return 2
  }

  const broken = failures(files)
  if (options.fix) {
    for (const file of files) {
      const fixed = await fixFile(file)
      if (fixed === undefined) continue
      if (stdin && !file.path) process.stdout.write(fixed)
      else if (file.path) {
        try {
          await writeFile(path.resolve(file.cwd, file.path), fixed)
        } catch (error) {
          broken.push(`kutip lint: ${file.path}: cannot write the fixed file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
        }
      }
    }
  }

  // Failures are told on one line each, not through the reporter.
  const isFailure = (message: VFile['messages'][number]) => message.fatal === true && message.source !== 'kutip'
  const reported = files.filter((file) => !file.messages.some(isFailure))
  const reporter = reporters[options.report]
  const report = reporter(reported, {quiet: options.quiet, silent: options.silent, color: options.color, verbose: options.verbose})
  const machine = options.report !== 'stylish'
  if (report) (machine ? process.stdout : process.stderr).write(report)
  if (broken.length > 0) {
    process.stderr.write(broken.join('\n') + '\n')
    return 2
  }
  const findings = files.flatMap((file) => file.messages.filter((message) => message.source === 'kutip' || message.fatal !== true))
  if (findings.some((message) => message.fatal === true)) return 1
  if (options.frail && findings.some((message) => message.fatal === false)) return 1
  return 0
}

async function watch(options: Parsed): Promise<number> {
  const {watch: chokidarWatch} = await import('chokidar')
  let code = await once(options, false)
  const watcher = chokidarWatch(options.files, {ignoreInitial: true})
  process.stderr.write('kutip lint: watching (Ctrl-C to stop)\n')
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
    if (error instanceof UsageError) {
      process.stderr.write(`kutip lint: ${error.message}\n`)
      return 2
    }
    throw error
  }
  if (options.help) {
    process.stdout.write(help + '\n')
    return 0
  }
  const stdin = options.files.length === 0 || (options.files.length === 1 && options.files[0] === '-')
  if (stdin) {
    options.files = []
    if (process.stdin.isTTY) {
      process.stderr.write('kutip lint: no paths given and nothing on stdin (see kutip lint --help)\n')
      return 2
    }
    if (options.watch) {
      process.stderr.write('kutip lint: --watch needs paths, not stdin\n')
      return 2
    }
  }
  if (options.watch) return watch(options)
  return once(options, stdin)
}
