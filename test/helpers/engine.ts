/**
 * Shared helpers for the engine behaviour tests (test/engine-*.test.ts):
 * run `extract` on a small hand-written snippet, find a quote by its content,
 * name its speaker, and assert a whole reading of one statement at once
 * (exact content, cue and mention spans, kind, speaker, addressee, citing).
 */
import test, {type ExecutionContext} from 'ava'
import {extract} from '../../src/index.ts'
import type {Entity, EntityType, Graph, Quote, QuoteKind, Span} from '../../src/contract/graph.ts'
import {checkGraphIntegrity, validateGraph} from '../../src/graph/schema.ts'

/** The graph of `text`; fails the test when it is not schema-valid and sound. */
export function graphOf(t: ExecutionContext, text: string): Graph {
  const graph = extract(text)
  t.deepEqual(validateGraph(graph).errors, [], 'the graph follows docs/graph.schema.json')
  t.deepEqual(checkGraphIntegrity(graph, text), [], 'every span matches the input, every id resolves')
  return graph
}

export function entityById(graph: Graph, id: string | null): Entity | undefined {
  return id === null ? undefined : graph.entities.find((entity) => entity.id === id)
}

/** The canonical name of the quote's speaker, or null. */
export function speakerName(graph: Graph, quote: Quote): string | null {
  return entityById(graph, quote.speaker)?.name ?? null
}

/** Every quote whose content contains `fragment`. */
export function quotesWith(graph: Graph, fragment: string): Quote[] {
  return graph.quotes.filter((quote) => quote.content.text.includes(fragment))
}

/** The first quote whose content contains `fragment`. */
export function quoteWith(graph: Graph, fragment: string): Quote | undefined {
  return quotesWith(graph, fragment)[0]
}

/** The entity with this canonical name (exact). */
export function entityNamed(graph: Graph, name: string): Entity | undefined {
  return graph.entities.find((entity) => entity.name === name)
}

/** A compact picture of every quote, for failure messages. */
export function describeQuotes(graph: Graph): string {
  return graph.quotes
    .map((quote) => {
      const who = entityById(graph, quote.speaker)
      return `${quote.kind} ${JSON.stringify(quote.content.text)} cue=${JSON.stringify(quote.cue?.text ?? null)} ` +
        `speaker=${JSON.stringify(who?.name ?? null)}(${who?.type ?? '-'}) mention=${JSON.stringify(quote.speakerMention?.text ?? null)}`
    })
    .join('\n') || '(no quotes)'
}

export interface QuoteReading {
  /** The exact content text. */
  content: string
  kind?: QuoteKind
  /** The exact cue text; null: no cue. */
  cue?: string | null
  /** The speaker's canonical name; null: no speaker. */
  speaker?: string | null
  speakerType?: EntityType
  /** The exact speakerMention text; null: none. */
  mention?: string | null
  /** The addressee's canonical name. */
  addressee?: string | null
  addresseeType?: EntityType
  /** The cited party's canonical name (`citingType` alone for an unnamed source). */
  citing?: string | null
  citingType?: EntityType
  unbalanced?: boolean
}

function assertSpanInInput(t: ExecutionContext, span: Span | null, input: string, label: string): void {
  if (span) t.is(input.slice(span.start, span.end), span.text, `${label} span is the input's text`)
}

/**
 * Assert one statement's reading: exactly one quote has this content, and
 * every field given in `reading` matches. Returns the quote (or undefined).
 */
export function assertQuote(t: ExecutionContext, graph: Graph, input: string, reading: QuoteReading): Quote | undefined {
  const matching = graph.quotes.filter((quote) => quote.content.text === reading.content)
  if (matching.length !== 1) {
    t.fail(`expected one quote with content ${JSON.stringify(reading.content)}, found ${matching.length}:\n${describeQuotes(graph)}`)
    return undefined
  }
  const quote = matching[0]!
  assertSpanInInput(t, quote.content, input, 'content')
  assertSpanInInput(t, quote.cue, input, 'cue')
  assertSpanInInput(t, quote.speakerMention, input, 'speakerMention')
  if (reading.kind !== undefined) t.is(quote.kind, reading.kind, 'kind')
  if (reading.cue !== undefined) t.is(quote.cue?.text ?? null, reading.cue, 'cue')
  if (reading.mention !== undefined) t.is(quote.speakerMention?.text ?? null, reading.mention, 'speakerMention')
  const speaker = entityById(graph, quote.speaker)
  if (reading.speaker !== undefined) t.is(speaker?.name ?? null, reading.speaker, 'speaker')
  if (reading.speakerType !== undefined) t.is(speaker?.type, reading.speakerType, 'speaker type')
  const addressee = entityById(graph, quote.addressee)
  if (reading.addressee !== undefined) t.is(addressee?.name ?? null, reading.addressee, 'addressee')
  if (reading.addresseeType !== undefined) t.is(addressee?.type, reading.addresseeType, 'addressee type')
  const citing = entityById(graph, quote.citing)
  if (reading.citing !== undefined) t.is(citing?.name ?? null, reading.citing, 'citing')
  if (reading.citingType !== undefined) t.is(citing?.type, reading.citingType, 'citing type')
  if (reading.unbalanced !== undefined) t.is(quote.unbalanced ?? false, reading.unbalanced, 'unbalanced')
  return quote
}

/** No quote's content contains `fragment`. */
export function assertNoQuoteWith(t: ExecutionContext, graph: Graph, fragment: string): void {
  const found = quotesWith(graph, fragment)
  t.is(found.length, 0, `nothing containing ${JSON.stringify(fragment)} is a quote:\n${describeQuotes(graph)}`)
}

/** The name an entity's role affiliation points to: an entity's name, or the string itself. */
export function affiliationName(graph: Graph, affiliation: string | null): string | null {
  if (affiliation === null) return null
  return entityById(graph, affiliation)?.name ?? affiliation
}

/** The entity's roles as `title @ affiliation` strings (title lower-cased: sentence case is not part of it). */
export function rolesOf(graph: Graph, entity: Entity | undefined): string[] {
  return (entity?.roles ?? []).map((role) => `${role.title.toLowerCase()} @ ${affiliationName(graph, role.affiliation) ?? '-'}`)
}

/** The names of the document's source outlets, in order. */
export function sourceNames(graph: Graph): Array<string | undefined> {
  return graph.document.sources.map((id) => entityById(graph, id)?.name)
}

/** The document's credits as `role: name` strings, in order. */
export function creditsOf(graph: Graph): string[] {
  return graph.document.credits.map((credit) => `${credit.role}: ${credit.name}`)
}

/**
 * One test: the graph of `text` (schema- and integrity-checked), each reading asserted, then any further checks
 * (`more`). The usual shape of an engine behaviour test, written once.
 */
export function readingTest(title: string, text: string, readings: QuoteReading[], more?: (t: ExecutionContext, graph: Graph) => void): void {
  test(title, (t) => {
    const graph = graphOf(t, text)
    for (const reading of readings) assertQuote(t, graph, text, reading)
    more?.(t, graph)
  })
}

/** The roles of the person entity named `name`, as `rolesOf` writes them. */
export function rolesOfNamed(graph: Graph, name: string): string[] {
  return rolesOf(graph, entityNamed(graph, name))
}
