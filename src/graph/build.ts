/**
 * Assembles the contract graph from the stages' readings: entities in order
 * of first mention (`e1`, `e2`, …), quotes in text order (`q1`, …), and the
 * same facts as edges, each with the spans that prove it. Deterministic: the
 * same input gives the same graph, key order included.
 */
import type {EntityRecord, EntityRegistry} from '../attribute/entities.ts'
import type {ProvenanceReading} from '../attribute/provenance.ts'
import type {Attribution} from '../attribute/resolve.ts'
import type {TokenRange} from '../phrase/speaker-phrase.ts'
import type {AnalysedText} from '../extract/document.ts'
import type {Statement} from '../statements/statement.ts'
import type {Edge, Entity, Graph, Quote, Span} from '../contract/graph.ts'

export const DOCUMENT_NODE = 'document'

export interface GraphParts {
  doc: AnalysedText
  statements: Statement[]
  attributions: Attribution[]
  registry: EntityRegistry
  provenance: ProvenanceReading
  publisher: EntityRecord | null
  datelineOutlet: EntityRecord | null
  sources: EntityRecord[]
}

function spanOf(text: string, start: number, end: number): Span {
  return {start, end, text: text.slice(start, end)}
}

function rangeSpan(doc: AnalysedText, range: TokenRange | null): Span | null {
  if (!range) return null
  return spanOf(doc.text, doc.tokens.at(range.first)!.start, doc.tokens.at(range.last)!.end)
}

/**
 * The spans that are there, in that order, in an array of their own length (`filter` leaves room for 16 more: a
 * tenth of a kilobyte per edge, 65 MB on a 50 MB document).
 */
function presentSpans(first: Span | null, second: Span | null = null): Span[] {
  if (first !== null && second !== null) return [first, second]
  const one = first ?? second
  return one === null ? [] : [one]
}

/** The record whose entity stands for this one (itself, unless it was folded into another). */
function entityOf(record: EntityRecord): EntityRecord {
  return record.foldedInto ?? record
}

export function buildGraph(parts: GraphParts): Graph {
  const {doc, statements, attributions, registry, provenance} = parts
  const text = doc.text

  // Entities that something points at, in order of first mention.
  const used = new Set<EntityRecord>()
  for (const attribution of attributions) {
    for (const record of [attribution.speaker, attribution.addressee, attribution.citing]) if (record) used.add(entityOf(record))
  }
  for (const record of registry.records) used.add(record)
  const ordered = [...used].sort((a, b) => a.firstOffset - b.firstOffset || a.key - b.key)
  const idOf = new Map<EntityRecord, string>()
  ordered.forEach((record, index) => idOf.set(record, `e${index + 1}`))
  const byName = new Map<string, string>()
  // Affiliations point at organisations and outlets only.
  for (const record of ordered) if (record.type === 'organization' || record.type === 'outlet') byName.set(registry.normalise(record.name), idOf.get(record)!)
  // … and by their aliases (`KPK`), where no other name claims the key.
  for (const record of ordered) {
    if (record.type !== 'organization' && record.type !== 'outlet') continue
    for (const key of record.keys) if (!byName.has(key)) byName.set(key, idOf.get(record)!)
  }

  const entities: Entity[] = ordered.map((record) => ({
    id: idOf.get(record)!,
    type: record.type,
    name: record.name,
    aliases: [...record.aliases].filter((alias) => alias !== record.name).sort(),
    roles: record.roles.map((role) => ({
      title: role.title,
      affiliation: role.affiliation === null ? null : byName.get(registry.normalise(role.affiliation)) ?? role.affiliation
    })),
    mentions: [...record.mentions].sort((a, b) => a.start - b.start || a.end - b.end)
  }))

  // Quotes in text order.
  // A thought (`Budi menduga …`) was read for its speaker's salience only: no quote.
  const order = statements.map((_, index) => index).filter((index) => statements[index]!.thought !== true).sort((a, b) => statements[a]!.contentStart - statements[b]!.contentStart || statements[a]!.contentEnd - statements[b]!.contentEnd)
  const quoteId = new Map<number, string>()
  order.forEach((index, position) => quoteId.set(index, `q${position + 1}`))
  const edges: Edge[] = []
  const quotes: Quote[] = order.map((index) => {
    const statement = statements[index]!
    const attribution = attributions[index]!
    const id = quoteId.get(index)!
    const cue = rangeSpan(doc, statement.cue)
    const mention = rangeSpan(doc, attribution.mention)
    const quote: Quote = {
      id,
      kind: statement.kind,
      content: spanOf(text, statement.contentStart, statement.contentEnd),
      cue,
      speaker: attribution.speaker ? idOf.get(entityOf(attribution.speaker))! : null,
      speakerMention: mention,
      addressee: attribution.addressee ? idOf.get(entityOf(attribution.addressee))! : null,
      citing: attribution.citing ? idOf.get(entityOf(attribution.citing))! : null,
      confidence: attribution.confidence,
      rule: `${statement.rule}/${attribution.rule}`
    }
    if (statement.unbalanced) quote.unbalanced = true
    if (quote.speaker) {
      // A speaker carried from context (a split or continued quote) is proved by the quote itself.
      const evidence = presentSpans(mention, cue)
      edges.push({type: 'said', from: quote.speaker, to: id, evidence: evidence.length > 0 ? evidence : [quote.content]})
    }
    if (quote.addressee) {
      edges.push({type: 'addressed-to', from: id, to: quote.addressee, evidence: presentSpans(rangeSpan(doc, attribution.addresseeMention))})
    }
    if (quote.citing) {
      edges.push({type: 'cites', from: id, to: quote.citing, evidence: presentSpans(rangeSpan(doc, attribution.citingMention))})
    }
    if (statement.continues !== null && quoteId.has(statement.continues)) {
      edges.push({type: 'continues', from: id, to: quoteId.get(statement.continues)!, evidence: [quote.content]})
    }
    return quote
  })

  // Affiliations as edges.
  for (const entity of entities) {
    for (const role of entity.roles) {
      if (role.affiliation && idOf.size > 0 && /^e\d+$/u.test(role.affiliation) && role.affiliation !== entity.id) {
        const target = entities.find((candidate) => candidate.id === role.affiliation)
        const evidence = entity.mentions.slice(0, 1)
        if (target && evidence.length > 0) edges.push({type: 'affiliated-with', from: entity.id, to: target.id, evidence})
      }
    }
  }

  // The document's provenance.
  const publisher = parts.publisher ? idOf.get(parts.publisher)! : null
  // An outlet line with no place (`Merdeka.com -`) names the publisher and opens the body, but is no dateline.
  const outletLine = provenance.dateline && parts.datelineOutlet
    ? {place: provenance.dateline.place, outlet: idOf.get(parts.datelineOutlet)!, span: spanOf(text, provenance.dateline.span.start, provenance.dateline.span.end)}
    : null
  const dateline = outletLine?.place ? {...outletLine, place: outletLine.place} : null
  if (dateline) edges.push({type: 'dateline', from: DOCUMENT_NODE, to: dateline.outlet, evidence: [dateline.span]})
  if (publisher) {
    const evidence: Span[] = []
    if (outletLine && outletLine.outlet === publisher) evidence.push(outletLine.span)
    if (provenance.copyright) evidence.push(spanOf(text, provenance.copyright.span.start, provenance.copyright.span.end))
    // A publisher read from the body (the outlet a speaker talks to) is proved where the text names it.
    if (evidence.length === 0 && parts.publisher!.mentions.length > 0) evidence.push(parts.publisher!.mentions[0]!)
    if (evidence.length > 0) edges.push({type: 'published-by', from: DOCUMENT_NODE, to: publisher, evidence})
  }
  const sources: string[] = []
  parts.sources.forEach((record, index) => {
    const id = idOf.get(record)!
    if (sources.includes(id)) return
    sources.push(id)
    const source = provenance.sources[index]
    if (source) edges.push({type: 'relays', from: DOCUMENT_NODE, to: id, evidence: [spanOf(text, source.span.start, source.span.end)]})
  })

  return {
    version: 1,
    lang: doc.language.code,
    document: {
      publisher,
      dateline,
      sources,
      credits: provenance.credits.map((credit) => ({role: credit.role, name: credit.name, span: spanOf(text, credit.span.start, credit.span.end)})),
      copyright: provenance.copyright ? {holder: provenance.copyright.holder, year: provenance.copyright.year} : null
    },
    entities,
    quotes,
    edges
  }
}
