/**
 * The HTML report: one self-contained file. No scripts at all, no external
 * fonts, images or requests; the only inline style is the stylesheet, allowed
 * by its hash in a strict Content-Security-Policy. Every string from the
 * article is escaped; links are in-page fragments built from our own anchors,
 * or http(s) URLs that passed `safeUrl`.
 */
import {createHash} from 'node:crypto'
import type {Verification} from '../contract/graph.ts'
import {escapeHtml as h, safeUrl} from './escape.ts'
import {highlightedText} from './html-text.ts'
import {stylesheet} from './html-style.ts'
import {graphLimit, type ArticleReport, type CorpusReport, type ReportEntity, type ReportFinding, type QuoteRow, type ReportOptions, type SpeakerRow} from './model.ts'
import {colourClass} from './palette.ts'
import {articlePicture} from './svg.ts'

const styleHash = createHash('sha256').update(stylesheet).digest('base64')

/** The policy: nothing may load or run; only our own stylesheet applies. */
export const contentSecurityPolicy = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'`

export async function renderHtml(report: CorpusReport, options: ReportOptions = {}): Promise<string> {
  const single = report.articles.length === 1
  const drawGraphs = options.graph === true || (options.graph !== false && report.articles.length <= graphLimit)
  const sections: string[] = []
  for (const article of report.articles) sections.push(await articleSection(article, {...options, graph: drawGraphs}, single))
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${h(contentSecurityPolicy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="kutip">',
    `<title>${h(report.title)}</title>`,
    `<style>${stylesheet}</style>`,
    '</head>',
    '<body>',
    `<h1>${h(report.title)}</h1>`,
    single ? '' : corpusSummary(report),
    !drawGraphs && options.graph !== false
      ? `<p class="muted">Graph pictures are left out for reports of more than ${graphLimit} articles (use <code>--graph</code>, or <code>graph: true</code> in the API, to draw them anyway).</p>`
      : '',
    ...sections,
    `<footer>Made by kutip${report.generated ? ' on ' + h(report.generated) : ''}. Highlighted spans link to their rows; every figure comes from the attribution graph.</footer>`,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

function corpusSummary(report: CorpusReport): string {
  const {totals, shares} = report
  const percent = (share: number): string => (share * 100).toFixed(1) + '%'
  const card = (value: string | number, label: string): string =>
    `<div class="card"><span class="value">${h(value)}</span><span class="label">${h(label)}</span></div>`
  const speakerRows = report.topSpeakers
    .map((speaker, index) => `<tr><td class="num">${index + 1}</td><td>${h(speaker.name)}</td><td>${h(speaker.type)}</td><td class="num">${speaker.quotes}</td><td class="num">${speaker.direct}</td><td class="num">${speaker.articles}</td></tr>`)
    .join('\n')
  const outletRows = report.topOutlets
    .map((outlet, index) => `<tr><td class="num">${index + 1}</td><td>${h(outlet.name)}</td><td class="num">${outlet.published}</td><td class="num">${outlet.sourced}</td><td class="num">${outlet.quoted}</td></tr>`)
    .join('\n')
  const verified = Object.keys(totals.verdicts).length > 0
  const fileRows = report.articles
    .map((article) => {
      const c = article.counts
      const verdicts = verified ? `<td data-label="Verdicts">${verdictBadges(c.verdicts) || '<span class="muted">—</span>'}</td>` : ''
      return (
        `<tr><td class="num">${article.number}</td><td data-label="Article"><a href="#${article.anchor}">${h(article.id)}</a>` +
        `${article.error ? ` <span class="badge f-error">${h(article.error)}</span>` : ''}</td>` +
        `<td class="num" data-label="Quotes">${c.quotes}</td><td class="num" data-label="Direct+mixed">${c.direct + c.mixed}</td>` +
        `<td class="num" data-label="Speakers">${c.speakers}</td><td class="num" data-label="Anonymous">${c.anonymous}</td>` +
        `<td class="num" data-label="Unattributed">${c.unattributed}</td><td class="num" data-label="Findings">${c.findings}</td>${verdicts}</tr>`
      )
    })
    .join('\n')
  return `<section class="summary" id="summary">
<nav class="toc"><a href="#top-speakers">Most quoted</a><a href="#top-outlets">Outlets</a><a href="#files">Files</a></nav>
<div class="cards">
${card(totals.articles, 'articles')}${card(totals.quotes, 'quotes')}${card(totals.direct, 'direct')}${card(totals.mixed, 'mixed')}${card(totals.indirect, 'indirect')}${card(totals.speakers, 'distinct speakers')}
${card(percent(shares.anonymous), 'of quotes from anonymous sources')}${card(percent(shares.unattributed), 'of quotes unattributed')}${card(totals.withoutQuotes, 'articles without quotes')}${totals.failed ? card(totals.failed, 'articles that failed') : ''}${totals.findings ? card(totals.findings, 'lint findings') : ''}
</div>
${verdictLine(totals.verdicts)}
<h3 id="top-speakers">Most-quoted speakers</h3>
<div class="table-wrap"><table><thead><tr><th class="num">#</th><th>Speaker</th><th>Type</th><th class="num">Quotes</th><th class="num">Direct+mixed</th><th class="num">Articles</th></tr></thead><tbody>
${speakerRows || '<tr><td colspan="6">No attributed quotes.</td></tr>'}
</tbody></table></div>
<h3 id="top-outlets">Outlets</h3>
<div class="table-wrap"><table><thead><tr><th class="num">#</th><th>Outlet</th><th class="num">Published</th><th class="num">Named as source</th><th class="num">In quotes</th></tr></thead><tbody>
${outletRows || '<tr><td colspan="5">No outlets found.</td></tr>'}
</tbody></table></div>
<h3 id="files">Files</h3>
<div class="table-wrap"><table class="cards-on-phone"><thead><tr><th class="num">#</th><th>Article</th><th class="num">Quotes</th><th class="num">Direct+mixed</th><th class="num">Speakers</th><th class="num">Anonymous</th><th class="num">Unattributed</th><th class="num">Findings</th>${verified ? '<th>Verdicts</th>' : ''}</tr></thead><tbody>
${fileRows}
</tbody></table></div>
</section>`
}

function verdictLine(verdicts: CorpusReport['totals']['verdicts']): string {
  const badges = verdictBadges(verdicts)
  return badges ? `<p>Verification: ${badges}</p>` : ''
}

function verdictBadges(verdicts: CorpusReport['totals']['verdicts']): string {
  return Object.entries(verdicts)
    .map(([verdict, count]) => `<span class="badge v-${h(verdict)}">${h(verdict)} ${count}</span>`)
    .join(' ')
}

async function articleSection(article: ArticleReport, options: ReportOptions, single: boolean): Promise<string> {
  const heading = single ? '' : `<h2>${article.number}. ${h(article.id)}</h2>`
  const parts = [
    `<section class="article" id="${article.anchor}" aria-label="${h(article.id)}">`,
    heading,
    article.path ? `<p class="path">${h(article.path)}</p>` : '',
    `<nav class="toc"><a href="#${article.anchor}-quotes">Quotes (${article.quotes.length})</a><a href="#${article.anchor}-speakers">Speakers (${article.speakers.length})</a>` +
      `${options.graph === false ? '' : `<a href="#${article.anchor}-graph">Graph</a>`}${article.text !== null && options.includeText !== false ? `<a href="#${article.anchor}-text">Text</a>` : ''}${single ? '' : '<a href="#summary">Summary</a>'}</nav>`,
    article.error ? `<p class="warn">${h(article.error)}</p>` : '',
    provenance(article),
    quotesTable(article),
    speakersTables(article),
    findingsList(article.findings, 'Other findings')
  ]
  if (options.graph !== false) {
    const svg = options.pictures?.get(article.number) ?? (await articlePicture(article))
    parts.push(
      `<h3 id="${article.anchor}-graph">Graph</h3>`,
      `<figure class="graph">${svg}<figcaption>Speakers (coloured), outlets (boxes) and quotes (notes, linked to their rows). Dashed: to whom, or the chain of source outlets; dotted: whom the speaker cites.</figcaption></figure>`
    )
  }
  if (article.text !== null && options.includeText !== false) {
    parts.push(
      `<h3 id="${article.anchor}-text">Text</h3>`,
      `<p class="legend">${legend}</p>`,
      `<div class="text" lang="${h(article.graph.lang ?? 'id')}">${highlightedText(article)}</div>`
    )
  }
  parts.push('</section>')
  return parts.filter(Boolean).join('\n')
}

const legend = [
  ['direct', 'direct c0'],
  ['mixed', 'mixed c0'],
  ['indirect', 'indirect c0'],
  ['cue', 'cue c0'],
  ['speaker', 'speaker c0'],
  ['no speaker', 'direct c-none']
]
  .map(([label, classes]) => `<span class="hl ${classes}">${label}</span>`)
  .join(' ')

function entity(ref: ReportEntity | null, fallback = '—'): string {
  return ref ? h(ref.name) : `<span class="muted">${h(fallback)}</span>`
}

function provenance(article: ArticleReport): string {
  const {publisher, dateline, sources, credits, copyright} = article.provenance
  const rows: string[] = [`<dt>Publisher</dt><dd>${entity(publisher, 'not found')}</dd>`]
  if (dateline) rows.push(`<dt>Dateline</dt><dd>${h(dateline.place)} (${h(dateline.outlet.name)}) <span class="muted">“${h(dateline.span.text)}”</span></dd>`)
  if (sources.length > 0) {
    const chain = [...sources.map((source) => h(source.name)), ...(publisher ? [h(publisher.name)] : [])]
    rows.push(`<dt>Source outlets</dt><dd class="chain">${chain.join('<span class="arrow" aria-label="then">→</span>')}</dd>`)
  }
  for (const credit of credits) rows.push(`<dt>${h(capitalise(credit.role))}</dt><dd>${h(credit.name)}</dd>`)
  if (copyright) rows.push(`<dt>Copyright</dt><dd>© ${h(copyright.holder)} ${h(copyright.year)}</dd>`)
  return `<h3>Provenance</h3><dl class="provenance">${rows.join('')}</dl>`
}

const capitalise = (value: string): string => value.charAt(0).toUpperCase() + value.slice(1)

function quotesTable(article: ArticleReport): string {
  if (article.quotes.length === 0) return `<h3 id="${article.anchor}-quotes">Quotes</h3><p class="muted">No reported statements found.</p>`
  const hasText = article.text !== null
  const rows = article.quotes.map((row) => quoteRow(row, hasText, article.graph.lang ?? 'id')).join('\n')
  return `<h3 id="${article.anchor}-quotes">Quotes</h3>
<div class="table-wrap"><table class="quotes cards-on-phone"><thead><tr><th class="num">#</th><th>Kind</th><th>Words</th><th>Speaker</th><th>Cue</th><th>To</th><th>Cites</th><th class="num">Conf.</th><th>Checks</th></tr></thead><tbody>
${rows}
</tbody></table></div>`
}

function quoteRow(row: QuoteRow, hasText: boolean, lang: string): string {
  const speaker = row.speaker
    ? `<span class="swatch ${colourClass(row.colour)}" aria-hidden="true"></span>${h(row.speaker.name)}` +
      (row.speaker.type === 'anonymous' ? ' <span class="kind">anonymous</span>' : '') +
      (row.role || row.affiliation ? `<span class="role">${h([row.role, row.affiliation].filter(Boolean).join(', '))}</span>` : '') +
      (row.speakerMention && row.speakerMention.text !== row.speaker.name ? `<span class="mention">as “${h(row.speakerMention.text)}”</span>` : '')
    : '<span class="muted">no speaker found</span>'
  const back = hasText ? ` <a class="back" href="#${row.anchor}-text">in text ↓</a>` : ''
  return (
    `<tr id="${row.anchor}">` +
    cell('#', String(row.number), 'num') +
    cell('Kind', `<span class="kind">${h(row.kind)}</span>`) +
    // Indirect speech is a paraphrase: no quote marks (not a <q>), its own style.
    cell('Words', (row.kind === 'indirect' ? `<span class="paraphrase" lang="${h(lang)}">${h(row.content.text)}</span>` : `<q lang="${h(lang)}">${h(row.content.text)}</q>`) + back, 'words') +
    cell('Speaker', speaker) +
    cell('Cue', row.cue ? h(row.cue.text) : '') +
    cell('To', row.addressee ? h(row.addressee.name) : '') +
    cell('Cites', row.citing ? h(row.citing.name) : '') +
    `<td class="num" data-label="Confidence" title="${h(row.rule)}">${row.confidence.toFixed(2)}</td>` +
    cell('Checks', checks(row)) +
    '</tr>'
  )
}

/** A table cell labelled for the phone layout; an empty one shows a dash (and is hidden on phones). */
function cell(label: string, html: string, className = ''): string {
  const classes = [className, html === '' ? 'empty' : ''].filter(Boolean).join(' ')
  return `<td${classes ? ` class="${classes}"` : ''} data-label="${h(label)}">${html || '<span class="muted">—</span>'}</td>`
}

function checks(row: QuoteRow): string {
  const parts: string[] = []
  const verification = row.verification
  if (verification) {
    const source = verification.source ? ` <span class="muted">in ${h(verification.source.document)}</span>` : ''
    const score = typeof verification.score === 'number' ? ` <span class="muted">${verification.score.toFixed(2)}</span>` : ''
    parts.push(`<span class="badge v-${h(verification.verdict)}">${h(verification.verdict)}</span>${score}${source}`)
    // src/verify adds a sentence saying why (with `code` marks for names); shown when present.
    const reason = (verification as {reason?: unknown}).reason
    if (typeof reason === 'string' && reason !== '') parts.push(`<span class="role">${codeMarks(h(reason))}</span>`)
    if (verification.diff && verification.verdict !== 'verbatim') parts.push(diff(verification.diff))
  }
  if (row.unbalanced) parts.push('<span class="badge f-warning">unbalanced quote marks</span>')
  if (row.findings.length > 0) parts.push(findingsItems(row.findings))
  return parts.join(' ')
}

function diff(operations: NonNullable<Verification['diff']>): string {
  // Operations may carry words without the spaces between them (src/verify works on words): put one back.
  const html = operations
    .map((operation, index) => {
      const previous = operations[index - 1]?.text ?? ''
      const gap = index > 0 && !/\s$/.test(previous) && !/^\s/.test(operation.text) ? ' ' : ''
      const text = h(operation.text)
      return gap + (operation.op === 'insert' ? `<ins>${text}</ins>` : operation.op === 'delete' ? `<del>${text}</del>` : text)
    })
    .join('')
  return `<div class="diff" title="what changed between the source (struck out) and the quote (underlined)">${html}</div>`
}

function findingsItems(findings: ReportFinding[]): string {
  return `<ul class="findings">${findings.map(finding).join('')}</ul>`
}

function finding(item: ReportFinding): string {
  const url = item.url ? safeUrl(item.url) : null
  const rule = item.ruleId ? (url ? `<a href="${h(url)}" rel="noreferrer">${h(item.ruleId)}</a>` : h(item.ruleId)) : ''
  return `<li class="f-${item.severity}">${rule ? `<strong>${rule}</strong>: ` : ''}${codeMarks(h(item.message))}</li>`
}

/** `words` in an already escaped message (lint and verify mark names that way) as <code>; the content stays escaped text. */
function codeMarks(escaped: string): string {
  return escaped.replace(/`([^`]{1,500})`/g, '<code>$1</code>')
}

function findingsList(findings: ReportFinding[], title: string): string {
  return findings.length === 0 ? '' : `<h3>${h(title)}</h3>${findingsItems(findings)}`
}

function speakersTables(article: ArticleReport): string {
  const named = article.speakers.filter((speaker) => !speaker.anonymous)
  const anonymous = article.speakers.filter((speaker) => speaker.anonymous)
  const table = (speakers: SpeakerRow[], caption: string): string =>
    `<div class="table-wrap"><table class="speakers cards-on-phone"><caption class="muted">${h(caption)}</caption><thead><tr><th>Speaker</th><th>Type</th><th>Also called</th><th>Roles</th><th class="num">Direct</th><th class="num">Mixed</th><th class="num">Indirect</th><th class="num">All</th></tr></thead><tbody>
${speakers.map(speakerRow).join('\n')}
</tbody></table></div>`
  const parts = [`<h3 id="${article.anchor}-speakers">Speakers</h3>`]
  if (named.length > 0) parts.push(table(named, 'Named speakers'))
  if (anonymous.length > 0) parts.push(table(anonymous, 'Anonymous sources, counted apart'))
  if (article.speakers.length === 0) parts.push('<p class="muted">No speakers identified.</p>')
  const unattributed = article.counts.unattributed
  if (unattributed > 0) parts.push(`<p class="muted">${unattributed} quote${unattributed === 1 ? '' : 's'} without a speaker.</p>`)
  return parts.join('\n')
}

function speakerRow(speaker: SpeakerRow): string {
  const roles = speaker.roles.map((role) => h([role.title, role.affiliation].filter(Boolean).join(', '))).join('; ')
  return (
    '<tr>' +
    cell('Speaker', `<span class="swatch ${colourClass(speaker.colour)}" aria-hidden="true"></span><a href="#${speaker.firstQuote}">${h(speaker.entity.name)}</a>`) +
    cell('Type', h(speaker.entity.type)) +
    cell('Also called', h(speaker.aliases.join(', '))) +
    cell('Roles', roles) +
    cell('Direct', String(speaker.direct), 'num') +
    cell('Mixed', String(speaker.mixed), 'num') +
    cell('Indirect', String(speaker.indirect), 'num') +
    cell('All', String(speaker.total), 'num') +
    '</tr>'
  )
}
