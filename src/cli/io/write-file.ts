/**
 * The one way kutip writes a file (`-o`, `lint --fix`): into a temporary
 * file next to the target, flushed to disk, then renamed over the target in
 * one step. A reader sees the old file or the new one, never half of either;
 * a failure (a full disk, a crash, Ctrl-C) leaves the target as it was.
 *
 *   const file = await AtomicFile.open('out.jsonl')    // the target is not touched yet
 *   await file.write(bytes)                             // into the temporary file
 *   await file.commit()                                 // fsync, rename over the target
 *   // or: await file.abort()                          // temporary file removed, target untouched
 *
 *   await replaceFile('draft.txt', bytes, {expect: identityRead})   // lint --fix
 *
 * - The temporary file is `.NAME.kutip-PID-RANDOM.tmp` in the target's folder
 *   (a rename never crosses file systems; dot-files are skipped by folder walks).
 * - An existing target keeps its permission bits and, where allowed, its owner.
 * - A target that is a symbolic link: the file it points to is replaced, the
 *   link stays a link.
 * - A target with several hard links is refused (replacing it would split it
 *   from its other names); so is a folder.
 * - A target that is not a regular file (`/dev/null`, a FIFO) cannot be
 *   replaced: it is written directly.
 * - `expect`: the identity of the file as it was read; when the file changed
 *   on disk since (an editor saved it), it is not overwritten.
 *
 * - A temporary file still open when the process exits (`process.exit` on a
 *   signal) is removed by an 'exit' handler.
 *
 * Every failure is a `WriteError` with a one-line problem naming no stack.
 */
import {randomBytes} from 'node:crypto'
import {unlinkSync, type Stats} from 'node:fs'
import {chmod, chown, lstat, open, readlink, realpath, rename, stat, unlink, type FileHandle} from 'node:fs/promises'
import path from 'node:path'
import {describeError} from './problems.ts'
import {say} from './locale.ts'

export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
    /** The system's error code (ENOSPC, EPIPE …), when there was one. */
    readonly code?: string
  ) {
    super(`${path}: ${problem}`)
    this.name = 'WriteError'
  }
}

/** A WriteError for `path` from what fs threw. */
export function writeError(path: string, error: unknown): WriteError {
  return error instanceof WriteError ? error : new WriteError(path, describeError(error), (error as NodeJS.ErrnoException)?.code)
}

/** What identifies a file on disk and what a rewrite must keep. */
export interface FileIdentity {
  dev: number
  ino: number
  mode: number
  nlink: number
  uid: number
  gid: number
  size: number
  mtimeMs: number
}

export function identityOf(stats: Stats): FileIdentity {
  const {dev, ino, mode, nlink, uid, gid, size, mtimeMs} = stats
  return {dev, ino, mode, nlink, uid, gid, size, mtimeMs}
}

/** The same file (device and inode), whatever the names. */
export function sameFile(a: Pick<FileIdentity, 'dev' | 'ino'>, b: Pick<FileIdentity, 'dev' | 'ino'>): boolean {
  return a.dev === b.dev && a.ino === b.ino
}

/** The same file with the same content as far as the file system tells (size and modification time). */
function unchanged(now: FileIdentity, before: FileIdentity): boolean {
  return sameFile(now, before) && now.size === before.size && now.mtimeMs === before.mtimeMs
}

interface Target {
  /** The path actually replaced (a symbolic link resolved). */
  real: string
  existing?: Stats
}

async function resolveTarget(given: string): Promise<Target> {
  const absolute = path.resolve(given)
  let existing: Stats | undefined
  try {
    existing = await stat(absolute)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw writeError(given, error)
  }
  // A device or FIFO (`-o /dev/stdout`) is written where it is, a folder refused: no link to resolve.
  if (existing && !existing.isFile()) return {real: absolute, existing}
  try {
    if (!(await lstat(absolute)).isSymbolicLink()) return {real: absolute, existing}
    // A link to a file: replace the file, keep the link. A dangling link: create what it points to.
    return {real: existing ? await realpath(absolute) : path.resolve(path.dirname(absolute), await readlink(absolute)), existing}
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {real: absolute}
    throw writeError(given, error)
  }
}

/** Why this existing target cannot be replaced, or '' when it can. */
function refusal(existing: Stats): string {
  if (existing.isDirectory()) return say('cli.errno.eisdir')
  if (existing.isFile() && existing.nlink > 1) return say('cli.hard-links', {count: existing.nlink})
  return ''
}

/** Temporary files not yet renamed or removed, removed if the process exits first. */
const pending = new Set<string>()
let exitHandler = false

function track(temporary: string): void {
  pending.add(temporary)
  if (exitHandler) return
  exitHandler = true
  process.once('exit', () => {
    for (const file of pending) {
      try {
        unlinkSync(file)
      } catch {
        // already gone
      }
    }
  })
}

export class AtomicFile {
  #handle: FileHandle | undefined
  #done = false

  private constructor(
    /** The path as the user gave it (for messages). */
    readonly path: string,
    readonly target: Target,
    /** The temporary file, or undefined when the target is written directly (a device, a FIFO). */
    readonly temporary: string | undefined,
    handle: FileHandle
  ) {
    this.#handle = handle
    if (temporary !== undefined) track(temporary)
  }

  /** Creates the temporary file (or opens a device target); throws WriteError. */
  static async open(given: string): Promise<AtomicFile> {
    const target = await resolveTarget(given)
    if (target.existing) {
      const problem = refusal(target.existing)
      if (problem) throw new WriteError(given, problem)
      if (!target.existing.isFile()) {
        try {
          return new AtomicFile(given, target, undefined, await open(target.real, 'w'))
        } catch (error) {
          throw writeError(given, error)
        }
      }
    }
    const temporary = path.join(path.dirname(target.real), `.${path.basename(target.real)}.kutip-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
    try {
      // A new file gets the usual permissions (0666 less the umask); a replaced one gets its own in commit().
      return new AtomicFile(given, target, temporary, await open(temporary, 'wx', target.existing ? 0o600 : 0o666))
    } catch (error) {
      throw writeError(given, error)
    }
  }

  /** Appends to the temporary file; throws WriteError (the caller then aborts). */
  async write(data: string | Uint8Array): Promise<void> {
    if (!this.#handle) throw new WriteError(this.path, say('cli.written-after-close'))
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
      for (let offset = 0; offset < bytes.length; ) {
        const {bytesWritten} = await this.#handle.write(bytes, offset, bytes.length - offset)
        offset += bytesWritten
      }
    } catch (error) {
      throw writeError(this.path, error)
    }
  }

  /**
   * Flushes and renames the temporary file over the target. `expect`: the
   * target's identity when it was read; a target that changed since is left alone.
   */
  async commit(expect?: FileIdentity): Promise<void> {
    if (this.#done) return
    const handle = this.#handle!
    try {
      if (this.temporary === undefined) {
        await handle.close()
        this.#handle = undefined
        this.#done = true
        return
      }
      await handle.sync()
      await handle.close()
      this.#handle = undefined
      const existing = this.target.existing
      if (existing) {
        await chmod(this.temporary, existing.mode & 0o7777)
        if (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.()) {
          await chown(this.temporary, existing.uid, existing.gid).catch(() => {}) // only root may give a file away
        }
      }
      if (expect) {
        const now = await stat(this.target.real).catch(() => undefined)
        if (!now || !unchanged(identityOf(now), expect)) {
          throw new WriteError(this.path, say('cli.changed-on-disk'))
        }
      }
      await rename(this.temporary, this.target.real)
      pending.delete(this.temporary)
      this.#done = true
      await syncFolder(path.dirname(this.target.real))
    } catch (error) {
      await this.abort()
      throw writeError(this.path, error)
    }
  }

  /** Removes the temporary file; the target is left as it was. Never throws. */
  async abort(): Promise<void> {
    if (this.#done) return
    this.#done = true
    await this.#handle?.close().catch(() => {})
    this.#handle = undefined
    if (this.temporary !== undefined) {
      await unlink(this.temporary).catch(() => {})
      pending.delete(this.temporary)
    }
  }
}

/** Makes the rename itself durable; not every system allows opening a folder, so failures are ignored. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch {
    // best effort
  } finally {
    await handle?.close().catch(() => {})
  }
}

/** Replaces `target` with `bytes` through a temporary file (see above); throws WriteError. */
export async function replaceFile(target: string, bytes: Uint8Array, options: {expect?: FileIdentity} = {}): Promise<void> {
  const file = await AtomicFile.open(target)
  try {
    await file.write(bytes)
  } catch (error) {
    await file.abort()
    throw error
  }
  await file.commit(options.expect)
}
