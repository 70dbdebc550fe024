/**
 * `kutip <command> …`: dispatches to `src/cli/commands/<command>.ts`, each of
 * which exports `run(argv: string[]): Promise<number>` (the exit code) and
 * `summary` (one line for the help text).
 */
import {readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import path from 'node:path'
import {guardStdout, stdoutFailure} from './io/output.ts'
import {formatProblem} from './io/problems.ts'
import {closestName} from './io/args.ts'
import {chooseLocale, say} from './io/locale.ts'
import {isMessageKey} from '../lang/messages.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const commandsDir = path.join(here, 'commands')
/** '.ts' when running the sources through tsx, '.js' when running the build in dist/. */
const extension = path.extname(fileURLToPath(import.meta.url))

interface Command {
  run(argv: string[]): Promise<number>
  summary: string
}

function commandNames(): string[] {
  return readdirSync(commandsDir)
    .filter((name) => name.endsWith(extension) && !name.endsWith('.d.ts'))
    .map((name) => name.slice(0, -extension.length))
    .sort()
}

async function load(name: string): Promise<Command> {
  return (await import(path.join(commandsDir, name + extension))) as Command
}

/** A command's one line in the run's locale (`cli.command.<name>`), else its own `summary` (a command the catalogs do not know yet). */
function commandSummary(name: string, command: Command): string {
  const key = `cli.command.${name}`
  return isMessageKey(key) ? say(key) : command.summary
}

async function help(): Promise<string> {
  const lines = [say('cli.usage'), '', say('cli.commands')]
  for (const name of commandNames()) {
    const command = await load(name)
    lines.push('  ' + name.padEnd(10) + commandSummary(name, command))
  }
  lines.push('', say('cli.help-hint'))
  return lines.join('\n')
}

export async function main(argv: string[]): Promise<number> {
  // A closed or full stdout is one line (or, for a reader that left, nothing), never a stack trace.
  guardStdout()
  // Before anything is said: --locale, the configuration's locale, or the environment's (src/cli/io/locale.ts).
  const badLocale = await chooseLocale(argv)
  if (badLocale !== undefined) {
    process.stderr.write(`kutip: ${badLocale}\n`)
    return 2
  }
  const code = await dispatch(argv)
  // Commands check their own writes; this catches the rest (help text …) before saying "done".
  await new Promise((resolve) => setImmediate(resolve))
  const failure = stdoutFailure()
  if (failure && code === 0) {
    process.stderr.write(formatProblem(failure.path, failure.problem) + '\n')
    return 2
  }
  return code
}

async function dispatch(argv: string[]): Promise<number> {
  // `kutip --locale id <command> …`: a locale before the command is the run's (chosen already), not a command.
  let start = 0
  while (argv[start] === '--locale' || argv[start]?.startsWith('--locale=')) start += argv[start] === '--locale' ? 2 : 1
  const [name, ...rest] = argv.slice(start)
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write((await help()) + '\n')
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-v') {
    const {version} = await import('../version.ts')
    process.stdout.write(version + '\n')
    return 0
  }
  if (!commandNames().includes(name)) {
    const suggestion = closestName(name, commandNames())
    const problem = suggestion === undefined ? say('cli.unknown-command', {name, known: commandNames().join(', ')}) : say('cli.unknown-command-guess', {name, suggestion})
    process.stderr.write(`kutip: ${problem}\n`)
    return 2
  }
  const command = await load(name)
  return command.run(rest)
}
