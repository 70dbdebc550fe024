/**
 * What every reporter needs from a vfile message: its level, its place as
 * start/end line and column, and a path relative to the working directory.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export type Level = 'error' | 'warning' | 'info'

export function levelOf(message: VFileMessage): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export interface Region {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}

export function regionOf(message: VFileMessage): Region {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : start
  const startLine = start?.line ?? message.line ?? 1
  const startColumn = start?.column ?? message.column ?? 1
  return {
    startLine,
    startColumn,
    endLine: end?.line ?? startLine,
    endColumn: end?.column ?? startColumn
  }
}

/** The file's path relative to `cwd`, with forward slashes; `<stdin>` without a path. */
export function displayPath(file: VFile, cwd: string = file.cwd): string {
  if (!file.path) return '<stdin>'
  const relative = path.relative(cwd, path.resolve(cwd, file.path))
  return relative.split(path.sep).join('/')
}

export interface ReporterOptions {
  /** Report only files with messages. */
  quiet?: boolean
  /** Report only fatal (error) messages. */
  silent?: boolean
  color?: boolean
  verbose?: boolean
  /** Name for files without a path. */
  defaultName?: string
}

/** The messages a reporter shows under `quiet` / `silent`. */
export function shown(file: VFile, options: ReporterOptions): VFileMessage[] {
  return file.messages.filter((message) => !options.silent || message.fatal === true)
}

export function shownFiles(files: VFile[], options: ReporterOptions): VFile[] {
  return files.filter((file) => !options.quiet || shown(file, options).length > 0)
}
