/**
 * The HTML report: one self-contained file. No scripts at all, no external
 * fonts, images or requests; the only inline style is the stylesheet, allowed
 * by its hash in a strict Content-Security-Policy. Every string from the
 * article is escaped; links are in-page fragments built from our own anchors,
 * or http(s) URLs that passed `safeUrl`.
 */
import {createHash} from 'node:crypto'
import type {Verification} from '../contract/graph.ts'
import {format, type MessageKey} from '../lang/messages.ts'
import {escapeHtml as h, safeUrl} from './escape.ts'
import {highlightedText} from './html-text.ts'
import {stylesheet} from './html-style.ts'
import {percent, reportWords, type ReportWords} from './labels.ts'
import {graphLimit, type ArticleReport, type CorpusReport, type ReportEntity, type ReportFinding, type QuoteRow, type ReportOptions, type SpeakerRow} from './model.ts'
import {colourClass} from './palette.ts'
import {articlePicture} from './svg.ts'
import {verificationReason} from '../verify/verification-reason.ts'

const styleHash = createHash('sha256').update(stylesheet).digest('base64')

/** The policy: nothing may load or run; only our own stylesheet applies. */
export const contentSecurityPolicy = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'`

/**
 * The page, its labels in `options.locale` (default: the environment's, see
 * src/lang/messages.ts) and `<html lang>` set to it; the article's own words
 * keep the article's `lang`.
 */
export async function renderHtml(report: CorpusReport, options: ReportOptions = {}): Promise<string> {
  const words = reportWords(options.locale)
  const {say} = words
  const single = report.articles.length === 1
  const drawGraphs = options.graph === true || (options.graph !== false && report.articles.length <= graphLimit)
  const sections: string[] = []
  for (const article of report.articles) sections.push(await articleSection(article, {...options, graph: drawGraphs}, single, words))
  const title = h(words.title(report))
  return [
    '<!doctype html>',
    `<html lang="${words.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${h(contentSecurityPolicy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="kutip">',
    `<title>${title}</title>`,
    `<style>${stylesheet}</style>`,
    '</head>',
    '<body>',
    `<h1>${title}</h1>`,
    single ? '' : corpusSummary(report, words),
    !drawGraphs && options.graph !== false ? `<p class="muted">${codeMarks(h(say('report.html.graphs-left-out', {limit: graphLimit})))}</p>` : '',
    ...sections,
    `<footer>${h(report.generated ? say('report.html.footer-generated', {generated: report.generated}) : say('report.html.footer'))}</footer>`,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

function corpusSummary(report: CorpusReport, words: ReportWords): string {
  const {say} = words
  const {totals, shares} = report
  const card = (value: string | number, label: MessageKey): string =>
    `<div class="card"><span class="value">${h(value)}</span><span class="label">${h(say(label))}</span></div>`
  const head = (key: MessageKey, numeric = false): string => `<th${numeric ? ' class="num"' : ''}>${h(say(key))}</th>`
  const speakerRows = report.topSpeakers
    .map((speaker, index) => `<tr><td class="num">${index + 1}</td><td>${h(speaker.name)}</td><td>${h(words.type(speaker.type))}</td><td class="num">${speaker.quotes}</td><td class="num">${speaker.direct}</td><td class="num">${speaker.articles}</td></tr>`)
    .join('\n')
  const outletRows = report.topOutlets
    .map((outlet, index) => `<tr><td class="num">${index + 1}</td><td>${h(outlet.name)}</td><td class="num">${outlet.published}</td><td class="num">${outlet.sourced}</td><td class="num">${outlet.quoted}</td></tr>`)
    .join('\n')
  const verified = Object.keys(totals.verdicts).length > 0
  const fileRows = report.articles
    .map((article) => {
      const c = article.counts
      const number = (key: MessageKey, value: number): string => `<td class="num" data-label="${h(say(key))}">${value}</td>`
      const verdicts = verified ? `<td data-label="${h(say('report.html.verdicts'))}">${verdictBadges(c.verdicts, words) || '<span class="muted">—</span>'}</td>` : ''
      return (
        `<tr><td class="num">${article.number}</td><td data-label="${h(say('report.html.article'))}"><a href="#${article.anchor}">${h(article.id)}</a>` +
        `${article.error ? ` <span class="badge f-error">${h(article.error)}</span>` : ''}</td>` +
        number('report.html.quotes', c.quotes) +
        number('report.html.direct-mixed', c.direct + c.mixed) +
        number('report.html.speakers', c.speakers) +
        number('report.html.anonymous-column', c.anonymous) +
        number('report.html.unattributed-column', c.unattributed) +
        number('report.html.findings', c.findings) +
        `${verdicts}</tr>`
      )
    })
    .join('\n')
  return `<section class="summary" id="summary">
<nav class="toc"><a href="#top-speakers">${h(say('report.html.most-quoted'))}</a><a href="#top-outlets">${h(say('report.html.outlets'))}</a><a href="#files">${h(say('report.html.files'))}</a></nav>
<div class="cards">
${card(totals.articles, 'report.html.card.articles')}${card(totals.quotes, 'report.html.card.quotes')}${card(totals.direct, 'report.kind.direct')}${card(totals.mixed, 'report.kind.mixed')}${card(totals.indirect, 'report.kind.indirect')}${card(totals.speakers, 'report.html.card.speakers')}
${card(percent(shares.anonymous), 'report.html.card.anonymous')}${card(percent(shares.unattributed), 'report.html.card.unattributed')}${card(totals.withoutQuotes, 'report.html.card.without-quotes')}${totals.failed ? card(totals.failed, 'report.html.card.failed') : ''}${totals.findings ? card(totals.findings, 'report.html.card.findings') : ''}
</div>
${verdictLine(totals.verdicts, words)}
<h3 id="top-speakers">${h(say('report.html.top-speakers'))}</h3>
<div class="table-wrap"><table><thead><tr><th class="num">#</th>${head('report.html.speaker')}${head('report.html.type')}${head('report.html.quotes', true)}${head('report.html.direct-mixed', true)}${head('report.html.articles', true)}</tr></thead><tbody>
${speakerRows || `<tr><td colspan="6">${h(say('report.html.no-attributed-quotes'))}</td></tr>`}
</tbody></table></div>
<h3 id="top-outlets">${h(say('report.html.outlets'))}</h3>
<div class="table-wrap"><table><thead><tr><th class="num">#</th>${head('report.html.outlet')}${head('report.html.published', true)}${head('report.html.sourced', true)}${head('report.html.in-quotes', true)}</tr></thead><tbody>
${outletRows || `<tr><td colspan="5">${h(say('report.html.no-outlets'))}</td></tr>`}
</tbody></table></div>
<h3 id="files">${h(say('report.html.files'))}</h3>
<div class="table-wrap"><table class="cards-on-phone"><thead><tr><th class="num">#</th>${head('report.html.article')}${head('report.html.quotes', true)}${head('report.html.direct-mixed', true)}${head('report.html.speakers', true)}${head('report.html.anonymous-column', true)}${head('report.html.unattributed-column', true)}${head('report.html.findings', true)}${verified ? head('report.html.verdicts') : ''}</tr></thead><tbody>
${fileRows}
</tbody></table></div>
</section>`
}

/** `Verification: <badges>` (the catalog's words escaped, the badges as HTML). */
function verdictLine(verdicts: CorpusReport['totals']['verdicts'], words: ReportWords): string {
  const badges = verdictBadges(verdicts, words)
  return badges ? `<p>${format(h(words.say('report.md.verification')), {counts: badges})}</p>` : ''
}

function verdictBadges(verdicts: CorpusReport['totals']['verdicts'], words: ReportWords): string {
  return Object.entries(verdicts)
    .map(([verdict, count]) => `<span class="badge v-${h(verdict)}">${h(words.verdict(verdict))} ${count}</span>`)
    .join(' ')
}

async function articleSection(article: ArticleReport, options: ReportOptions, single: boolean, words: ReportWords): Promise<string> {
  const {say} = words
  const heading = single ? '' : `<h2>${article.number}. ${h(article.id)}</h2>`
  const link = (suffix: string, label: string): string => `<a href="#${article.anchor}-${suffix}">${h(label)}</a>`
  const parts = [
    `<section class="article" id="${article.anchor}" aria-label="${h(article.id)}">`,
    heading,
    article.path ? `<p class="path">${h(article.path)}</p>` : '',
    `<nav class="toc">${link('quotes', say('report.html.toc.quotes', {count: article.quotes.length}))}${link('speakers', say('report.html.toc.speakers', {count: article.speakers.length}))}` +
      `${options.graph === false ? '' : link('graph', say('report.html.graph'))}${article.text !== null && options.includeText !== false ? link('text', say('report.html.text')) : ''}${single ? '' : `<a href="#summary">${h(say('report.html.summary'))}</a>`}</nav>`,
    article.error ? `<p class="warn">${h(article.error)}</p>` : '',
    provenance(article, words),
    quotesTable(article, words),
    speakersTables(article, words),
    findingsList(article.findings, say('report.html.other-findings'))
  ]
  if (options.graph !== false) {
    const svg = options.pictures?.get(article.number) ?? (await articlePicture(article, words.locale))
    parts.push(`<h3 id="${article.anchor}-graph">${h(say('report.html.graph'))}</h3>`, `<figure class="graph">${svg}<figcaption>${h(say('report.html.graph-caption'))}</figcaption></figure>`)
  }
  if (article.text !== null && options.includeText !== false) {
    parts.push(
      `<h3 id="${article.anchor}-text">${h(say('report.html.text'))}</h3>`,
      `<p class="legend">${legend(words)}</p>`,
      `<div class="text" lang="${h(article.graph.lang ?? 'id')}">${highlightedText(article, words)}</div>`
    )
  }
  parts.push('</section>')
  return parts.filter(Boolean).join('\n')
}

/** The highlight styles of the text, each labelled. */
function legend({kind, say}: ReportWords): string {
  const entries: Array<[string, string]> = [
    [kind('direct'), 'direct c0'],
    [kind('mixed'), 'mixed c0'],
    [kind('indirect'), 'indirect c0'],
    [say('report.html.legend.cue'), 'cue c0'],
    [say('report.html.legend.speaker'), 'speaker c0'],
    [say('report.html.legend.no-speaker'), 'direct c-none']
  ]
  return entries.map(([label, classes]) => `<span class="hl ${classes}">${h(label)}</span>`).join(' ')
}

function entity(ref: ReportEntity | null, fallback = '—'): string {
  return ref ? h(ref.name) : `<span class="muted">${h(fallback)}</span>`
}

function provenance(article: ArticleReport, words: ReportWords): string {
  const {say} = words
  const {publisher, dateline, sources, credits, copyright} = article.provenance
  const term = (key: MessageKey): string => `<dt>${h(say(key))}</dt>`
  const rows: string[] = [`${term('report.html.publisher')}<dd>${entity(publisher, say('report.html.not-found'))}</dd>`]
  if (dateline) rows.push(`${term('report.html.dateline')}<dd>${h(dateline.place)} (${h(dateline.outlet.name)}) <span class="muted">“${h(dateline.span.text)}”</span></dd>`)
  if (sources.length > 0) {
    const chain = [...sources.map((source) => h(source.name)), ...(publisher ? [h(publisher.name)] : [])]
    rows.push(`${term('report.html.source-outlets')}<dd class="chain">${chain.join(`<span class="arrow" aria-label="${h(say('report.html.then'))}">→</span>`)}</dd>`)
  }
  for (const credit of credits) rows.push(`<dt>${h(words.credit(credit.role))}</dt><dd>${h(credit.name)}</dd>`)
  if (copyright) rows.push(`${term('report.html.copyright')}<dd>© ${h(copyright.holder)} ${h(copyright.year)}</dd>`)
  return `<h3>${h(say('report.html.provenance'))}</h3><dl class="provenance">${rows.join('')}</dl>`
}

function quotesTable(article: ArticleReport, words: ReportWords): string {
  const {say} = words
  const heading = `<h3 id="${article.anchor}-quotes">${h(say('report.html.quotes'))}</h3>`
  if (article.quotes.length === 0) return `${heading}<p class="muted">${h(say('report.html.no-quotes'))}</p>`
  const hasText = article.text !== null
  const rows = article.quotes.map((row) => quoteRow(row, hasText, article.graph.lang ?? 'id', words)).join('\n')
  const head = (key: MessageKey): string => `<th>${h(say(key))}</th>`
  return `${heading}
<div class="table-wrap"><table class="quotes cards-on-phone"><thead><tr><th class="num">#</th>${head('report.html.kind')}${head('report.html.words')}${head('report.html.speaker')}${head('report.html.cue')}${head('report.html.to')}${head('report.html.cites')}<th class="num">${h(say('report.html.confidence-short'))}</th>${head('report.html.checks')}</tr></thead><tbody>
${rows}
</tbody></table></div>`
}

function quoteRow(row: QuoteRow, hasText: boolean, lang: string, words: ReportWords): string {
  const {say} = words
  const speaker = row.speaker
    ? `<span class="swatch ${colourClass(row.colour)}" aria-hidden="true"></span>${h(row.speaker.name)}` +
      (row.speaker.type === 'anonymous' ? ` <span class="kind">${h(say('report.html.anonymous'))}</span>` : '') +
      (row.role || row.affiliation ? `<span class="role">${h([row.role, row.affiliation].filter(Boolean).join(', '))}</span>` : '') +
      (row.speakerMention && row.speakerMention.text !== row.speaker.name ? `<span class="mention">${h(say('report.html.named-as', {mention: row.speakerMention.text}))}</span>` : '')
    : `<span class="muted">${h(say('report.html.no-speaker'))}</span>`
  const back = hasText ? ` <a class="back" href="#${row.anchor}-text">${h(say('report.html.in-text'))}</a>` : ''
  const cell = labelledCell(say)
  return (
    `<tr id="${row.anchor}">` +
    cell('#', String(row.number), 'num') +
    cell('report.html.kind', `<span class="kind">${h(words.kind(row.kind))}</span>`) +
    // Indirect speech is a paraphrase: no quote marks (not a <q>), its own style.
    cell('report.html.words', (row.kind === 'indirect' ? `<span class="paraphrase" lang="${h(lang)}">${h(row.content.text)}</span>` : `<q lang="${h(lang)}">${h(row.content.text)}</q>`) + back, 'words') +
    cell('report.html.speaker', speaker) +
    cell('report.html.cue', row.cue ? h(row.cue.text) : '') +
    cell('report.html.to', row.addressee ? h(row.addressee.name) : '') +
    cell('report.html.cites', row.citing ? h(row.citing.name) : '') +
    `<td class="num" data-label="${h(say('report.html.confidence'))}" title="${h(row.rule)}">${row.confidence.toFixed(2)}</td>` +
    cell('report.html.checks', checks(row, words)) +
    '</tr>'
  )
}

/**
 * A table cell labelled (by catalog key, or `#`) for the phone layout; an
 * empty one shows a dash (and is hidden on phones).
 */
function labelledCell(say: ReportWords['say']): (label: MessageKey | '#', html: string, className?: string) => string {
  return (label, html, className = '') => {
    const classes = [className, html === '' ? 'empty' : ''].filter(Boolean).join(' ')
    return `<td${classes ? ` class="${classes}"` : ''} data-label="${h(label === '#' ? label : say(label))}">${html || '<span class="muted">—</span>'}</td>`
  }
}

function checks(row: QuoteRow, words: ReportWords): string {
  const {say} = words
  const parts: string[] = []
  const verification = row.verification
  if (verification) {
    const source = verification.source ? ` <span class="muted">${h(say('report.html.in-source', {document: verification.source.document}))}</span>` : ''
    const score = typeof verification.score === 'number' ? ` <span class="muted">${verification.score.toFixed(2)}</span>` : ''
    parts.push(`<span class="badge v-${h(verification.verdict)}">${h(words.verdict(verification.verdict))}</span>${score}${source}`)
    // src/verify says why (verification.why, with `code` marks for names), here in the report's language.
    const reason = verificationReason(verification, words.locale)
    if (reason !== null) parts.push(`<span class="role">${codeMarks(h(reason))}</span>`)
    if (verification.diff && verification.verdict !== 'verbatim') parts.push(diff(verification.diff, say('report.html.diff')))
  }
  if (row.unbalanced) parts.push(`<span class="badge f-warning">${h(say('report.md.unbalanced'))}</span>`)
  if (row.findings.length > 0) parts.push(findingsItems(row.findings))
  return parts.join(' ')
}

function diff(operations: NonNullable<Verification['diff']>, title: string): string {
  // Operations may carry words without the spaces between them (src/verify works on words): put one back.
  const html = operations
    .map((operation, index) => {
      const previous = operations[index - 1]?.text ?? ''
      const gap = index > 0 && !/\s$/.test(previous) && !/^\s/.test(operation.text) ? ' ' : ''
      const text = h(operation.text)
      return gap + (operation.op === 'insert' ? `<ins>${text}</ins>` : operation.op === 'delete' ? `<del>${text}</del>` : text)
    })
    .join('')
  return `<div class="diff" title="${h(title)}">${html}</div>`
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

function speakersTables(article: ArticleReport, words: ReportWords): string {
  const {say} = words
  const named = article.speakers.filter((speaker) => !speaker.anonymous)
  const anonymous = article.speakers.filter((speaker) => speaker.anonymous)
  const heads = (
    [
      ['report.html.speaker', false],
      ['report.html.type', false],
      ['report.html.also-called', false],
      ['report.html.roles', false],
      ['report.html.direct', true],
      ['report.html.mixed', true],
      ['report.html.indirect', true],
      ['report.html.all', true]
    ] as const
  )
    .map(([key, numeric]) => `<th${numeric ? ' class="num"' : ''}>${h(say(key))}</th>`)
    .join('')
  const table = (speakers: SpeakerRow[], caption: MessageKey): string =>
    `<div class="table-wrap"><table class="speakers cards-on-phone"><caption class="muted">${h(say(caption))}</caption><thead><tr>${heads}</tr></thead><tbody>
${speakers.map((speaker) => speakerRow(speaker, words)).join('\n')}
</tbody></table></div>`
  const parts = [`<h3 id="${article.anchor}-speakers">${h(say('report.html.speakers'))}</h3>`]
  if (named.length > 0) parts.push(table(named, 'report.html.named-speakers'))
  if (anonymous.length > 0) parts.push(table(anonymous, 'report.html.anonymous-speakers'))
  if (article.speakers.length === 0) parts.push(`<p class="muted">${h(say('report.html.no-speakers'))}</p>`)
  const unattributed = article.counts.unattributed
  if (unattributed > 0) parts.push(`<p class="muted">${h(words.count('report.html.unattributed', unattributed))}</p>`)
  return parts.join('\n')
}

function speakerRow(speaker: SpeakerRow, words: ReportWords): string {
  const roles = speaker.roles.map((role) => h([role.title, role.affiliation].filter(Boolean).join(', '))).join('; ')
  const cell = labelledCell(words.say)
  return (
    '<tr>' +
    cell('report.html.speaker', `<span class="swatch ${colourClass(speaker.colour)}" aria-hidden="true"></span><a href="#${speaker.firstQuote}">${h(speaker.entity.name)}</a>`) +
    cell('report.html.type', h(words.type(speaker.entity.type))) +
    cell('report.html.also-called', h(speaker.aliases.join(', '))) +
    cell('report.html.roles', roles) +
    cell('report.html.direct', String(speaker.direct), 'num') +
    cell('report.html.mixed', String(speaker.mixed), 'num') +
    cell('report.html.indirect', String(speaker.indirect), 'num') +
    cell('report.html.all', String(speaker.total), 'num') +
    '</tr>'
  )
}
