/**
 * The report as GitHub-flavoured Markdown, for pull-request comments: tables
 * with every cell escaped (pipes, emphasis, HTML, links), a summary first, and
 * for many files one collapsible block per article.
 */
import {escapeMarkdown as m, truncate} from './escape.ts'
import {percent, reportWords, type ReportWords} from './labels.ts'
import type {ArticleReport, CorpusReport, QuoteRow} from './model.ts'
import type {Locale} from '../lang/messages.ts'

/** Characters of per-article detail a corpus Markdown report stays under (room left for the tables above). */
const commentBudget = 60_000

/** The report in Markdown, its labels, kinds, types, credits and verdicts in `locale` (article text and names as they are). */
export function renderMarkdown(report: CorpusReport, locale: Locale = 'en'): string {
  const words = reportWords(locale)
  const t = words.say
  if (report.articles.length === 1) return `## ${m(words.title(report))}\n\n${articleMarkdown(report.articles[0]!, 0, words)}`
  const {totals, shares} = report
  const lines = [
    `## ${m(words.title(report))}`,
    '',
    t('report.md.summary', {
      articles: totals.articles,
      quotes: totals.quotes,
      direct: totals.direct,
      mixed: totals.mixed,
      indirect: totals.indirect,
      speakers: totals.speakers,
      anonymous: percent(shares.anonymous),
      unattributed: percent(shares.unattributed)
    }) +
      (totals.failed ? t('report.md.failed', {count: totals.failed}) : '') +
      (totals.findings ? t('report.md.findings', {count: totals.findings}) : ''),
    ''
  ]
  const verdicts = Object.entries(totals.verdicts)
  if (verdicts.length > 0) lines.push(t('report.md.verification', {counts: verdicts.map(([verdict, count]) => `${words.verdict(verdict)} ${count}`).join(', ')}), '')
  if (report.topSpeakers.length > 0) {
    lines.push(t('report.md.top-speakers'), '', t('report.md.top-speakers-head'), '|--:|---|---|--:|--:|--:|')
    report.topSpeakers.forEach((speaker, index) => lines.push(`| ${index + 1} | ${m(speaker.name)} | ${m(words.type(speaker.type))} | ${speaker.quotes} | ${speaker.direct} | ${speaker.articles} |`))
    lines.push('')
  }
  if (report.topOutlets.length > 0) {
    lines.push(t('report.md.outlets'), '', t('report.md.outlets-head'), '|--:|---|--:|--:|--:|')
    report.topOutlets.forEach((outlet, index) => lines.push(`| ${index + 1} | ${m(outlet.name)} | ${outlet.published} | ${outlet.sourced} | ${outlet.quoted} |`))
    lines.push('')
  }
  const verified = verdicts.length > 0
  lines.push(
    t('report.md.files'),
    '',
    t('report.md.files-head') + (verified ? t('report.md.verdicts-head') : ''),
    '|--:|---|--:|--:|--:|--:|--:|' + (verified ? '---|' : '')
  )
  for (const article of report.articles) {
    const c = article.counts
    const name = m(article.id) + (article.error ? ' — ' + m(article.error) : '')
    const verdictCell = verified ? ` ${Object.entries(c.verdicts).map(([verdict, count]) => `${words.verdict(verdict)} ${count}`).join(', ')} |` : ''
    lines.push(`| ${article.number} | ${name} | ${c.quotes} | ${c.speakers} | ${c.anonymous} | ${c.unattributed} | ${c.findings} |${verdictCell}`)
  }
  lines.push('')
  // Pull-request comments are capped (GitHub: 65,536 characters): the per-article blocks stop before that.
  let length = lines.reduce((sum, line) => sum + line.length + 1, 0)
  let left = 0
  for (const article of report.articles) {
    if (article.quotes.length === 0 && !article.error) continue
    const block = ['<details>', `<summary>${t('report.md.article-summary', {number: article.number, id: m(article.id), count: article.quotes.length})}</summary>`, '', articleMarkdown(article, 200, words), '</details>', '']
    const size = block.reduce((sum, line) => sum + line.length + 1, 0)
    if (left > 0 || length + size > commentBudget) {
      left++
      continue
    }
    lines.push(...block)
    length += size
  }
  if (left > 0) lines.push(t(left === 1 ? 'report.md.more-article' : 'report.md.more-articles', {count: left}), '')
  return lines.join('\n')
}

/** One article; `maxWords` > 0 shortens quote words (0: keep them whole). */
function articleMarkdown(article: ArticleReport, maxWords: number, words: ReportWords): string {
  const t = words.say
  const lines: string[] = []
  if (article.error) lines.push(t('report.md.error', {error: m(article.error)}), '')
  const {publisher, dateline, sources, credits, copyright} = article.provenance
  const facts: string[] = []
  if (publisher) facts.push(t('report.md.publisher', {name: m(publisher.name)}))
  if (dateline) facts.push(t('report.md.dateline', {place: m(dateline.place), outlet: m(dateline.outlet.name)}))
  if (sources.length > 0) facts.push(t('report.md.sources', {chain: [...sources, ...(publisher ? [publisher] : [])].map((source) => m(source.name)).join(' → ')}))
  for (const credit of credits) facts.push(`**${m(words.credit(credit.role))}** ${m(credit.name)}`)
  if (copyright) facts.push(`© ${m(copyright.holder)} ${copyright.year}`)
  if (facts.length > 0) lines.push(facts.join(' · '), '')

  if (article.quotes.length === 0) lines.push(t('report.md.no-quotes'), '')
  else {
    lines.push(t('report.md.quotes-head'), '|--:|---|---|---|---|---|---|--:|---|')
    for (const row of article.quotes) lines.push(quoteRow(row, maxWords, words))
    lines.push('')
  }
  if (article.speakers.length > 0) {
    lines.push(t('report.md.speakers-head'), '|---|---|---|---|--:|--:|--:|')
    for (const speaker of article.speakers) {
      const roles = speaker.roles.map((role) => [role.title, role.affiliation].filter(Boolean).join(', ')).join('; ')
      const name = m(speaker.entity.name) + (speaker.anonymous ? ' ' + t('report.md.anonymous') : '')
      lines.push(`| ${name} | ${m(words.type(speaker.entity.type))} | ${m(speaker.aliases.join(', '))} | ${m(roles)} | ${speaker.direct} | ${speaker.mixed} | ${speaker.indirect} |`)
    }
    lines.push('')
  }
  const {anonymous, unattributed} = article.counts
  if (anonymous || unattributed) lines.push(t('report.md.counts', {anonymous, unattributed}), '')
  for (const finding of article.findings) lines.push(`- ${finding.ruleId ? '**' + m(finding.ruleId) + '** ' : ''}${m(finding.message)}`)
  return lines.join('\n')
}

function quoteRow(row: QuoteRow, maxWords: number, labels: ReportWords): string {
  const t = labels.say
  const words = maxWords > 0 ? truncate(row.content.text, maxWords) : row.content.text
  const speaker = row.speaker
    ? m(row.speaker.name) + (row.speaker.type === 'anonymous' ? ' ' + t('report.md.anonymous') : '') + (row.role || row.affiliation ? ' — ' + m([row.role, row.affiliation].filter(Boolean).join(', ')) : '')
    : t('report.md.no-speaker')
  const checks = [
    row.verification ? `**${m(labels.verdict(row.verification.verdict))}**` : '',
    row.unbalanced ? t('report.md.unbalanced') : '',
    ...row.findings.map((finding) => (finding.ruleId ? m(finding.ruleId) + ': ' : '') + m(finding.message))
  ].filter(Boolean)
  // Indirect speech is a paraphrase: in italics, without quote marks, so that it does not read as the speaker's words.
  const shown = row.kind === 'indirect' ? `_${m(words)}_` : `“${m(words)}”`
  return `| ${row.number} | ${labels.kind(row.kind)} | ${shown} | ${speaker} | ${m(row.cue?.text ?? '')} | ${m(row.addressee?.name ?? '')} | ${m(row.citing?.name ?? '')} | ${row.confidence.toFixed(2)} | ${checks.join('<br>')} |`
}

