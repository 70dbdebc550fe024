/**
 * Where a command writes its results: stdout (also for `-o -` and
 * `-o /dev/stdout`), or only the file named by `--output`, written the one
 * safe way (write-file.ts: a temporary file, renamed over the target when
 * the run ends well).
 *
 *   const out = await openOutput(values.output, {inputs: positionals, stdin})   // throws OutputError naming the path
 *   await out.write(line + '\n', 1)     // waits when the consumer is slow (backpressure); 1 record done
 *   await out.close()                   // stdout flushed and checked; a file renamed over its target
 *   // or: await out.abort()            // a failed run: the target is left exactly as it was
 *
 * - `--output` never names an input: the same path or the same file (device
 *   and inode: a hard link, a symbolic link, or stdin redirected from it) is
 *   refused before anything is read; `refuseOutput(out, path, identity)`
 *   ends the run when a command meets it later (inside a folder).
 * - Every write to stdout is checked: a full disk (ENOSPC) or any other
 *   error becomes an OutputError ('stdout', one line). A reader that went
 *   away (EPIPE: `kutip … | head`) is not an error: writes stop quietly and
 *   `out.closed` becomes true so the command can stop early.
 */
import {fstatSync} from 'node:fs'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {describeError} from './problems.ts'
import {say} from './locale.ts'
import {AtomicFile, identityOf, sameFile, WriteError, writeError, type FileIdentity} from './write-file.ts'

export interface Output {
  /** Writes; `records`: how many whole records (documents, lines) this write completes. */
  write(text: string | Uint8Array, records?: number): Promise<void>
  /** Ends the output: stdout flushed and checked, a file put in place. Throws OutputError. */
  close(): Promise<void>
  /** Ends a failed run: a file's target is left as it was (stdout: what was written stays). */
  abort(): Promise<void>
  /** The reader went away (EPIPE): stop producing. */
  readonly closed: boolean
  /** Records written so far. */
  readonly records: number
  /** `--output`, or undefined for stdout. */
  readonly path: string | undefined
  /** Is this file (as read) the output file? Then it must not be an input. */
  isTarget(identity: Pick<FileIdentity, 'dev' | 'ino'> | undefined): boolean
}

/** A path and a one-line problem: writing an output fails the way writing any file does. */
export {WriteError as OutputError}

export interface OutputOptions {
  /** The command's input arguments (files, folders, globs, '-'): none may be the output file. */
  inputs?: readonly string[]
  /** The command reads stdin: it may not be redirected from the output file. */
  stdin?: boolean
}

/** Names of stdout itself: written through process.stdout (opening /dev/stdout fails when it is a socket). */
const stdoutNames = new Set(['-', '/dev/stdout', '/proc/self/fd/1', '/dev/fd/1'])

export async function openOutput(file?: string, options: OutputOptions = {}): Promise<Output> {
  if (file === undefined || stdoutNames.has(file)) return stdoutOutput()
  const target = await targetIdentity(file)
  await refuseInputs(file, target, options)
  let atomic: AtomicFile
  try {
    atomic = await AtomicFile.open(file)
  } catch (error) {
    throw writeError(file, error)
  }
  let records = 0
  let closed = false
  return {
    path: file,
    /** A FIFO or device written directly (`-o /dev/stdout`) whose reader left: quiet, as on stdout. */
    get closed() {
      return closed
    },
    get records() {
      return records
    },
    isTarget: (identity) => target !== undefined && identity !== undefined && sameFile(identity, target),
    async write(text, count = 0) {
      if (closed) return
      try {
        await atomic.write(text)
      } catch (error) {
        if ((error as WriteError).code === 'EPIPE') {
          closed = true
          return
        }
        await atomic.abort()
        throw writeError(file, error)
      }
      records += count
    },
    async close() {
      try {
        await atomic.commit()
      } catch (error) {
        if (!closed) throw writeError(file, error)
      }
    },
    abort: () => atomic.abort()
  }
}

/** Message used when `-o` names an input. */
export function inputRefusal(input: string): string {
  return say('cli.input-refusal', {input})
}

/** Throws the OutputError that ends the run when the input just read at `input` is the output file. */
export function refuseOutput(out: Output, input: string, identity: FileIdentity | undefined): void {
  if (out.isTarget(identity)) throw new WriteError(out.path!, inputRefusal(input))
}

/** The regular file at `file` (a device or FIFO such as /dev/stdout is no input's twin), or undefined. */
async function targetIdentity(file: string): Promise<FileIdentity | undefined> {
  try {
    const info = await stat(file)
    return info.isFile() ? identityOf(info) : undefined
  } catch {
    return undefined
  }
}

async function refuseInputs(file: string, target: FileIdentity | undefined, {inputs = [], stdin = false}: OutputOptions): Promise<void> {
  const resolved = path.resolve(file)
  for (const input of inputs) {
    if (input === '-') continue
    if (path.resolve(input) === resolved) throw new WriteError(file, inputRefusal(input))
    if (!target) continue
    const identity = await targetIdentity(input)
    if (identity && sameFile(identity, target)) throw new WriteError(file, inputRefusal(input))
  }
  if ((stdin || inputs.includes('-')) && target) {
    let fd0: FileIdentity | undefined
    try {
      fd0 = identityOf(fstatSync(0))
    } catch {
      fd0 = undefined
    }
    if (fd0 && sameFile(fd0, target)) throw new WriteError(file, inputRefusal(say('cli.stdin-redirected')))
  }
}


/**
 * What happened to stdout, seen by one 'error' listener installed once
 * (`guardStdout`): several listeners would each report the same failure, and
 * none would let Node print a stack trace and exit 1.
 */
const stdoutState: {closed: boolean; failure: WriteError | undefined} = {closed: false, failure: undefined}
let guarded = false

/** Installs the stdout and stderr error listeners (idempotent). A failed stderr is ignored: there is nowhere left to say so. */
export function guardStdout(): void {
  if (guarded) return
  guarded = true
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') stdoutState.closed = true
    else stdoutState.failure ??= new WriteError('stdout', describeError(error))
  })
  process.stderr.on('error', () => {})
}

/** The failure stdout met so far, if any (for commands that end without an Output). */
export function stdoutFailure(): WriteError | undefined {
  return stdoutState.failure
}

function stdoutOutput(): Output {
  guardStdout()
  const stream = process.stdout
  let records = 0
  const check = () => {
    if (stdoutState.failure) throw stdoutState.failure
  }
  return {
    path: undefined,
    get closed() {
      return stdoutState.closed
    },
    get records() {
      return records
    },
    isTarget: () => false,
    async write(text, count = 0) {
      check()
      if (stdoutState.closed) return
      if (!stream.write(text)) await drained(stream)
      check()
      records += count
    },
    async close() {
      // Never end process.stdout; wait until what was written is flushed, then look at how it went.
      if (!stdoutState.closed && !stdoutState.failure) await flushed(stream)
      check()
    },
    async abort() {}
  }
}

/** Resolves once everything written before is out (or failed: the guard records why). */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed) return resolve()
    stream.write('', () => setImmediate(resolve))
  })
}

/** Resolves on 'drain', 'close' or 'error' (the guard's 'error' listener records what an error means), leaving no listener behind. */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done)
      stream.off('close', done)
      stream.off('error', done)
      resolve()
    }
    stream.on('drain', done)
    stream.on('close', done)
    stream.on('error', done)
  })
}
