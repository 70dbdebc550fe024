/**
 * The report as plain JSON: the report model (totals, shares, rankings, and
 * per article provenance, quote rows, speakers, counts) plus each article's
 * attribution graph, for scripts and dashboards.
 */
import type {CorpusReport, ReportOptions} from './model.ts'

/** Bumped when a field of the JSON report is renamed or removed. */
export const jsonReportVersion = 1

export function reportJson(report: CorpusReport, options: ReportOptions = {}): Record<string, unknown> {
  return {
    kutipReport: jsonReportVersion,
    title: report.title,
    generated: report.generated,
    totals: report.totals,
    shares: report.shares,
    topSpeakers: report.topSpeakers,
    topOutlets: report.topOutlets,
    articles: report.articles.map((article) => ({
      ...article,
      text: options.includeText === false ? null : article.text
    }))
  }
}
