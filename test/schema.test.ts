/**
 * The published JSON Schema (docs/graph.schema.json) and the integrity checks
 * (src/graph/schema.ts): extract's output for the seed, every corpus/*.txt and
 * awkward inputs must pass both; hand-broken graphs must fail with a message
 * that says where.
 */
import test from 'ava'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {extract} from '../src/index.ts'
import type {Graph} from '../src/contract/graph.ts'
import {checkGraphIntegrity, graphSchema, validateGraph} from '../src/graph/schema.ts'
import {graphFromReading, ownArticle, repoRoot, seedPath, spanOf} from './report-fixtures.ts'

function assertSound(t: import('ava').ExecutionContext, text: string, label: string): Graph {
  const graph = extract(text)
  const schema = validateGraph(graph)
  t.deepEqual(schema.errors, [], `${label}: schema`)
  t.true(schema.valid, `${label}: schema`)
  t.deepEqual(checkGraphIntegrity(graph, text), [], `${label}: integrity`)
  // The graph survives JSON as it is (no undefined, no cycles, nothing lost).
  t.deepEqual(JSON.parse(JSON.stringify(graph)), graph, `${label}: JSON round trip`)
  return graph
}

test('the schema is draft 2020-12 and pins the contract version', (t) => {
  t.is(graphSchema.$schema, 'https://json-schema.org/draft/2020-12/schema')
  const {properties} = graphSchema as {properties: {version: {const: number}}}
  t.is(properties.version.const, 1)
})

test('extract output for the seed article is valid and sound', (t) => {
  if (!existsSync(seedPath)) {
    t.log('../shared/seed is absent: skipped')
    t.pass()
    return
  }
  assertSound(t, readFileSync(seedPath, 'utf8'), 'seed')
})

test('extract output for every corpus/*.txt is valid and sound', (t) => {
  const dir = path.join(repoRoot, 'corpus')
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.txt')).sort() : []
  if (files.length === 0) {
    t.log('corpus/ has no articles yet')
    t.pass()
    return
  }
  for (const name of files) assertSound(t, readFileSync(path.join(dir, name), 'utf8'), name)
})

test('extract output for awkward inputs is valid and sound', (t) => {
  const inputs: Array<[string, string]> = [
    ['empty string', ''],
    ['only quote marks', '"""""“”„«»‘’”'],
    ['one unmatched mark', 'Dia berkata, "Saya tidak tahu apa-apa kata dia.'],
    ['CRLF lines', 'JAKARTA, KOMPAS — Menteri itu hadir.\r\n\r\n”Kami siap,” kata Budi.\r\nIa menambahkan, "Semua aman."\r\n'],
    ['astral characters', 'Presiden 🇮🇩 berkata, "Kita 💪 bisa," kata Joko Widodo. 𝒜 selesai.'],
    ['NUL and control bytes', 'a\u0000"b\u0001" kata c\u0007']
  ]
  for (const [label, text] of inputs) assertSound(t, text, label)
})

test('a hand-built graph with every field and a verification passes both checks', (t) => {
  const {text, reading} = ownArticle
  const graph = graphFromReading(text, reading)
  t.true(graph.quotes.some((quote) => quote.verification), 'the fixture carries a verification')
  t.deepEqual(validateGraph(graph).errors, [])
  t.deepEqual(checkGraphIntegrity(graph, text), [], 'the verification source span points elsewhere and is not checked against this input')
})

function sample(): {text: string; graph: Graph} {
  const {text, reading} = ownArticle
  // A deep copy: the fixture builder shares objects with the reading, and the tests break graphs.
  return {text, graph: structuredClone(graphFromReading(text, reading))}
}

test('the schema rejects what the contract forbids and says where', (t) => {
  const cases: Array<[string, (graph: Graph) => void, RegExp]> = [
    ['version 2', (graph) => ((graph as unknown as {version: number}).version = 2), /^\/version must be equal to constant \(1\)/],
    ['unknown quote kind', (graph) => ((graph.quotes[0] as unknown as {kind: string}).kind = 'reported'), /^\/quotes\/0\/kind must be equal to one of the allowed values/],
    ['confidence above 1', (graph) => (graph.quotes[0]!.confidence = 1.5), /^\/quotes\/0\/confidence must be <= 1/],
    ['negative offset', (graph) => (graph.quotes[0]!.content.start = -1), /^\/quotes\/0\/content\/start must be >= 0/],
    ['fractional offset', (graph) => (graph.quotes[0]!.content.end = 3.5), /^\/quotes\/0\/content\/end must be integer/],
    ['extra field on a span', (graph) => Object.assign(graph.quotes[0]!.content, {label: 'CUE'}), /^\/quotes\/0\/content must NOT have additional properties \(label\)/],
    ['missing rule', (graph) => delete (graph.quotes[0] as Partial<Graph['quotes'][number]>).rule, /^\/quotes\/0 must have required property 'rule'/],
    ['unknown entity type', (graph) => ((graph.entities[0] as unknown as {type: string}).type = 'city'), /^\/entities\/0\/type must be equal to one of the allowed values/],
    ['evidence not an array', (graph) => ((graph.edges[0] as unknown as {evidence: unknown}).evidence = null), /^\/edges\/0\/evidence must be array/],
    ['copyright year as text', (graph) => ((graph.document.copyright as unknown as {year: string}).year = '2024'), /^\/document\/copyright/],
    ['unbalanced not a boolean', (graph) => Object.assign(graph.quotes[0]!, {unbalanced: 'yes'}), /^\/quotes\/0\/unbalanced must be boolean/]
  ]
  for (const [label, breakIt, message] of cases) {
    const {graph} = sample()
    breakIt(graph)
    const result = validateGraph(graph)
    t.false(result.valid, label)
    t.true(result.errors.some((error) => message.test(error)), `${label}: ${result.errors.join(' | ')}`)
  }
  t.false(validateGraph(null).valid)
  t.false(validateGraph('graph').valid)
  t.deepEqual(checkGraphIntegrity(null as unknown as Graph, ''), ['schema: / must be object'], 'never throws on a non-graph')
  t.deepEqual(checkGraphIntegrity({} as Graph, '').length, 6)
})

test('the schema lets the project add fields to objects (the contract allows it)', (t) => {
  const {graph} = sample()
  Object.assign(graph, {generator: 'kutip 0.1.0'})
  Object.assign(graph.document, {title: 'Vaksin'})
  Object.assign(graph.quotes[0]!, {paragraph: 1})
  Object.assign(graph.entities[0]!, {wikidata: 'Q1'})
  Object.assign(graph.edges[0]!, {confidence: 0.5})
  t.deepEqual(validateGraph(graph).errors, [])
})

test('integrity: span text, offsets, references, node ids and uniqueness', (t) => {
  const cases: Array<[string, (graph: Graph, text: string) => void, RegExp]> = [
    ['span text differs', (graph) => (graph.quotes[0]!.content.text += 'x'), /^\/quotes\/0\/content span text ".*x" is not the input at \[\d+, \d+\)/],
    ['end before start', (graph) => Object.assign(graph.quotes[0]!.cue!, {start: 10, end: 5, text: ''}), /^\/quotes\/0\/cue span offsets out of range: \[10, 5\)/],
    ['end past the input', (graph, text) => Object.assign(graph.quotes[0]!.content, {start: text.length - 2, end: text.length + 3}), /^\/quotes\/0\/content span offsets out of range/],
    ['entity mention', (graph) => (graph.entities[0]!.mentions[0]!.start += 1), /^\/entities\/0\/mentions\/0 span text/],
    ['edge evidence', (graph) => (graph.edges[0]!.evidence[0]!.end -= 1), /^\/edges\/0\/evidence\/0 span text/],
    ['dateline span', (graph) => (graph.document.dateline!.span.text = 'Bandung'), /^\/document\/dateline\/span span text "Bandung"/],
    ['credit span', (graph) => (graph.document.credits[0]!.span.start += 2), /^\/document\/credits\/0\/span span text/],
    ['dangling speaker', (graph) => (graph.quotes[0]!.speaker = 'e99'), /^\/quotes\/0\/speaker "e99" is not an entity id/],
    ['dangling addressee', (graph) => (graph.quotes[1]!.addressee = 'nobody'), /^\/quotes\/1\/addressee "nobody" is not an entity id/],
    ['dangling citing', (graph) => (graph.quotes[0]!.citing = 'e0'), /^\/quotes\/0\/citing "e0" is not an entity id/],
    ['publisher not an outlet', (graph) => (graph.document.publisher = graph.entities.find((entity) => entity.type === 'person')!.id), /^\/document\/publisher "e\d+" is a person, expected an outlet/],
    ['dangling source', (graph) => graph.document.sources.push('e404'), /^\/document\/sources\/\d+ "e404" is not an entity id/],
    ['id-like affiliation', (graph) => graph.entities[0]!.roles.push({title: 'ketua', affiliation: 'e77'}), /^\/entities\/0\/roles\/\d+\/affiliation "e77" looks like an id but is not an entity/],
    ['edge to nowhere', (graph) => (graph.edges[0]!.to = 'q99'), /^\/edges\/0\/to "q99" is not a node/],
    ['edge from nowhere', (graph) => (graph.edges[0]!.from = 'document-1'), /^\/edges\/0\/from "document-1" is not a node/],
    ['duplicate quote id', (graph) => (graph.quotes[1]!.id = graph.quotes[0]!.id), /^\/quotes\/1\/id "q1" is not unique/],
    ['quote id equal to an entity id', (graph) => (graph.quotes[0]!.id = graph.entities[0]!.id), /^\/quotes\/0\/id "e1" is not unique/],
    ['entity called document', (graph) => (graph.entities[0]!.id = 'document'), /^\/entities\/0\/id "document" is not unique/]
  ]
  for (const [label, breakIt, message] of cases) {
    const {text, graph} = sample()
    t.deepEqual(checkGraphIntegrity(graph, text), [], `${label}: sound before`)
    breakIt(graph, text)
    const problems = checkGraphIntegrity(graph, text)
    t.true(problems.some((problem) => message.test(problem)), `${label}: ${problems.join(' | ')}`)
  }
})

test('integrity: a plain-name affiliation and edges to the document node are fine', (t) => {
  const {text, graph} = sample()
  graph.entities[0]!.roles.push({title: 'anggota', affiliation: 'Ikatan Dokter Indonesia'})
  graph.entities[0]!.roles.push({title: 'anggota', affiliation: null})
  const publisher = graph.document.publisher!
  graph.edges.push({type: 'published-by', from: 'document', to: publisher, evidence: [spanOf(text, 'Kabar Kutip')]})
  t.deepEqual(checkGraphIntegrity(graph, text), [])
})

test('the example in docs/output-contract.md is valid and sound', (t) => {
  const doc = readFileSync(path.join(repoRoot, 'docs', 'output-contract.md'), 'utf8')
  const example = doc.slice(doc.indexOf('## Example'))
  const input = /```text\n([^`]*)\n```/.exec(example)?.[1]
  const json = /```json\n([^`]*)\n```/.exec(example)?.[1]
  t.truthy(input, 'an input block')
  t.truthy(json, 'a graph block')
  const graph = JSON.parse(json!) as Graph
  t.deepEqual(validateGraph(graph).errors, [])
  t.deepEqual(checkGraphIntegrity(graph, input!), [])
})

test('the package entry exports the validator', async (t) => {
  const entry = await import('../src/index.ts')
  t.is(entry.validateGraph, validateGraph)
  t.is(entry.checkGraphIntegrity, checkGraphIntegrity)
})

test('every edge type extract emits is documented in docs/output-contract.md', (t) => {
  const doc = readFileSync(path.join(repoRoot, 'docs', 'output-contract.md'), 'utf8')
  const table = doc.slice(doc.indexOf('## Edge types'), doc.indexOf('## Validating a graph'))
  const documented = new Set([...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]))
  t.true(documented.has('said'))
  const dir = path.join(repoRoot, 'corpus')
  const texts = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(path.join(dir, name), 'utf8')) : []
  if (existsSync(seedPath)) texts.push(readFileSync(seedPath, 'utf8'))
  const emitted = new Set(texts.flatMap((text) => extract(text).edges.map((edge) => edge.type)))
  t.deepEqual([...emitted].filter((type) => !documented.has(type)).sort(), [], 'add a row to the Edge types table')
})

test('a wrong nullable field reports what is wrong, not the oneOf branches', (t) => {
  const {graph} = sample()
  Object.assign(graph.quotes[0]!, {cue: 'kata', speaker: 5})
  Object.assign(graph.document, {copyright: {holder: 'Kabar Kutip', year: '2024'}})
  t.deepEqual(validateGraph(graph).errors, [
    '/document/copyright/year must be integer',
    '/quotes/0/cue must be object',
    '/quotes/0/speaker must be string'
  ])
})
