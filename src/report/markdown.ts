/**
 * The report as GitHub-flavoured Markdown, for pull-request comments: tables
 * with every cell escaped (pipes, emphasis, HTML, links), a summary first, and
 * for many files one collapsible block per article.
 */
import {escapeMarkdown as m, truncate} from './escape.ts'
import type {ArticleReport, CorpusReport, QuoteRow} from './model.ts'

/** Characters of per-article detail a corpus Markdown report stays under (room left for the tables above). */
const commentBudget = 60_000

export function renderMarkdown(report: CorpusReport): string {
  if (report.articles.length === 1) return `## ${m(report.title)}\n\n${articleMarkdown(report.articles[0]!, 0)}`
  const {totals, shares} = report
  const percent = (share: number): string => (share * 100).toFixed(1) + '%'
  const lines = [
    `## ${m(report.title)}`,
    '',
    `**${totals.articles}** articles · **${totals.quotes}** quotes (${totals.direct} direct, ${totals.mixed} mixed, ${totals.indirect} indirect) · ` +
      `**${totals.speakers}** distinct speakers · **${percent(shares.anonymous)}** from anonymous sources · **${percent(shares.unattributed)}** unattributed` +
      (totals.failed ? ` · **${totals.failed}** failed` : '') +
      (totals.findings ? ` · **${totals.findings}** lint findings` : ''),
    ''
  ]
  const verdicts = Object.entries(totals.verdicts)
  if (verdicts.length > 0) lines.push('Verification: ' + verdicts.map(([verdict, count]) => `${verdict} ${count}`).join(', '), '')
  if (report.topSpeakers.length > 0) {
    lines.push('### Most-quoted speakers', '', '| # | Speaker | Type | Quotes | Direct+mixed | Articles |', '|--:|---|---|--:|--:|--:|')
    report.topSpeakers.forEach((speaker, index) => lines.push(`| ${index + 1} | ${m(speaker.name)} | ${speaker.type} | ${speaker.quotes} | ${speaker.direct} | ${speaker.articles} |`))
    lines.push('')
  }
  if (report.topOutlets.length > 0) {
    lines.push('### Outlets', '', '| # | Outlet | Published | Named as source | In quotes |', '|--:|---|--:|--:|--:|')
    report.topOutlets.forEach((outlet, index) => lines.push(`| ${index + 1} | ${m(outlet.name)} | ${outlet.published} | ${outlet.sourced} | ${outlet.quoted} |`))
    lines.push('')
  }
  const verified = verdicts.length > 0
  lines.push(
    '### Files',
    '',
    '| # | Article | Quotes | Speakers | Anonymous | Unattributed | Findings |' + (verified ? ' Verdicts |' : ''),
    '|--:|---|--:|--:|--:|--:|--:|' + (verified ? '---|' : '')
  )
  for (const article of report.articles) {
    const c = article.counts
    const name = m(article.id) + (article.error ? ' — ' + m(article.error) : '')
    const verdictCell = verified ? ` ${Object.entries(c.verdicts).map(([verdict, count]) => `${verdict} ${count}`).join(', ')} |` : ''
    lines.push(`| ${article.number} | ${name} | ${c.quotes} | ${c.speakers} | ${c.anonymous} | ${c.unattributed} | ${c.findings} |${verdictCell}`)
  }
  lines.push('')
  // Pull-request comments are capped (GitHub: 65,536 characters): the per-article blocks stop before that.
  let length = lines.reduce((sum, line) => sum + line.length + 1, 0)
  let left = 0
  for (const article of report.articles) {
    if (article.quotes.length === 0 && !article.error) continue
    const block = ['<details>', `<summary>${article.number}. ${m(article.id)} (${article.quotes.length} quotes)</summary>`, '', articleMarkdown(article, 200), '</details>', '']
    const size = block.reduce((sum, line) => sum + line.length + 1, 0)
    if (left > 0 || length + size > commentBudget) {
      left++
      continue
    }
    lines.push(...block)
    length += size
  }
  if (left > 0) lines.push(`_${left} more article${left === 1 ? '' : 's'} not shown in detail (comment size limit); see the HTML or JSON report._`, '')
  return lines.join('\n')
}

/** One article; `maxWords` > 0 shortens quote words (0: keep them whole). */
function articleMarkdown(article: ArticleReport, maxWords: number): string {
  const lines: string[] = []
  if (article.error) lines.push(`> **Error:** ${m(article.error)}`, '')
  const {publisher, dateline, sources, credits, copyright} = article.provenance
  const facts: string[] = []
  if (publisher) facts.push(`**Publisher** ${m(publisher.name)}`)
  if (dateline) facts.push(`**Dateline** ${m(dateline.place)} (${m(dateline.outlet.name)})`)
  if (sources.length > 0) facts.push(`**Sources** ${[...sources, ...(publisher ? [publisher] : [])].map((source) => m(source.name)).join(' → ')}`)
  for (const credit of credits) facts.push(`**${m(credit.role.charAt(0).toUpperCase() + credit.role.slice(1))}** ${m(credit.name)}`)
  if (copyright) facts.push(`© ${m(copyright.holder)} ${copyright.year}`)
  if (facts.length > 0) lines.push(facts.join(' · '), '')

  if (article.quotes.length === 0) lines.push('_No reported statements found._', '')
  else {
    lines.push('| # | Kind | Words | Speaker | Cue | To | Cites | Conf. | Checks |', '|--:|---|---|---|---|---|---|--:|---|')
    for (const row of article.quotes) lines.push(quoteRow(row, maxWords))
    lines.push('')
  }
  if (article.speakers.length > 0) {
    lines.push('| Speaker | Type | Also called | Roles | Direct | Mixed | Indirect |', '|---|---|---|---|--:|--:|--:|')
    for (const speaker of article.speakers) {
      const roles = speaker.roles.map((role) => [role.title, role.affiliation].filter(Boolean).join(', ')).join('; ')
      const name = m(speaker.entity.name) + (speaker.anonymous ? ' _(anonymous)_' : '')
      lines.push(`| ${name} | ${speaker.entity.type} | ${m(speaker.aliases.join(', '))} | ${m(roles)} | ${speaker.direct} | ${speaker.mixed} | ${speaker.indirect} |`)
    }
    lines.push('')
  }
  const {anonymous, unattributed} = article.counts
  if (anonymous || unattributed) lines.push(`${anonymous} quote(s) from anonymous sources, ${unattributed} without a speaker.`, '')
  for (const finding of article.findings) lines.push(`- ${finding.ruleId ? '**' + m(finding.ruleId) + '** ' : ''}${m(finding.message)}`)
  return lines.join('\n')
}

function quoteRow(row: QuoteRow, maxWords: number): string {
  const words = maxWords > 0 ? truncate(row.content.text, maxWords) : row.content.text
  const speaker = row.speaker
    ? m(row.speaker.name) + (row.speaker.type === 'anonymous' ? ' _(anonymous)_' : '') + (row.role || row.affiliation ? ' — ' + m([row.role, row.affiliation].filter(Boolean).join(', ')) : '')
    : '_none_'
  const checks = [
    row.verification ? `**${row.verification.verdict}**` : '',
    row.unbalanced ? 'unbalanced quote marks' : '',
    ...row.findings.map((finding) => (finding.ruleId ? m(finding.ruleId) + ': ' : '') + m(finding.message))
  ].filter(Boolean)
  // Indirect speech is a paraphrase: in italics, without quote marks, so that it does not read as the speaker's words.
  const shown = row.kind === 'indirect' ? `_${m(words)}_` : `“${m(words)}”`
  return `| ${row.number} | ${row.kind} | ${shown} | ${speaker} | ${m(row.cue?.text ?? '')} | ${m(row.addressee?.name ?? '')} | ${m(row.citing?.name ?? '')} | ${row.confidence.toFixed(2)} | ${checks.join('<br>')} |`
}

