import test from 'ava'
import jsonld from 'jsonld'
import {reanchor, report, reportContext} from '../src/index.ts'
import {graphFromReading, ownArticle, seedReading} from './report-fixtures.ts'

/** Refuses every remote document: the report must expand with its inline context alone. */
const offlineLoader = async (url: string): Promise<never> => {
  throw new Error(`network refused in tests: ${url}`)
}

const schema = 'http://schema.org/'
const oa = 'http://www.w3.org/ns/oa#'

function ownInput() {
  return {id: 'own-article', text: ownArticle.text, graph: graphFromReading(ownArticle.text, ownArticle.reading)}
}

type Expanded = Array<Record<string, unknown>>

const ofType = (nodes: Expanded, type: string): Expanded => nodes.filter((node) => (node['@type'] as string[] | undefined)?.includes(type))
const value = (node: Record<string, unknown>, property: string): unknown => (node[property] as Array<{'@value'?: unknown; '@id'?: string}> | undefined)?.[0]?.['@value']
const ref = (node: Record<string, unknown>, property: string): string | undefined => (node[property] as Array<{'@id'?: string}> | undefined)?.[0]?.['@id']

test('the JSON-LD expands offline, in safe mode (every term defined), to schema.org and Web Annotation types', async (t) => {
  const doc = JSON.parse(await report([ownInput()], {format: 'jsonld'})) as Record<string, unknown>
  t.deepEqual(doc['@context'], JSON.parse(JSON.stringify(reportContext)), 'the context is inline')
  const expanded = (await jsonld.expand(doc as jsonld.JsonLdDocument, {documentLoader: offlineLoader as never, safe: true} as never)) as unknown as Expanded
  const nodes = (expanded[0]?.['@graph'] as Expanded | undefined) ?? expanded

  const article = ofType(nodes, schema + 'NewsArticle')
  t.is(article.length, 1)
  const quotations = ofType(nodes, schema + 'Quotation')
  t.is(quotations.length, ownArticle.reading.quotes.length)
  const people = ofType(nodes, schema + 'Person')
  const budi = people.find((person) => value(person, schema + 'name') === 'Budi Santoso')
  t.truthy(budi)
  const fromBudi = quotations.filter((quotation) => ref(quotation, schema + 'creator') === budi!['@id'])
  t.is(fromBudi.length, 2, 'Budi made two of the quotes (creator)')
  t.true(fromBudi.every((quotation) => ref(quotation, schema + 'spokenByCharacter') === budi!['@id']))
  t.true(ofType(nodes, schema + 'Organization').length >= 2)

  const reviews = ofType(nodes, schema + 'ClaimReview')
  t.is(reviews.length, 1, 'one verdict in the reading, one ClaimReview')
  const rating = (reviews[0]![schema + 'reviewRating'] as Expanded)[0]!
  t.is(value(rating, schema + 'alternateName'), 'edited')

  const annotations = ofType(nodes, oa + 'Annotation')
  const quoteAnnotations = annotations.filter((annotation) => quotations.some((quotation) => ref(annotation, oa + 'hasBody') === quotation['@id']))
  t.true(quoteAnnotations.length >= quotations.length, 'every quote has an annotation')
  for (const annotation of annotations) {
    const target = (annotation[oa + 'hasTarget'] as Expanded)[0]!
    t.is(ref(target, oa + 'hasSource'), article[0]!['@id'] as string)
    const selectors = target[oa + 'hasSelector'] as Expanded
    const position = selectors.find((selector) => (selector['@type'] as string[]).includes(oa + 'TextPositionSelector'))!
    const quote = selectors.find((selector) => (selector['@type'] as string[]).includes(oa + 'TextQuoteSelector'))!
    const start = Number(value(position, oa + 'start'))
    const end = Number(value(position, oa + 'end'))
    t.is(value(quote, oa + 'exact'), ownArticle.text.slice(start, end), 'position and quote selectors agree')
    t.is(value(quote, oa + 'prefix'), ownArticle.text.slice(Math.max(0, start - 32), start))
  }

  const quads = await jsonld.toRDF(doc as jsonld.JsonLdDocument, {format: 'application/n-quads', documentLoader: offlineLoader as never} as never)
  t.true(String(quads).includes('<http://schema.org/spokenByCharacter>'))
})

test('the seed article (or our own when ../shared is absent) expands too', async (t) => {
  const seed = seedReading()
  const input = seed ? {id: 'antara-kim-rusia', ...seed} : ownInput()
  const doc = JSON.parse(await report([input, ownInput()], {format: 'jsonld'}))
  const expanded = (await jsonld.expand(doc, {documentLoader: offlineLoader as never, safe: true} as never)) as unknown as Expanded
  t.true(ofType(expanded, schema + 'NewsArticle').length === 2)
  t.true(ofType(expanded, schema + 'Quotation').length === input.graph.quotes.length + ownArticle.reading.quotes.length)
})

test('a quote re-anchors in an edited draft from its selectors', async (t) => {
  const doc = JSON.parse(await report([ownInput()], {format: 'jsonld'})) as {'@graph': Array<Record<string, any>>}
  const annotation = doc['@graph'].find((node) => node.type === 'Annotation' && node.spanRole === 'content' && node.target.selector[1].exact.startsWith('Kami tidak'))!
  const [position, quote] = annotation.target.selector
  // The editor adds a sentence at the top and repeats the quoted words earlier, without the original context.
  const edited = 'Tambahan: Kami tidak menerima jadwal apa pun, kata seseorang. ' + ownArticle.text
  const found = reanchor(edited, quote, position)
  t.truthy(found)
  t.is(found!.start, position.start + 'Tambahan: Kami tidak menerima jadwal apa pun, kata seseorang. '.length)
  t.is(edited.slice(found!.start, found!.end), quote.exact)
  t.is(reanchor(ownArticle.text, quote, position)!.start, position.start, 'unchanged text: same place')
  t.is(reanchor('Teks lain sama sekali.', quote, position), null, 'the words are gone')
})
