/**
 * `--report json`: one array of files with their messages, without the nlcst
 * ancestors vfile-reporter-json carries (they make a small draft's report megabytes).
 */
import type {VFile} from 'vfile'
import {displayPath, levelOf, regionOf, shown, shownFiles, type ReporterOptions} from './message-fields.ts'

export function jsonReporter(files: VFile[], options: ReporterOptions = {}): string {
  const report = shownFiles(files, options).map((file) => ({
    path: displayPath(file),
    messages: shown(file, options).map((message) => ({
      ruleId: message.ruleId ?? null,
      source: message.source ?? null,
      severity: levelOf(message),
      reason: message.reason,
      ...regionOf(message),
      url: message.url ?? null,
      actual: message.actual ?? null,
      expected: message.expected ?? null,
      note: message.note ?? null
    }))
  }))
  return JSON.stringify(report, null, 2) + '\n'
}
