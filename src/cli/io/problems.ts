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
    this.#sink(formatProblem(path, 'warning: ' + problem))
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

const errnoText: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a path component is not a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
  EFBIG: 'file too large',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EEXIST: 'file already exists',
  EBADF: 'bad file descriptor',
  ENXIO: 'no such device or address',
  ERR_STRING_TOO_LONG: 'file too large to hold as one string'
}

/** Short problem text for an error thrown by fs or by decoding. */
export function describeError(error: unknown): string {
  if (error && typeof error === 'object') {
    const code = (error as {code?: unknown}).code
    if (typeof code === 'string' && code in errnoText) return errnoText[code]!
    const message = (error as {message?: unknown}).message
    if (typeof message === 'string' && message) return message.replace(/^[A-Z]+: /, '')
  }
  return String(error)
}
