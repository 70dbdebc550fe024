import test from 'ava'
import fc from 'fast-check'
import {buildReport, report, reportFormats, type Graph} from '../src/index.ts'

const junk = fc.oneof(fc.anything(), fc.constant(null), fc.constant(undefined))
const span = fc.oneof(junk, fc.record({start: fc.integer({min: -5, max: 80}), end: fc.integer({min: -5, max: 80}), text: fc.oneof(fc.string(), junk)}))
const entityId = fc.oneof(fc.constantFrom('e1', 'e2', 'e3'), junk)
const quote = fc.oneof(
  junk,
  fc.record(
    {
      id: junk,
      kind: fc.oneof(fc.constantFrom('direct', 'mixed', 'indirect'), junk),
      content: span,
      cue: span,
      speaker: entityId,
      speakerMention: span,
      addressee: entityId,
      citing: entityId,
      confidence: fc.oneof(fc.double(), junk),
      rule: junk,
      unbalanced: junk,
      verification: fc.oneof(
        junk,
        fc.record({verdict: fc.oneof(fc.constantFrom('verbatim', 'altered'), junk), source: junk, diff: fc.oneof(junk, fc.array(fc.record({op: junk, text: junk}))), score: junk}, {requiredKeys: []})
      )
    },
    {requiredKeys: []}
  )
)
const entity = fc.oneof(
  junk,
  fc.record(
    {
      id: entityId,
      type: fc.oneof(fc.constantFrom('person', 'outlet', 'anonymous'), junk),
      name: fc.oneof(fc.string(), junk),
      aliases: fc.oneof(junk, fc.array(fc.oneof(fc.string(), junk))),
      roles: fc.oneof(junk, fc.array(fc.record({title: junk, affiliation: entityId}, {requiredKeys: []}))),
      mentions: fc.oneof(junk, fc.array(span))
    },
    {requiredKeys: []}
  )
)
const document = fc.oneof(
  junk,
  fc.record(
    {
      publisher: entityId,
      dateline: fc.oneof(junk, fc.record({place: junk, outlet: entityId, span}, {requiredKeys: []})),
      sources: fc.oneof(junk, fc.array(entityId)),
      credits: fc.oneof(junk, fc.array(fc.record({role: junk, name: junk, span}, {requiredKeys: []}))),
      copyright: fc.oneof(junk, fc.record({holder: junk, year: junk}, {requiredKeys: []}))
    },
    {requiredKeys: []}
  )
)
const graph = fc.record({version: junk, lang: junk, document, entities: fc.oneof(junk, fc.array(entity, {maxLength: 4})), quotes: fc.oneof(junk, fc.array(quote, {maxLength: 6})), edges: junk}, {requiredKeys: []})

test('no malformed graph crashes a report, in any format', async (t) => {
  t.timeout(120_000)
  const text = 'Menurut Ani, "kami siap," kata dia kepada wartawan di Jakarta, Senin (1/2).'
  await fc.assert(
    fc.asyncProperty(graph, fc.oneof(fc.constant(text), fc.string()), async (value, body) => {
      const inputs = [{id: 'junk', text: body, graph: value as unknown as Graph}, {id: 'junk-2', graph: value as unknown as Graph}]
      for (const format of reportFormats) {
        const output = await report(inputs, {format, graph: format === 'html'})
        if (typeof output !== 'string' || output.length === 0) return false
      }
      const model = buildReport(inputs)
      return model.articles.every((article) => article.quotes.every((row) => row.confidence >= 0 && row.confidence <= 1 && typeof row.content.text === 'string'))
    }),
    {numRuns: 150}
  )
  t.pass()
})

// Counterexamples fast-check found, kept so they stay fixed whatever the seed.
test('a copyright year whose conversion throws (`{"toString": false}`, seed 1840244024) does not crash a report', async (t) => {
  const text = 'Menurut Ani, "kami siap," kata dia kepada wartawan di Jakarta, Senin (1/2).'
  for (const year of [{toString: false}, {valueOf: null, toString: null}, Object.create(null), [1, 2], '2024', 2024]) {
    const value = {document: {copyright: {holder: 'Kompas', year}}} as unknown as Graph
    for (const format of reportFormats) {
      const output = await report([{id: 'junk', text, graph: value}], {format, graph: format === 'html'})
      t.true(typeof output === 'string' && output.length > 0, `${format}: ${JSON.stringify(year)}`)
    }
    const expected = year === '2024' || year === 2024 ? 2024 : 0
    t.is(buildReport([{id: 'junk', text, graph: value}]).articles[0].provenance.copyright?.year, expected)
  }
})
