/**
 * Reports take graphs from anywhere (the engine, a JSON file, another tool),
 * so before anything is rendered the graph is reduced to its well-formed
 * parts: quotes, entities, credits and spans of the wrong shape are dropped,
 * names and ids become strings, kinds and types fall back to known values.
 * A report can then never crash on a malformed graph; it shows what is sound.
 */
import type {Credit, DocumentInfo, Edge, Entity, EntityType, Graph, Quote, QuoteKind, Role, Span} from '../contract/graph.ts'

const quoteKinds: readonly QuoteKind[] = ['direct', 'indirect', 'mixed']
const entityTypes: readonly EntityType[] = ['person', 'organization', 'outlet', 'anonymous', 'group']

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const text = (value: unknown): string | null => (typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : null)
const id = (value: unknown): string | null => {
  const result = text(value)
  return result === null || result === '' ? null : result
}

export function span(value: unknown): Span | null {
  if (!isObject(value)) return null
  const {start, end} = value
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0 || (end as number) < (start as number)) return null
  return {start: start as number, end: end as number, text: text(value['text']) ?? ''}
}

function role(value: unknown): Role | null {
  if (!isObject(value)) return null
  const title = text(value['title'])
  return title === null ? null : {title, affiliation: id(value['affiliation'])}
}

function entity(value: unknown): Entity | null {
  if (!isObject(value)) return null
  const key = id(value['id'])
  if (key === null) return null
  const type = entityTypes.includes(value['type'] as EntityType) ? (value['type'] as EntityType) : 'organization'
  return {
    ...value,
    id: key,
    type,
    name: text(value['name']) ?? key,
    aliases: list(value['aliases']).map(text).filter((alias): alias is string => alias !== null),
    roles: list(value['roles']).map(role).filter((item): item is Role => item !== null),
    mentions: list(value['mentions']).map(span).filter((item): item is Span => item !== null)
  }
}

function quote(value: unknown, index: number): Quote | null {
  if (!isObject(value)) return null
  const content = span(value['content'])
  if (!content) return null
  const confidence = typeof value['confidence'] === 'number' && Number.isFinite(value['confidence']) ? Math.min(1, Math.max(0, value['confidence'])) : 0
  const verification = isObject(value['verification']) && typeof value['verification']['verdict'] === 'string' ? (value['verification'] as unknown as Quote['verification']) : undefined
  return {
    ...value,
    id: id(value['id']) ?? 'quote-' + (index + 1),
    kind: quoteKinds.includes(value['kind'] as QuoteKind) ? (value['kind'] as QuoteKind) : 'direct',
    content,
    cue: span(value['cue']),
    speaker: id(value['speaker']),
    speakerMention: span(value['speakerMention']),
    addressee: id(value['addressee']),
    citing: id(value['citing']),
    confidence,
    rule: text(value['rule']) ?? '',
    unbalanced: value['unbalanced'] === true ? true : undefined,
    verification: verification ? sanitiseVerification(verification) : undefined
  } as Quote
}

function sanitiseVerification(value: NonNullable<Quote['verification']>): NonNullable<Quote['verification']> {
  const source = isObject(value.source) && id(value.source.document) !== null ? {document: id(value.source.document)!, span: span(value.source.span) ?? {start: 0, end: 0, text: ''}} : null
  const diff = list(value.diff)
    .filter(isObject)
    .map((step) => ({op: step['op'] === 'insert' || step['op'] === 'delete' ? step['op'] : 'equal', text: text(step['text']) ?? ''}) as const)
  return {
    ...value,
    verdict: String(value.verdict) as NonNullable<Quote['verification']>['verdict'],
    source,
    ...(diff.length > 0 ? {diff} : {diff: undefined}),
    ...(typeof value.score === 'number' && Number.isFinite(value.score) ? {score: value.score} : {score: undefined})
  }
}

function documentInfo(value: unknown): DocumentInfo {
  const document = isObject(value) ? value : {}
  const dateline = isObject(document['dateline']) ? document['dateline'] : null
  const datelineSpan = dateline ? span(dateline['span']) : null
  const copyright = isObject(document['copyright']) ? document['copyright'] : null
  return {
    ...document,
    publisher: id(document['publisher']),
    dateline: dateline && datelineSpan ? {place: text(dateline['place']) ?? '', outlet: id(dateline['outlet']) ?? '', span: datelineSpan} : null,
    sources: list(document['sources']).map(id).filter((item): item is string => item !== null),
    credits: list(document['credits'])
      .filter(isObject)
      .map((credit) => ({role: text(credit['role']) ?? 'credit', name: text(credit['name']) ?? '', span: span(credit['span']) ?? {start: 0, end: 0, text: ''}}) as Credit)
      .filter((credit) => credit.name !== ''),
    copyright: copyright && text(copyright['holder']) !== null ? {holder: text(copyright['holder'])!, year: Number(text(copyright['year'])) || 0} : null
  }
}

export function sanitiseGraph(value: unknown): Graph {
  const graph = isObject(value) ? value : {}
  return {
    ...graph,
    version: 1,
    lang: text(graph['lang']) ?? 'id',
    document: documentInfo(graph['document']),
    entities: list(graph['entities']).map(entity).filter((item): item is Entity => item !== null),
    quotes: list(graph['quotes']).map(quote).filter((item): item is Quote => item !== null),
    edges: list(graph['edges']).filter((edge): edge is Edge => isObject(edge) && typeof edge['type'] === 'string')
  }
}
