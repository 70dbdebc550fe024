/**
 * Problems with inputs, reported the way every kutip command reports them:
 * one line `kutip: <path>: <problem>` on stderr per problem, and the exit
 * code 2 at the end of the run (the other inputs are still processed).
 *
 *   const problems = new Problems()
 *   problems.report('draft.txt', 'no such file or directory')  // error → exit 2
 *   problems.warn('old.txt', 'invalid UTF-8 at byte 12, …')    // note, exit code unchanged
 *   return problems.exitCode(0)
 *
 * `describeError(error)` turns a Node fs error (ENOENT, EACCES, EISDIR, …)
 * into the short lower-case problem text used in those lines.
 */
import type {MessageKey} from '../../lang/messages.ts'
import {say} from './locale.ts'

export type ProblemSink = (line: string) => void

const writeStderr: ProblemSink = (line) => {
  process.stderr.write(line + '\n')
}

export class Problems {
  /** Number of errors reported so far (warnings not counted). */
  errors = 0
  readonly #sink: ProblemSink

  constructor(sink: ProblemSink = writeStderr) {
    this.#sink = sink
  }

  /** An input that could not be processed: exit code 2 at the end. */
  report(path: string, problem: string): void {
    this.errors++
    this.#sink(formatProblem(path, problem))
  }

  /** Something the user should know that did not stop the input (e.g. bytes replaced while decoding). */
  warn(path: string, problem: string): void {
    this.#sink(formatProblem(path, say('cli.warning', {problem})))
  }

  /** `code` when nothing went wrong, else 2. */
  exitCode(code = 0): number {
    return this.errors > 0 ? 2 : code
  }
}

/** `kutip: <path>: <problem>`, on one line whatever the path or problem contain. */
export function formatProblem(path: string, problem: string): string {
  return `kutip: ${oneLine(path)}: ${oneLine(problem)}`
}

function oneLine(value: string): string {
  // Control characters (a file name may contain a newline) would break the one-line contract.
  return value.replace(/[\u0000-\u001F\u007F]/g, (char) => '\\x' + char.charCodeAt(0).toString(16).padStart(2, '0'))
}

/** The catalog key of each error code told in words (src/lang/<locale>/messages.ts). */
const errnoText: Record<string, MessageKey> = {
  ENOENT: 'cli.errno.enoent',
  EACCES: 'cli.errno.eacces',
  EPERM: 'cli.errno.eperm',
  EISDIR: 'cli.errno.eisdir',
  ENOTDIR: 'cli.errno.enotdir',
  ELOOP: 'cli.errno.eloop',
  EMFILE: 'cli.errno.emfile',
  ENAMETOOLONG: 'cli.errno.enametoolong',
  EIO: 'cli.errno.eio',
  EFBIG: 'cli.errno.efbig',
  ENOSPC: 'cli.errno.enospc',
  EDQUOT: 'cli.errno.edquot',
  EROFS: 'cli.errno.erofs',
  EEXIST: 'cli.errno.eexist',
  EBADF: 'cli.errno.ebadf',
  ENXIO: 'cli.errno.enxio',
  ERR_STRING_TOO_LONG: 'cli.errno.string-too-long'
}

/** Short problem text for an error thrown by fs or by decoding. */
export function describeError(error: unknown): string {
  if (error && typeof error === 'object') {
    const code = (error as {code?: unknown}).code
    if (typeof code === 'string' && Object.hasOwn(errnoText, code)) return say(errnoText[code]!)
    const message = (error as {message?: unknown}).message
    if (typeof message === 'string' && message) return message.replace(/^[A-Z]+: /, '')
  }
  return String(error)
}
