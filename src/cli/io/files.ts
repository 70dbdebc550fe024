/**
 * From command-line arguments to documents, shared by every kutip command
 * that reads drafts (`extract`, `lint`, `verify`, `report`).
 *
 *   for await (const input of listInputs(argv)) {            // argument order
 *     if (input.problem) { problems.report(input.path, input.problem); continue }
 *     const read = await readInput(input.path)               // read-input.ts; '-' is stdin
 *     if ('problem' in read) { problems.report(input.path, read.problem); continue }
 *     for (const warning of read.warnings) problems.warn(input.path, warning)
 *     use(read.text)
 *   }
 *
 * - A file argument is taken whatever its extension (the user named it). A
 *   FIFO, device or socket is refused with one problem line (reading it could
 *   wait forever or never end).
 * - A directory is walked depth-first in code-unit order of names, keeping
 *   files with a draft extension (`draftExtensions`), skipping dot-files,
 *   dot-folders and node_modules. A directory with no draft in it is a problem.
 * - Symbolic links met inside a directory are followed only when they lead
 *   to a file or folder inside that directory, and every folder is walked
 *   once: a link out of the folder (`link -> ../elsewhere`) or back up
 *   (`loop -> ..`) is skipped, so a walk never leaves the folder given and
 *   never loops. A link to a draft the walk reaches anyway is skipped too
 *   (each file is listed once).
 * - An argument that does not exist but contains `*`, `?`, `[` or `{a,b}` is
 *   a glob, matched by globby (fast-glob: braces `drafts/*.{md,html}`, `**`,
 *   classes; files a `.gitignore` lists are left out, as unified-engine
 *   leaves out ignored files); folders it matches are walked as above. `*`
 *   does not match a leading dot, a glob does not enter symbolic links to
 *   folders (a loop would never end), and nothing a link leads to outside
 *   the pattern's fixed folder is taken. A glob matching nothing is a problem, for every command.
 * - An argument starting with `!` (`'!drafts/old/**'`) is a negation: files
 *   found in folders or by globs that it matches are left out (files named
 *   as they are are always read).
 * - Inputs are yielded lazily: a folder of a million drafts is never listed
 *   in memory at once (only one directory's names at a time).
 */
import type {Dirent} from 'node:fs'
import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {globby} from 'globby'
import picomatch from 'picomatch'
import {byCodeUnit, hasGlobMagic, isInside, isSkippedDirectory} from './glob.ts'
import {describeError} from './problems.ts'
import {say} from './locale.ts'

/** Extensions of drafts looked for inside directories. */
export const draftExtensions: readonly string[] = ['.txt', '.text', '.md', '.markdown', '.html', '.htm']

export interface InputEntry {
  /** As the user wrote it (files found in directories: joined to the directory argument). '-' is stdin. */
  path: string
  /** Set when this argument gives no document: one line for stderr. */
  problem?: string
  /** Found inside a folder or by a glob, rather than named as it is. */
  found?: boolean
}

export interface ListOptions {
  /** Extensions kept inside directories (default `draftExtensions`), with the dot, lower case. */
  extensions?: readonly string[]
}

export async function* listInputs(args: readonly string[], options: ListOptions = {}): AsyncGenerator<InputEntry> {
  const extensions = options.extensions ?? draftExtensions
  const negations = args.filter(isNegation).map((arg) => arg.slice(1))
  const excluded = negations.length > 0 ? picomatch(negations, {dot: true}) : undefined
  const kept = (entry: InputEntry): boolean => !excluded || entry.problem !== undefined || !excluded(path.normalize(entry.path))
  for (const arg of args) {
    if (isNegation(arg)) continue
    if (arg === '-') {
      yield {path: '-'}
      continue
    }
    let kind: 'file' | 'directory' | 'other'
    try {
      const info = await stat(arg)
      kind = info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other'
      if (kind === 'other') {
        yield {path: arg, problem: notRegular(info)}
        continue
      }
    } catch (error) {
      const code = (error as {code?: string}).code
      if (code === 'ENOENT' && hasGlobMagic(arg)) {
        let count = 0
        for await (const entry of globInputs(arg, extensions)) {
          if (!kept(entry)) continue
          count++
          yield entry
        }
        if (count === 0) yield {path: arg, problem: say('cli.no-files-match')}
        continue
      }
      yield {path: arg, problem: describeError(error)}
      continue
    }
    if (kind === 'file') yield {path: arg}
    else {
      let count = 0
      for await (const file of walkFolder(arg, extensions)) {
        if (!kept(file)) continue
        count++
        yield file
      }
      if (count === 0) yield {path: arg, problem: say('cli.no-drafts', {extensions: extensions.join(', ')})}
    }
  }
}

/** `!pattern`: leaves out what folders and globs found (a lone `!` is a file name). */
const isNegation = (arg: string): boolean => arg.startsWith('!') && arg.length > 1

/**
 * The files and folders a glob matches (globby: braces, `**`, classes; .gitignore'd files left out), in code-unit order;
 * folders are walked. A symbolic link is taken only when it stays inside the pattern's fixed folder.
 */
async function* globInputs(pattern: string, extensions: readonly string[]): AsyncGenerator<InputEntry> {
  // Matched from the fixed folder (globby reads the .gitignore files there, below it, and above it up to the git root).
  const {base: fixed, glob} = picomatch.scan(pattern)
  const base = fixed || '.'
  let root: string
  try {
    root = await realpath(base)
  } catch {
    return // the fixed folder does not exist: nothing matches
  }
  const matches = await globby(glob, {
    cwd: base,
    onlyFiles: false,
    objectMode: true,
    // A glob never enters a symbolic link to a folder (fast-glob would loop on `self -> .`); folder walks do, inside the folder.
    followSymbolicLinks: false,
    gitignore: true,
    dot: false,
    ignore: ['**/node_modules/**'],
    expandDirectories: false,
    suppressErrors: true
  })
  const seen = new Set<string>()
  for (const found of matches.sort((a, b) => byCodeUnit(a.path, b.path))) {
    const match = fixed ? path.join(fixed, found.path) : found.path
    let kind: 'file' | 'directory' | undefined
    try {
      // Whatever links led here, the match must stay inside the pattern's fixed folder.
      const real = await realpath(match)
      if (!isInside(real, root)) continue
      const info = await stat(real)
      kind = info.isFile() ? 'file' : info.isDirectory() ? 'directory' : undefined
    } catch {
      continue // dangling or a loop of links
    }
    if (kind === 'file' && !seen.has(match)) {
      seen.add(match)
      yield {path: match, found: true}
    } else if (kind === 'directory') {
      for await (const entry of walkFolder(match, extensions)) {
        if (entry.problem === undefined && seen.has(entry.path)) continue
        seen.add(entry.path)
        yield entry
      }
    }
  }
}

/** Why a path that is neither a file nor a folder is not read. */
export function notRegular(info: {isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean}): string {
  const what = info.isFIFO() ? 'fifo' : info.isCharacterDevice() || info.isBlockDevice() ? 'device' : info.isSocket() ? 'socket' : 'other'
  return say('cli.not-regular', {what: say(`cli.not-regular.${what}`)})
}

interface Walk {
  extensions: readonly string[]
  /** Real path of the folder given: links may not lead out of it. */
  root: string
  /** Real paths of the folders walked so far. */
  visited: Set<string>
}

async function* walkFolder(dir: string, extensions: readonly string[]): AsyncGenerator<InputEntry> {
  let root: string
  try {
    root = await realpath(dir)
  } catch (error) {
    yield {path: dir, problem: describeError(error)}
    return
  }
  yield* walkDirectory(dir, root, {extensions, root, visited: new Set([root])})
}

async function* walkDirectory(dir: string, real: string, walk: Walk): AsyncGenerator<InputEntry> {
  let entries: Dirent[]
  try {
    entries = await readdir(dir, {withFileTypes: true})
  } catch (error) {
    yield {path: dir, problem: describeError(error)}
    return
  }
  entries.sort((a, b) => byCodeUnit(a.name, b.name))
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      const realChild = path.join(real, entry.name)
      if (isSkippedDirectory(entry.name) || walk.visited.has(realChild)) continue
      walk.visited.add(realChild)
      yield* walkDirectory(full, realChild, walk)
    } else if (entry.isFile()) {
      if (isDraft(entry.name, walk.extensions)) yield {path: full, found: true}
    } else if (entry.isSymbolicLink() && !entry.name.startsWith('.')) {
      const target = await followable(full, walk)
      if (target?.kind === 'directory') {
        walk.visited.add(target.real)
        yield* walkDirectory(full, target.real, walk)
      } else if (target?.kind === 'file' && isDraft(entry.name, walk.extensions)) yield {path: full, found: true}
    }
  }
}

function isDraft(name: string, extensions: readonly string[]): boolean {
  return !name.startsWith('.') && extensions.includes(path.extname(name).toLowerCase())
}

/** Where a symbolic link met in a walk leads, when the walk should follow it. */
async function followable(link: string, walk: Walk): Promise<{kind: 'file' | 'directory'; real: string} | undefined> {
  let real: string
  let info
  try {
    real = await realpath(link)
    info = await stat(real)
  } catch {
    return undefined // dangling, or a loop of links
  }
  if (!isInside(real, walk.root)) return undefined
  if (info.isDirectory()) return walk.visited.has(real) ? undefined : {kind: 'directory', real}
  if (!info.isFile()) return undefined
  // A draft the walk reaches by its own name is listed there, not twice.
  const segments = path.relative(walk.root, real).split(path.sep)
  const reachedAnyway = segments.slice(0, -1).every((segment) => !isSkippedDirectory(segment)) && isDraft(segments.at(-1)!, walk.extensions)
  return reachedAnyway ? undefined : {kind: 'file', real}
}
