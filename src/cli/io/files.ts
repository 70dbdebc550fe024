/**
 * From command-line arguments to documents, shared by `kutip extract`, `lint`
 * and `report`.
 *
 *   for await (const input of listInputs(argv)) {            // argument order
 *     if (input.problem) { problems.report(input.path, input.problem); continue }
 *     const read = await readInput(input.path)               // '-' is stdin
 *     if ('problem' in read) { problems.report(input.path, read.problem); continue }
 *     for (const warning of read.warnings) problems.warn(input.path, warning)
 *     use(read.text)
 *   }
 *
 * - A file argument is taken whatever its extension (the user named it).
 * - A directory is walked depth-first in code-unit order of names, keeping
 *   files with a draft extension (`draftExtensions`), skipping dot-folders and
 *   node_modules. A directory with no draft in it is a problem.
 * - An argument that does not exist but contains `*`, `?` or `[` is a glob
 *   (see glob.ts); a glob matching nothing is a problem.
 * - Inputs are yielded lazily: a folder of a million drafts is never listed
 *   in memory at once (only one directory's names at a time).
 */
import {readFile, readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {decodeText} from './decode.ts'
import {byCodeUnit, globFiles, hasGlobMagic, isSkippedDirectory} from './glob.ts'
import {describeError} from './problems.ts'

/** Extensions of drafts looked for inside directories. */
export const draftExtensions: readonly string[] = ['.txt', '.text', '.md', '.markdown', '.html', '.htm']

export interface InputEntry {
  /** As the user wrote it (files found in directories: joined to the directory argument). '-' is stdin. */
  path: string
  /** Set when this argument gives no document: one line for stderr. */
  problem?: string
}

export interface ListOptions {
  /** Extensions kept inside directories (default `draftExtensions`), with the dot, lower case. */
  extensions?: readonly string[]
}

export async function* listInputs(args: readonly string[], options: ListOptions = {}): AsyncGenerator<InputEntry> {
  const extensions = options.extensions ?? draftExtensions
  for (const arg of args) {
    if (arg === '-') {
      yield {path: '-'}
      continue
    }
    let kind: 'file' | 'directory' | 'other'
    try {
      const info = await stat(arg)
      kind = info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other'
    } catch (error) {
      const code = (error as {code?: string}).code
      if (code === 'ENOENT' && hasGlobMagic(arg)) {
        const matches = await globFiles(arg)
        if (matches.length === 0) yield {path: arg, problem: 'no files match this pattern'}
        for (const match of matches) yield {path: match}
        continue
      }
      yield {path: arg, problem: describeError(error)}
      continue
    }
    if (kind === 'file') yield {path: arg}
    else if (kind === 'other') yield {path: arg, problem: 'not a regular file or directory'}
    else {
      let count = 0
      for await (const file of walkDirectory(arg, extensions)) {
        count++
        yield file
      }
      if (count === 0) yield {path: arg, problem: `no drafts in this directory (looked for ${extensions.join(', ')})`}
    }
  }
}

async function* walkDirectory(dir: string, extensions: readonly string[]): AsyncGenerator<InputEntry> {
  let entries
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
      if (!isSkippedDirectory(entry.name)) yield* walkDirectory(full, extensions)
    } else if ((entry.isFile() || entry.isSymbolicLink()) && !entry.name.startsWith('.')) {
      if (extensions.includes(path.extname(entry.name).toLowerCase())) yield {path: full}
    }
  }
}

export type ReadResult = {text: string; warnings: string[]} | {problem: string}

/** Reads and decodes one input ('-' = all of stdin). Never throws. */
export async function readInput(file: string): Promise<ReadResult> {
  let bytes: Uint8Array
  try {
    bytes = file === '-' ? await readAll(process.stdin) : await readFile(file)
  } catch (error) {
    return {problem: describeError(error)}
  }
  try {
    const decoded = decodeText(bytes)
    return 'problem' in decoded ? decoded : {text: decoded.text, warnings: decoded.warnings}
  } catch (error) {
    return {problem: describeError(error)}
  }
}

/** All bytes of a stream. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}
