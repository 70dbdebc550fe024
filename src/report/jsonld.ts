/**
 * The report as JSON-LD: schema.org `NewsArticle`, `Quotation` (with
 * `creator` and `spokenByCharacter`), `Person` / `Organization`, and
 * `ClaimReview` for verification verdicts; every span as a W3C Web
 * Annotation whose target carries a `TextPositionSelector` and a
 * `TextQuoteSelector` (exact + prefix + suffix), so a tool can re-anchor the
 * quote in an edited draft even after the offsets moved.
 */
import type {Entity, Span} from '../contract/graph.ts'
import {reportContext} from './jsonld-context.ts'
import type {ArticleReport, CorpusReport, ReportOptions} from './model.ts'

/** Characters of context kept on each side in a TextQuoteSelector (as Hypothesis does). */
const contextLength = 32

type Node = Record<string, unknown>

export function reportJsonLd(report: CorpusReport, options: ReportOptions = {}): Node {
  const graph: Node[] = []
  // One push per node: spreading an article of 100k quotes into push() overflows the stack.
  for (const article of report.articles) for (const node of articleNodes(article, options)) graph.push(node)
  return {'@context': reportContext, '@graph': graph}
}

const iri = (...parts: string[]): string => 'urn:kutip:' + parts.map((part) => encodeURIComponent(part)).join(':')

function entityType(entity: Pick<Entity, 'type'>): string | string[] {
  switch (entity.type) {
    case 'person':
    case 'anonymous':
      return 'Person'
    case 'outlet':
      return ['Organization', 'NewsMediaOrganization']
    default:
      return 'Organization'
  }
}

function articleNodes(article: ArticleReport, options: ReportOptions): Node[] {
  const articleId = iri('article', article.id)
  const entityId = (id: string): string => iri('article', article.id, 'entity', id)
  const known = new Set((article.graph.entities ?? []).map((entity) => entity.id))
  const nodes: Node[] = []
  const text = article.text

  const annotation = (span: Span | null | undefined, body: string, spanRole: string, key: string): void => {
    if (!span || !Number.isInteger(span.start) || !Number.isInteger(span.end)) return
    const selectors: Node[] = [{type: 'TextPositionSelector', start: span.start, end: span.end}]
    const quote: Node = {type: 'TextQuoteSelector', exact: span.text}
    if (text !== null) {
      quote['prefix'] = text.slice(Math.max(0, span.start - contextLength), span.start)
      quote['suffix'] = text.slice(span.end, span.end + contextLength)
    }
    selectors.push(quote)
    nodes.push({
      id: iri('article', article.id, 'span', key),
      type: 'Annotation',
      motivation: spanRole === 'content' ? 'identifying' : 'describing',
      spanRole,
      body,
      target: {type: 'SpecificResource', source: articleId, selector: selectors}
    })
  }

  // Entities that occur anywhere in the report: those in the graph, and ids the graph points at without defining.
  const referenced = new Map<string, Node>()
  const reference = (ref: {id: string; name: string; type: string} | null): string | undefined => {
    if (!ref) return undefined
    if (!known.has(ref.id) && !referenced.has(ref.id)) {
      referenced.set(ref.id, {id: entityId(ref.id), type: ref.type === 'person' ? 'Person' : 'Organization', name: ref.name})
    }
    return entityId(ref.id)
  }

  for (const entity of article.graph.entities ?? []) {
    const node: Node = {id: entityId(entity.id), type: entityType(entity), name: entity.name}
    if (entity.aliases?.length) node['alternateName'] = entity.aliases
    if (entity.type === 'anonymous') node['anonymous'] = true
    const role = entity.roles?.[0]
    if (role) {
      if (entity.type === 'person' || entity.type === 'anonymous') node['jobTitle'] = entity.roles.map((r) => r.title)
      else node['description'] = entity.roles.map((r) => r.title).join('; ')
      const affiliations = entity.roles
        .map((r) => r.affiliation)
        .filter((affiliation): affiliation is string => typeof affiliation === 'string' && affiliation !== '')
        .map((affiliation) => (known.has(affiliation) ? entityId(affiliation) : reference({id: affiliation, name: affiliation, type: 'organization'})!))
      if (affiliations.length > 0 && entity.type !== 'outlet' && entity.type !== 'organization') node['affiliation'] = affiliations
    }
    nodes.push(node)
    entity.mentions?.forEach((mention, index) => annotation(mention, entityId(entity.id), 'mention', `entity-${entity.id}-${index}`))
  }

  const {publisher, dateline, sources, credits, copyright} = article.provenance
  const articleNode: Node = {id: articleId, type: 'NewsArticle', name: article.id, inLanguage: article.graph.lang ?? 'id'}
  if (publisher) articleNode['publisher'] = reference(publisher)
  if (dateline) {
    articleNode['dateline'] = dateline.place
    annotation(dateline.span, articleId, 'dateline', 'dateline')
  }
  if (sources.length > 0) articleNode['isBasedOn'] = sources.map((source) => reference(source))
  const people = (role: string): Node[] =>
    credits.filter((credit) => credit.role === role).map((credit) => ({type: 'Person', name: credit.name}))
  for (const [role, property] of [['reporter', 'author'], ['translator', 'translator'], ['editor', 'editor']] as const) {
    const list = people(role)
    if (list.length > 0) articleNode[property] = list
  }
  const others = credits.filter((credit) => !['reporter', 'translator', 'editor'].includes(credit.role))
  if (others.length > 0) articleNode['contributor'] = others.map((credit) => ({type: 'Person', name: credit.name, description: credit.role}))
  credits.forEach((credit, index) => annotation(credit.span, articleId, 'credit', `credit-${index}`))
  if (copyright) {
    articleNode['copyrightHolder'] = {type: 'Organization', name: copyright.holder}
    articleNode['copyrightYear'] = copyright.year
  }
  if (text !== null && options.includeText !== false) articleNode['text'] = text
  nodes.push(articleNode)

  for (const row of article.quotes) {
    const quoteId = iri('article', article.id, 'quote', row.id)
    const speaker = reference(row.speaker)
    const quotation: Node = {
      id: quoteId,
      type: 'Quotation',
      text: row.content.text,
      isPartOf: articleId,
      quoteKind: row.kind,
      confidence: row.confidence,
      rule: row.rule
    }
    if (speaker) {
      quotation['creator'] = speaker
      quotation['spokenByCharacter'] = speaker
    }
    if (row.cue) quotation['cue'] = row.cue.text
    if (row.addressee) quotation['addressee'] = reference(row.addressee)
    if (row.citing) quotation['cites'] = reference(row.citing)
    if (row.unbalanced) quotation['unbalanced'] = true
    nodes.push(quotation)
    annotation(row.content, quoteId, 'content', `quote-${row.id}-content`)
    annotation(row.cue, quoteId, 'cue', `quote-${row.id}-cue`)
    if (row.speakerMention) annotation(row.speakerMention, speaker ?? quoteId, 'speakerMention', `quote-${row.id}-speaker`)

    const verification = row.verification
    if (verification) {
      const review: Node = {
        id: quoteId + ':review',
        type: 'ClaimReview',
        itemReviewed: quoteId,
        claimReviewed: row.content.text,
        author: {type: 'SoftwareApplication', name: 'kutip'},
        reviewRating: {
          type: 'Rating',
          alternateName: verification.verdict,
          ...(typeof verification.score === 'number' ? {ratingValue: verification.score, bestRating: 1, worstRating: 0} : {})
        }
      }
      if (verification.source) {
        review['isBasedOn'] = iri('source', verification.source.document)
        review['citation'] = {type: 'Quotation', text: verification.source.span.text}
      }
      nodes.push(review)
    }
  }
  for (const node of referenced.values()) nodes.push(node)
  return nodes
}
