/**
 * One article's report: provenance, quote rows, speakers and counts, resolved
 * from its attribution graph. Tolerates partial or inconsistent graphs (ids
 * that point nowhere, missing arrays): a report must never crash on what the
 * engine produced.
 */
import type {Entity, Graph, Quote, Span} from '../contract/graph.ts'
import {normaliseFindings} from './findings.ts'
import {sanitiseGraph} from './sanitise.ts'
import type {ArticleReport, ReportCounts, ReportEntity, ReportFinding, QuoteRow, ReportInput, SpeakerRow} from './model.ts'

export {emptyGraph} from '../graph/empty.ts'

export function buildArticle(input: ReportInput & {graph: Graph}, number: number): ArticleReport {
  const graph = sanitiseGraph(input.graph)
  const entities = new Map<string, Entity>()
  for (const entity of graph.entities) entities.set(entity.id, entity)
  const ref = (id: string | null | undefined): ReportEntity | null => {
    if (id === null || id === undefined || id === '') return null
    const entity = entities.get(id)
    return entity ? {id, name: entity.name, type: entity.type} : {id, name: id, type: 'unknown'}
  }
  const nameOf = (id: string | null | undefined): string | null => ref(id)?.name ?? null

  const anchor = 'a' + number
  const findings = normaliseFindings(input.findings ?? [])
  const claimed = new Set<ReportFinding>()
  const quotes = [...graph.quotes].sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end)
  const rows: QuoteRow[] = quotes.map((quote, index) => {
    const speaker = ref(quote.speaker)
    const role = speaker ? entities.get(speaker.id)?.roles?.[0] : undefined
    const [from, to] = extent(quote)
    const own = findings.filter((finding) => finding.start !== null && overlaps(finding, from, to))
    for (const finding of own) claimed.add(finding)
    return {
      number: index + 1,
      id: String(quote.id),
      anchor: `${anchor}-q${index + 1}`,
      kind: quote.kind,
      content: quote.content,
      cue: quote.cue ?? null,
      speaker,
      speakerMention: quote.speakerMention ?? null,
      role: role?.title ?? null,
      affiliation: role ? nameOf(role.affiliation) : null,
      addressee: ref(quote.addressee),
      citing: ref(quote.citing),
      confidence: quote.confidence,
      rule: quote.rule,
      unbalanced: quote.unbalanced === true,
      verification: quote.verification ?? null,
      findings: own,
      colour: null
    }
  })

  const speakers = speakerRows(rows, entities, nameOf)
  const colours = new Map(speakers.map((speaker) => [speaker.entity.id, speaker.colour]))
  for (const row of rows) row.colour = row.speaker ? (colours.get(row.speaker.id) ?? null) : null

  const document = graph.document
  const dateline = document.dateline
  return {
    number,
    id: input.id ?? 'doc-' + number,
    anchor,
    path: input.path ?? null,
    text: typeof input.text === 'string' ? input.text : null,
    error: input.error ?? null,
    provenance: {
      publisher: ref(document.publisher),
      dateline: dateline ? {place: dateline.place, outlet: ref(dateline.outlet) ?? unknownRef(''), span: dateline.span} : null,
      sources: document.sources.map((id) => ref(id) ?? unknownRef(id)),
      credits: document.credits,
      copyright: document.copyright
    },
    quotes: rows,
    speakers,
    findings: findings.filter((finding) => !claimed.has(finding)),
    counts: countQuotes(rows, speakers.length, findings.length),
    graph
  }
}

const unknownRef = (name: string): ReportEntity => ({id: name, name, type: 'unknown'})

/** Speakers ordered by number of quotes (then first appearance); colours follow that order. */
function speakerRows(rows: QuoteRow[], entities: Map<string, Entity>, nameOf: (id: string | null) => string | null): SpeakerRow[] {
  const byId = new Map<string, SpeakerRow>()
  for (const row of rows) {
    if (!row.speaker) continue
    let speaker = byId.get(row.speaker.id)
    if (!speaker) {
      const entity = entities.get(row.speaker.id)
      speaker = {
        entity: row.speaker,
        aliases: entity?.aliases ?? [],
        roles: (entity?.roles ?? []).map((role) => ({title: role.title, affiliation: nameOf(role.affiliation)})),
        direct: 0,
        indirect: 0,
        mixed: 0,
        total: 0,
        anonymous: row.speaker.type === 'anonymous',
        colour: 0,
        firstQuote: row.anchor
      }
      byId.set(row.speaker.id, speaker)
    }
    speaker[row.kind] += 1
    speaker.total += 1
  }
  const ordered = [...byId.values()].sort((a, b) => b.total - a.total)
  ordered.forEach((speaker, index) => (speaker.colour = index))
  return ordered
}

export function countQuotes(rows: QuoteRow[], speakers: number, findings: number): ReportCounts {
  const counts: ReportCounts = {quotes: rows.length, direct: 0, indirect: 0, mixed: 0, anonymous: 0, unattributed: 0, speakers, findings, verdicts: {}}
  for (const row of rows) {
    counts[row.kind] += 1
    if (!row.speaker) counts.unattributed += 1
    else if (row.speaker.type === 'anonymous') counts.anonymous += 1
    const verdict = row.verification?.verdict
    if (verdict) counts.verdicts[verdict] = (counts.verdicts[verdict] ?? 0) + 1
  }
  return counts
}

/** The stretch of text a quote occupies: its content, cue and speaker mention. */
function extent(quote: Quote): [number, number] {
  const spans = [quote.content, quote.cue, quote.speakerMention].filter((span): span is Span => Boolean(span))
  return [Math.min(...spans.map((span) => span.start)), Math.max(...spans.map((span) => span.end))]
}

function overlaps(finding: ReportFinding, from: number, to: number): boolean {
  const start = finding.start ?? 0
  const end = Math.max(finding.end ?? start, start + 1)
  return start < to && end > from
}
