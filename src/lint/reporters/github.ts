/**
 * `--report github`: GitHub Actions workflow commands, one per message:
 * `::error file=draft.md,line=3,col=5,endLine=3,endColumn=9,title=kutip(quote-punctuation)::message`.
 *
 * Escaping follows the runner (actions/toolkit `command.ts`): the message
 * (command data) escapes `%`, CR and LF; property values escape those and
 * also `:` and `,`, which would otherwise end the value.
 */
import type {VFile} from 'vfile'
import {displayPath, levelOf, regionOf, shown, shownFiles, type ReporterOptions} from './message-fields.ts'

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const commands = {error: 'error', warning: 'warning', info: 'notice'} as const

export function githubReporter(files: VFile[], options: ReporterOptions = {}): string {
  const lines: string[] = []
  for (const file of shownFiles(files, options)) {
    for (const message of shown(file, options)) {
      const region = regionOf(message)
      const properties: Array<[string, string]> = [
        ['file', displayPath(file)],
        ['line', String(region.startLine)],
        ['col', String(region.startColumn)],
        ['endLine', String(region.endLine)],
        ['endColumn', String(region.endColumn)],
        ['title', `${message.source ?? 'kutip'}(${message.ruleId ?? 'message'})`]
      ]
      const body = properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')
      const text = message.url ? `${message.reason} (${message.url})` : message.reason
      lines.push(`::${commands[levelOf(message)]} ${body}::${escapeData(text)}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
