/**
 * `report(inputs, options)`: texts, graphs or documents → a report in one of
 * the formats (html, md, json, jsonld, dot). The API behind `kutip report`.
 */
import {buildReport, type ReportSource} from './build.ts'
import {reportDot} from './dot.ts'
import {renderHtml} from './html.ts'
import {reportJson} from './json.ts'
import {reportJsonLd} from './jsonld.ts'
import {renderMarkdown} from './markdown.ts'
import type {CorpusReport, ReportFormat, ReportOptions} from './model.ts'
import {resolveLocale} from '../lang/messages.ts'

export async function report(inputs: ReportSource | ReportSource[], options: ReportOptions = {}): Promise<string> {
  return renderReport(buildReport(inputs, options), options)
}

/** Render a report model already built with `buildReport`. */
export async function renderReport(model: CorpusReport, options: ReportOptions = {}): Promise<string> {
  const format: ReportFormat = options.format ?? 'html'
  switch (format) {
    case 'html':
      return renderHtml(model, options)
    case 'md':
      return renderMarkdown(model, resolveLocale(options.locale))
    case 'json':
      return JSON.stringify(reportJson(model, options), null, 2) + '\n'
    case 'jsonld':
      return JSON.stringify(reportJsonLd(model, options), null, 2) + '\n'
    case 'dot':
      return reportDot(model, options.locale)
    default:
      throw new TypeError(`kutip: unknown report format '${String(format)}' (use html, md, json, jsonld or dot)`)
  }
}
