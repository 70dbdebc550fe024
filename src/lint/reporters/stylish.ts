/**
 * `--report stylish` (the default): vfile-reporter, the reporter of
 * remark-cli, alex and retext — for any number of messages.
 *
 * vfile-reporter spreads the rows of one file into a single `push()` call,
 * which overflows the call stack past some 100k messages (`RangeError`). A
 * file with more messages is handed to it in pieces of 2,000 messages, in
 * the order it would sort them itself, all in one call (so the columns line
 * up and the totals count everything); every piece after the first is named
 * with a marker instead of the file's path, and its heading line is taken out.
 */
import type {VFile} from 'vfile'
import reporter from 'vfile-reporter'
import {compareMessage} from 'vfile-sort'
import type {ReporterOptions} from './message-fields.ts'

/** Messages per piece: well below what one call can take, even with the extra lines of `--verbose`. */
const defaultPiece = 2000
const continued = '\u0000kutip-continued\u0000'

function pieces(file: VFile, silent: boolean, piece: number): VFile[] {
  const messages = silent ? file.messages.filter((message) => message.fatal === true) : file.messages
  if (messages.length <= piece) return [file]
  const sorted = [...messages].sort(compareMessage)
  const result: VFile[] = []
  for (let start = 0; start < sorted.length; start += piece) {
    // vfile-reporter reads these fields only: the heading's name from `history[0]`, the order from `path`.
    const history = start === 0 ? file.history : [continued, ...file.history]
    result.push({path: file.path, history, stored: file.stored, messages: sorted.slice(start, start + piece)} as unknown as VFile)
  }
  return result
}

/** Without the heading lines of continued pieces (and the blank line vfile-reporter puts before each heading). */
function withoutContinuations(report: string): string {
  if (!report.includes(continued)) return report
  const lines: string[] = []
  for (const line of report.split('\n')) {
    if (!line.includes(continued)) lines.push(line)
    else if (lines.at(-1) === '') lines.pop()
  }
  return lines.join('\n')
}

export function stylishReporter(files: VFile[], options: ReporterOptions = {}): string {
  return stylishInPieces(files, options, defaultPiece)
}

/** The stylish report with pieces of `piece` messages (tests use small pieces). */
export function stylishInPieces(files: VFile[], options: ReporterOptions, piece: number): string {
  const all = files.flatMap((file) => pieces(file, options.silent === true, piece))
  const out = reporter(all, {quiet: options.quiet, silent: options.silent, color: options.color, verbose: options.verbose, defaultName: options.defaultName ?? '<stdin>'})
  return out ? withoutContinuations(out) + '\n' : ''
}
