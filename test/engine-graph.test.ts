/**
 * The graph as a whole, on one small article of our own that has every kind
 * of fact: spans that are the input's text, unique ids, edges whose ends
 * exist, byte-identical JSON for the same input, schema validity, and each
 * edge type (said, addressed-to, cites, continues, published-by, dateline,
 * relays) with its evidence.
 */
import test from 'ava'
import {extract} from '../src/index.ts'
import type {Edge, Graph, Span} from '../src/contract/graph.ts'
import {checkGraphIntegrity, validateGraph} from '../src/graph/schema.ts'
import {entityById, entityNamed, graphOf, quoteWith} from './helpers/engine.ts'

const article = [
  'Busan (ANTARA) - Kantor berita Yonhap melaporkan bahwa kapal patroli Korea Selatan menahan sebuah kapal ikan asing, mengutip seorang pejabat di penjaga pantai.',
  'Juru bicara Penjaga Pantai Korea Selatan Han Ji-woo membenarkan penahanan itu.',
  '“Kapal itu masuk tanpa izin dan menolak diperiksa,” kata Han kepada Kantor Berita Yonhap.',
  '“Awak kapal dalam keadaan baik. Kami memberi mereka makanan dan air',
  '“Proses hukum akan berjalan sesuai aturan,” ujarnya.',
  'Han menambahkan bahwa pemilik kapal sudah dihubungi.',
  'Sumber: Yonhap-OANA',
  'Penerjemah: Sri Handayani\nEditor: Agus Salim',
  'COPYRIGHT © ANTARA 2025'
].join('\n\n')

function edgesOf(graph: Graph, type: string): Edge[] {
  return graph.edges.filter((edge) => edge.type === type)
}

function collectSpans(value: unknown, into: Span[]): Span[] {
  if (Array.isArray(value)) for (const item of value) collectSpans(item, into)
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string') into.push(record as unknown as Span)
    for (const child of Object.values(record)) collectSpans(child, into)
  }
  return into
}

test('the article graph is schema-valid and sound', (t) => {
  const graph = extract(article)
  t.deepEqual(validateGraph(graph), {valid: true, errors: []})
  t.deepEqual(checkGraphIntegrity(graph, article), [])
  t.is(graph.version, 1)
  t.is(graph.lang, 'id')
})

test('every span in the graph is the input text at its offsets', (t) => {
  const spans = collectSpans(graphOf(t, article), [])
  t.true(spans.length > 20, `spans found: ${spans.length}`)
  for (const span of spans) t.is(article.slice(span.start, span.end), span.text)
})

test('entity and quote ids are unique', (t) => {
  const graph = graphOf(t, article)
  const ids = [...graph.entities.map((entity) => entity.id), ...graph.quotes.map((quote) => quote.id)]
  t.is(new Set(ids).size, ids.length)
})

test('every edge endpoint is a node: an entity, a quote or the document', (t) => {
  const graph = graphOf(t, article)
  const nodes = new Set(['document', ...graph.entities.map((entity) => entity.id), ...graph.quotes.map((quote) => quote.id)])
  for (const edge of graph.edges) {
    t.true(nodes.has(edge.from), `from ${edge.from} (${edge.type})`)
    t.true(nodes.has(edge.to), `to ${edge.to} (${edge.type})`)
  }
})

test('every edge carries evidence that is the input text', (t) => {
  const graph = graphOf(t, article)
  for (const edge of graph.edges) {
    t.true(edge.evidence.length > 0, `${edge.type} ${edge.from}→${edge.to} has evidence`)
    for (const span of edge.evidence) t.is(article.slice(span.start, span.end), span.text)
  }
})

test('the same input gives byte-identical JSON', (t) => {
  const first = JSON.stringify(extract(article))
  extract('Sebuah teks lain di antaranya, kata Budi Santoso.')
  t.is(JSON.stringify(extract(article)), first, 'no state carried from one call to the next')
})

test('said: speaker → quote for every attributed quote', (t) => {
  const graph = graphOf(t, article)
  const said = edgesOf(graph, 'said')
  for (const quote of graph.quotes.filter((quote) => quote.speaker !== null)) {
    t.true(said.some((edge) => edge.from === quote.speaker && edge.to === quote.id), `said edge for ${quote.id}`)
  }
  const han = entityNamed(graph, 'Han Ji-woo')
  t.is(quoteWith(graph, 'Kapal itu masuk tanpa izin')?.speaker, han?.id)
})

test('addressed-to: quote → addressee, with the kepada words as evidence', (t) => {
  const graph = graphOf(t, article)
  const quote = quoteWith(graph, 'Kapal itu masuk tanpa izin')
  const edge = edgesOf(graph, 'addressed-to').find((candidate) => candidate.from === quote?.id)
  t.truthy(edge)
  t.truthy(quote?.addressee)
  t.is(edge?.to ?? null, quote?.addressee ?? null)
  const kepada = article.indexOf('kepada Kantor Berita Yonhap')
  const inside = (span: Span) => span.start >= kepada && span.end <= kepada + 'kepada Kantor Berita Yonhap'.length
  t.true(edge !== undefined && edge.evidence.length > 0 && edge.evidence.every(inside), JSON.stringify(edge?.evidence))
})

test('cites: quote → the cited party, with the mengutip words as evidence', (t) => {
  const graph = graphOf(t, article)
  const quote = quoteWith(graph, 'kapal patroli Korea Selatan menahan')
  const edge = edgesOf(graph, 'cites').find((candidate) => candidate.from === quote?.id)
  t.truthy(edge, 'a cites edge')
  t.truthy(quote?.citing)
  t.is(edge?.to ?? null, quote?.citing ?? null)
  t.true(edge?.evidence.some((span) => span.text.includes('seorang pejabat')), JSON.stringify(edge?.evidence))
})

test('continues: the next paragraph of a continued quote → the quote it continues', (t) => {
  const graph = graphOf(t, article)
  const continued = quoteWith(graph, 'Awak kapal dalam keadaan baik')
  const next = quoteWith(graph, 'Proses hukum akan berjalan')
  t.truthy(continued)
  t.truthy(next)
  const edges = edgesOf(graph, 'continues')
  t.true(edges.some((edge) => (edge.from === next?.id && edge.to === continued?.id) || (edge.from === continued?.id && edge.to === next?.id)),
    JSON.stringify(edges.map((edge) => [edge.from, edge.to])))
})

test('published-by and dateline: document → the dateline outlet', (t) => {
  const graph = graphOf(t, article)
  const publishedBy = edgesOf(graph, 'published-by')
  const dateline = edgesOf(graph, 'dateline')
  t.deepEqual(publishedBy.map((edge) => [edge.from, edge.to]), [['document', graph.document.publisher]])
  t.deepEqual(dateline.map((edge) => [edge.from, edge.to]), [['document', graph.document.dateline?.outlet]])
  t.deepEqual(dateline[0]?.evidence.map((span) => span.text), ['Busan (ANTARA) -'])
})

test('relays: document → each source outlet, with the Sumber line as evidence', (t) => {
  const graph = graphOf(t, article)
  const relays = edgesOf(graph, 'relays')
  t.deepEqual(relays.map((edge) => edge.to).sort(), [...graph.document.sources].sort())
  t.is(relays.length, 2)
  for (const edge of relays) t.true(edge.evidence.every((span) => 'Yonhap-OANA'.includes(span.text) || span.text.includes('Yonhap')), JSON.stringify(edge.evidence))
})

test('an empty string gives an empty, valid graph', (t) => {
  const graph = graphOf(t, '')
  t.deepEqual([graph.quotes.length, graph.entities.length, graph.edges.length], [0, 0, 0])
})

test('the addressed-to evidence is the whole addressee phrase (Kantor Berita Yonhap), not the bare name', (t) => {
  const text = 'Juru bicara Penjaga Pantai Korea Selatan Han Ji-woo membenarkan penahanan itu.\n\n' +
    '“Kapal itu masuk tanpa izin dan menolak diperiksa,” kata Han kepada Kantor Berita Yonhap.'
  const graph = graphOf(t, text)
  const quote = quoteWith(graph, 'Kapal itu masuk')
  const edge = graph.edges.find((candidate) => candidate.type === 'addressed-to' && candidate.from === quote?.id)
  t.deepEqual(edge?.evidence.map((span) => span.text), ['Kantor Berita Yonhap'])
})

test('quotes come in document order, each with a rule and a confidence between 0 and 1', (t) => {
  const graph = graphOf(t, article)
  const starts = graph.quotes.map((quote) => quote.content.start)
  t.deepEqual(starts, [...starts].sort((a, b) => a - b))
  for (const quote of graph.quotes) {
    t.true(quote.confidence >= 0 && quote.confidence <= 1, `${quote.id} confidence ${quote.confidence}`)
    t.true(quote.rule.length > 0, `${quote.id} rule`)
  }
})

test('a speaker mention and its cue lie outside the content of a direct quote', (t) => {
  const graph = graphOf(t, article)
  for (const quote of graph.quotes.filter((candidate) => candidate.kind === 'direct')) {
    for (const span of [quote.cue, quote.speakerMention]) {
      if (span) t.true(span.end <= quote.content.start || span.start >= quote.content.end, `${quote.id}: ${span.text}`)
    }
  }
})

test('every entity mention is the input text, and a speaker has a mention', (t) => {
  const graph = graphOf(t, article)
  for (const entity of graph.entities) {
    for (const span of entity.mentions) t.is(article.slice(span.start, span.end), span.text)
  }
  for (const id of new Set(graph.quotes.map((quote) => quote.speaker).filter((id): id is string => id !== null))) {
    t.true((entityById(graph, id)?.mentions.length ?? 0) > 0, `${id} has a mention`)
  }
})
