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

async function help(): Promise<string> {
  const lines = ['Usage: kutip <command> [options]', '', 'Commands:']
  for (const name of commandNames()) {
    const command = await load(name)
    lines.push('  ' + name.padEnd(10) + command.summary)
  }
  lines.push('', 'Run `kutip <command> --help` for the options of one command.')
  return lines.join('\n')
}

export async function main(argv: string[]): Promise<number> {
  // A closed or full stdout is one line (or, for a reader that left, nothing), never a stack trace.
  guardStdout()
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
  const [name, ...rest] = argv
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
    process.stderr.write(`kutip: unknown command '${name}' (known: ${commandNames().join(', ')})\n`)
    return 2
  }
  const command = await load(name)
  return command.run(rest)
}
