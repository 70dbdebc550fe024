/**
 * The eval's scoring (scripts/eval/*.ts) on small hand-made gold/system pairs:
 * trimming, Jaccard matching one-to-one, unannotated stretches, strict speaker
 * names, cue accuracy, and the decomposition of an editor's reading into facts.
 * Against ../shared (skipped when absent): a gold oracle scores 100 on the
 * corpus, and the seed's reading decomposes into 83 facts that an oracle graph
 * meets in full.
 */
import test from 'ava'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Entity, Graph, Quote, Span} from '../src/contract/graph.ts'
import {loadCorpus, type Article} from '../scripts/eval/corpus.ts'
import {decomposeReading, scoreReading, type ExpectedReading} from '../scripts/eval/facts.ts'
import {jaccard, matchOneToOne} from '../scripts/eval/intervals.ts'
import {nameTokens, sameName} from '../scripts/eval/names.ts'
import {corpusFile, seedDir} from '../scripts/eval/paths.ts'
import {addCounts, emptyCounts, metrics, scoreArticle} from '../scripts/eval/quote-score.ts'
import {compareRuns} from '../scripts/eval/compare.ts'
import {nameMismatch} from '../scripts/eval/report.ts'
import {trimSpan, trimText} from '../scripts/eval/trim.ts'
import {seedReading, spanOf} from './report-fixtures.ts'
import {needs} from './helpers/needs.ts'

function graphOf(entities: Entity[], quotes: Quote[]): Graph {
  return {
    version: 1,
    lang: 'id',
    document: {publisher: null, dateline: null, sources: [], credits: [], copyright: null},
    entities,
    quotes,
    edges: []
  }
}

function person(id: string, name: string, extra: Partial<Entity> = {}): Entity {
  return {id, type: 'person', name, aliases: [], roles: [], mentions: [], ...extra}
}

function quote(id: string, kind: Quote['kind'], content: Span, extra: Partial<Quote> = {}): Quote {
  return {id, kind, content, cue: null, speaker: null, speakerMention: null, addressee: null, citing: null, confidence: 0.9, rule: 'test', ...extra}
}

test('trimming takes white space, quote marks and edge punctuation off both ends', (t) => {
  const text = 'kata dia. ”Saya minta semuanya jalan. Minggu ini,” kata Presiden.'
  const open = text.indexOf('”')
  const close = text.indexOf(',”') + 2
  const trimmed = trimSpan(text, {start: open - 1, end: close + 1})
  t.is(text.slice(trimmed.start, trimmed.end), 'Saya minta semuanya jalan. Minggu ini')
  t.is(trimText('  “«Halo?!»” — '), 'Halo')
  t.deepEqual(trimSpan('"…"', {start: 0, end: 3}), {start: 3, end: 3})
  t.is(trimText('(kami) memantau'), '(kami) memantau', 'brackets are content, not edge punctuation')
})

test('Jaccard is over offsets; matching is one-to-one, best overlap first', (t) => {
  t.is(jaccard({start: 0, end: 10}, {start: 5, end: 15}), 5 / 15)
  t.is(jaccard({start: 0, end: 10}, {start: 0, end: 10}), 1)
  t.is(jaccard({start: 0, end: 0}, {start: 0, end: 0}), 0)
  // In gold order, gold 0 would take system 0 (0.8) and leave gold 1 only
  // system 1 (0.45, below threshold). Best first, gold 1 takes system 0 (0.98)
  // and gold 0 still gets system 1 (0.6).
  const gold = [{start: 0, end: 100}, {start: 10, end: 110}]
  const system = [{start: 12, end: 110}, {start: 0, end: 60}]
  t.deepEqual(
    matchOneToOne(gold, system).map(({gold, system}) => [gold, system]),
    [[0, 1], [1, 0]]
  )
  // Two system quotes over one gold quote: only the better one matches.
  t.deepEqual(
    matchOneToOne([{start: 0, end: 100}], [{start: 0, end: 60}, {start: 0, end: 95}]).map(({system}) => system),
    [1]
  )
  // Below the threshold nothing matches.
  t.deepEqual(matchOneToOne([{start: 0, end: 100}], [{start: 0, end: 49}]), [])
})

test('speaker names compare by token set without ranks and honorifics', (t) => {
  t.true(sameName('Ajun Komisaris Besar Roland Manurung', 'Roland Manurung'))
  t.true(sameName('Brigadir Jenderal (Pol) Raden Bagus Santoso Wiryo', 'Bagus Santoso Wiryo'))
  t.true(sameName('Hendra P. Wijaya', 'hendra p wijaya'))
  t.true(sameName('Manurung Roland', 'Roland Manurung'), 'order does not matter')
  t.true(sameName('Ma’mun Hakim', "Ma'mun Hakim"))
  t.true(sameName('dr Ratna Sulistyo', 'Ratna Sulistyo'))
  t.false(sameName('Roland', 'Roland Manurung'), 'a surname alone is not the canonical name')
  t.false(sameName('Presiden Bambang Sutrisno', 'Bambang Sutrisno'), 'job titles are not ranks')
  t.false(sameName('Komisaris Besar', 'Ajun Komisaris'), 'names of ranks only are never the same name')
  t.deepEqual(nameTokens('Letnan Kolonel Laut dokter gigi M Fauzi'), ['m', 'fauzi'])
})

/** A small article: two gold quotes, one unannotated stretch. */
function smallArticle(): Article {
  const text =
    'JAKARTA, KOMPAS — ”Kami siap bekerja sama,” kata Ajun Komisaris Besar Roland Manurung. ' +
    'Warga bernama Ani berkata, ”Saya takut keluar rumah.” ' +
    'Roland menambahkan bahwa patroli diperketat. ”Kami akan berjaga setiap malam di semua kampung,” ujarnya.'
  const gold1 = spanOf(text, '”Kami siap bekerja sama,”')
  const gold2 = spanOf(text, '”Kami akan berjaga setiap malam di semua kampung,”')
  return {
    id: 'small',
    text,
    quotes: [
      {content: gold1, cue: spanOf(text, 'kata'), speakerMention: spanOf(text, 'Roland Manurung'), speaker: 'Ajun Komisaris Besar Roland Manurung', speakerHow: 'explicit'},
      {content: gold2, cue: spanOf(text, 'ujarnya'), speakerMention: spanOf(text, 'Roland', 150), speaker: 'Roland Manurung', speakerHow: 'coref'}
    ],
    unannotated: [spanOf(text, '”Saya takut keluar rumah.”')]
  }
}

test('scoreArticle: matching, exact spans, unannotated ignore, indirect not scored, cue and speaker', (t) => {
  const article = smallArticle()
  const {text} = article
  const roland = person('e1', 'Roland Manurung')
  const ani = person('e2', 'Ani')
  const graph = graphOf(
    [roland, ani],
    [
      // Exact after trimming: the engine's content excludes the marks and keeps the comma.
      quote('q1', 'direct', spanOf(text, 'Kami siap bekerja sama,'), {cue: spanOf(text, 'kata'), speaker: 'e1'}),
      // Inside the unannotated stretch: ignored, neither rewarded nor penalised.
      quote('q2', 'direct', spanOf(text, 'Saya takut keluar rumah.'), {speaker: 'e2'}),
      // Indirect: not scored on this corpus.
      quote('q3', 'indirect', spanOf(text, 'patroli diperketat'), {speaker: 'e1'}),
      // Overlaps gold 2 with Jaccard ≥ 0.5 but not exactly; wrong cue; speaker right by coref.
      quote('q4', 'direct', spanOf(text, 'Kami akan berjaga setiap malam'), {cue: spanOf(text, 'menambahkan'), speaker: 'e1'}),
      // Spurious: matches nothing, outside every unannotated stretch.
      quote('q5', 'mixed', spanOf(text, 'Warga bernama Ani'))
    ]
  )
  const score = scoreArticle(article, graph)
  const {counts} = score
  t.is(counts.gold, 2)
  t.is(counts.system, 3, 'q1, q4 and the spurious q5; q2 ignored, q3 indirect')
  t.is(counts.ignored, 1)
  t.is(counts.indirect, 1)
  t.is(counts.matched, 2)
  t.is(counts.exact, 1)
  t.deepEqual(counts.cue, {total: 2, right: 1})
  t.deepEqual(counts.speaker.explicit, {total: 1, right: 1}, 'rank-free token sets are equal')
  t.deepEqual(counts.speaker.coref, {total: 1, right: 1})
  t.is(counts.attributed, 2)
  t.deepEqual(
    score.errors.map((error) => error.type).sort(),
    ['cue', 'inexact', 'spurious']
  )
  const m = metrics(counts)
  t.is(m.quotes.precision, 2 / 3)
  t.is(m.quotes.recall, 1)
  t.is(m.exact.f1, (2 * (1 / 3) * (1 / 2)) / (1 / 3 + 1 / 2))
  t.is(m.cueAccuracy, 0.5)
})

test('scoreArticle: a missed quote and a wrong speaker are reported with names', (t) => {
  const article = smallArticle()
  const {text} = article
  const graph = graphOf(
    [person('e1', 'Roland'), person('e2', 'Ani')],
    [quote('q1', 'direct', spanOf(text, 'Kami siap bekerja sama,'), {cue: spanOf(text, 'kata'), speaker: 'e1'})]
  )
  const score = scoreArticle(article, graph)
  t.is(score.counts.matched, 1)
  t.is(score.counts.attributed, 0)
  t.deepEqual(score.counts.speaker.explicit, {total: 1, right: 0})
  const wrong = score.errors.find((error) => error.type === 'speaker')
  t.like(wrong, {expected: 'Ajun Komisaris Besar Roland Manurung', actual: 'Roland', how: 'explicit'})
  const missed = score.errors.find((error) => error.type === 'missed')
  t.like(missed, {speaker: 'Roland Manurung', how: 'coref'})
  t.is(metrics(score.counts).attribution.f1, 0)
})

test('scoreArticle: a system quote mostly inside an unannotated stretch is ignored, one mostly outside is not', (t) => {
  const article = smallArticle()
  const {text} = article
  const inside = spanOf(text, 'takut keluar rumah.” Roland')
  const outside = spanOf(text, 'rumah.” Roland menambahkan bahwa patroli')
  const score = scoreArticle(article, graphOf([], [quote('q1', 'direct', inside), quote('q2', 'direct', outside)]))
  t.is(score.counts.ignored, 1)
  t.is(score.counts.system, 1)
  t.like(score.errors[0], {type: 'spurious', system: {start: outside.start}})
})

test('a gold quote with an unknown speaker wants no speaker', (t) => {
  const article = smallArticle()
  article.quotes[0]!.speaker = null
  article.quotes[0]!.speakerHow = null
  const {text} = article
  const content = spanOf(text, 'Kami siap bekerja sama,')
  const none = scoreArticle(article, graphOf([], [quote('q1', 'direct', content)]))
  t.deepEqual(none.counts.speaker.none, {total: 1, right: 1})
  const some = scoreArticle(article, graphOf([person('e1', 'Roland Manurung')], [quote('q1', 'direct', content, {speaker: 'e1'})]))
  t.deepEqual(some.counts.speaker.none, {total: 1, right: 0})
  t.deepEqual(addCounts(emptyCounts(), none.counts).speaker.none, {total: 1, right: 1})
})

/** A small article of our own with an editor's reading, for the fact checks. */
const factText =
  'Jakarta (ANTARA) - Menteri Keuangan Sri Mulyani Indrawati mengatakan ekonomi tumbuh 5 persen. ' +
  '"Kami optimistis," kata Sri Mulyani kepada Kantor Berita Nusa. ' +
  'Ekonomi melambat, kata pejabat di Kementerian Perdagangan Republik Indonesia (Kemendag). ' +
  'Foto yang dirilis menunjukkan antrean panjang.\n\nEditor: Budi Santoso\n\nCOPYRIGHT © ANTARA 2024'

const factReading: ExpectedReading = {
  document: {
    publisher: 'ANTARA',
    dateline: {place: 'Jakarta', outlet: 'ANTARA'},
    credits: [{role: 'editor', name: 'Budi Santoso'}],
    copyright: {holder: 'ANTARA', year: 2024}
  },
  quotes: [
    {kind: 'indirect', content: 'ekonomi tumbuh 5 persen', cue: 'mengatakan', speaker: {type: 'person', name: 'Sri Mulyani Indrawati', role: 'Menteri Keuangan'}},
    {kind: 'direct', content: 'Kami optimistis', cue: 'kata', speaker: {type: 'person', name: 'Sri Mulyani Indrawati'}, addressee: {type: 'outlet', name: 'Nusa'}},
    {kind: 'indirect', content: 'Ekonomi melambat', cue: 'kata', speaker: {type: 'anonymous', mention: 'pejabat', affiliation: 'Kementerian Perdagangan RI'}}
  ],
  notQuotes: [{text: 'Foto yang dirilis menunjukkan', why: 'photos show'}],
  entities: [
    {type: 'person', name: 'Sri Mulyani Indrawati', aliases: ['Sri Mulyani']},
    {type: 'outlet', name: 'Nusa', aliases: ['Kantor Berita Nusa']},
    {type: 'outlet', name: 'ANTARA'}
  ]
}

function factGraph(): Graph {
  const text = factText
  const antara: Entity = {id: 'e1', type: 'outlet', name: 'ANTARA', aliases: [], roles: [], mentions: [spanOf(text, 'ANTARA')]}
  const sri = person('e2', 'Sri Mulyani Indrawati', {aliases: ['Sri Mulyani'], roles: [{title: 'menteri keuangan', affiliation: null}]})
  // Name and alias the other way round from the reading: outlets match by name or alias.
  const nusa: Entity = {id: 'e3', type: 'outlet', name: 'Kantor Berita Nusa', aliases: ['Nusa'], roles: [], mentions: []}
  const ministry: Entity = {id: 'e4', type: 'organization', name: 'Kementerian Perdagangan Republik Indonesia', aliases: ['Kemendag', 'Kementerian Perdagangan RI'], roles: [], mentions: []}
  const official: Entity = {id: 'e5', type: 'anonymous', name: 'pejabat', aliases: [], roles: [{title: 'pejabat', affiliation: 'e4'}], mentions: []}
  const graph = graphOf(
    [antara, sri, nusa, ministry, official],
    [
      quote('q1', 'indirect', spanOf(text, 'ekonomi tumbuh 5 persen.'), {cue: spanOf(text, 'mengatakan'), speaker: 'e2'}),
      quote('q2', 'direct', spanOf(text, 'Kami optimistis,'), {cue: spanOf(text, 'kata'), speaker: null, addressee: 'e3'}),
      quote('q3', 'indirect', spanOf(text, 'Ekonomi melambat'), {cue: spanOf(text, 'kata', 170), speaker: 'e5'}),
      quote('q4', 'indirect', spanOf(text, 'antrean panjang'), {cue: spanOf(text, 'menunjukkan')})
    ]
  )
  graph.document = {
    publisher: 'e1',
    dateline: {place: 'Jakarta', outlet: 'e1', span: spanOf(text, 'Jakarta (ANTARA) -')},
    sources: [],
    credits: [{role: 'editor', name: 'Budi Santoso', span: spanOf(text, 'Budi Santoso')}],
    copyright: {holder: 'ANTARA', year: 2024}
  }
  return graph
}

test('a reading decomposes into atomic facts', (t) => {
  const facts = decomposeReading(factReading)
  // document 5; quotes: found, cue, speaker each (9) + role + addressee; notQuote 1; entities 3 + aliases 2
  t.is(facts.length, 5 + 9 + 2 + 1 + 5)
  t.deepEqual(
    facts.filter((fact) => fact.id.startsWith('quote[0]')).map((fact) => fact.id),
    ['quote[0].found', 'quote[0].cue', 'quote[0].speaker', 'quote[0].speaker.role']
  )
  t.true(facts.some((fact) => fact.id === 'entity[1].alias[0]'))
})

test('facts are checked against the graph, failures say what the graph has', (t) => {
  const results = scoreReading(factReading, factText, factGraph())
  const failed = results.filter((result) => !result.ok)
  t.deepEqual(
    failed.map((result) => result.id),
    ['quote[1].speaker', 'notQuote[0]']
  )
  t.is(failed[0]!.detail, 'no entity')
  t.regex(failed[1]!.detail!, /^q4 indirect "antrean panjang"/, 'a cue inside the not-quote stretch reads it as speech')
  t.is(results.filter((result) => result.ok).length, 20)
})

test('facts: kind, content and names are strict', (t) => {
  const graph = factGraph()
  graph.quotes[0]!.kind = 'mixed'
  graph.quotes[2]!.content = spanOf(factText, 'Ekonomi melambat, kata')
  graph.entities[1]!.name = 'Sri Mulyani'
  graph.entities[1]!.aliases = []
  const failed = scoreReading(factReading, factText, graph).filter((result) => !result.ok).map((result) => result.id)
  t.true(failed.includes('quote[0].found'), 'kind differs')
  t.false(failed.includes('quote[0].cue'), 'the cue is still judged on the aligned quote')
  t.true(failed.includes('quote[2].found'), 'content differs after trimming')
  t.true(failed.includes('quote[0].speaker'), 'a person is judged by the canonical name only')
  t.true(failed.includes('entity[0]'))
  t.true(failed.includes('entity[0].alias[0]'), 'no entity, no alias')
})

test('facts: speaker alsoAccepted is honoured', (t) => {
  const reading: ExpectedReading = {
    quotes: [{kind: 'indirect', content: 'Ekonomi melambat', speaker: {type: 'outlet', name: 'media Rusia', alsoAccepted: ['Kantor Berita Nusa']}}]
  }
  const graph = factGraph()
  graph.quotes[2]!.speaker = 'e3'
  t.true(scoreReading(reading, factText, graph).every((result) => result.ok))
  graph.quotes[2]!.speaker = 'e1'
  t.false(scoreReading(reading, factText, graph).every((result) => result.ok))
})

const seedExpected = path.join(seedDir, 'antara-kim-rusia.expected.json')

needs(seedExpected)('the seed reading is 83 facts, all met by a graph built from the reading', (t) => {
  const seed = seedReading()
  if (!seed) return t.fail('the seed reading is present but its article is not')
  const reading = JSON.parse(readFileSync(seedExpected, 'utf8')) as ExpectedReading
  t.is(decomposeReading(reading).length, 83)

  const {text, graph} = seed
  // The fixture builder puts no affiliation on an anonymous speaker and picks
  // the cue occurrence nearest the content's end; set both as the editor reads them.
  for (const [index, expected] of (reading.quotes ?? []).entries()) {
    const built = graph.quotes[index]!
    if (expected.speaker?.type === 'anonymous' && expected.speaker.affiliation) {
      const entity = graph.entities.find((candidate) => candidate.id === built.speaker)!
      entity.roles = [{title: 'pejabat', affiliation: expected.speaker.affiliation}]
    }
    if (expected.cue && built.cue) {
      const before = text.lastIndexOf(expected.cue, built.content.start)
      const after = text.indexOf(expected.cue, built.content.end)
      const at = before !== -1 && (after === -1 || built.content.start - (before + expected.cue.length) < after - built.content.end) ? before : after
      built.cue = {start: at, end: at + expected.cue.length, text: expected.cue}
    }
  }
  const failed = scoreReading(reading, text, graph).filter((result) => !result.ok)
  t.deepEqual(failed, [])

  // And a wrong canonical name costs the entity, its aliases and every quote it speaks:
  // take the reading's person with the most statements and call it by its shortest alias.
  const people = (reading.entities ?? []).map((entity, index) => ({entity, index})).filter(({entity}) => entity.type === 'person' && entity.aliases?.length)
  const spoken = (name: string) => (reading.quotes ?? []).flatMap((quote, index) => (quote.speaker?.name === name ? [index] : []))
  const {entity: speaker, index: entityIndex} = people.sort((a, b) => spoken(b.entity.name).length - spoken(a.entity.name).length)[0]!
  const inGraph = graph.entities.find((entity) => entity.name === speaker.name)!
  inGraph.name = [...speaker.aliases!].sort((a, b) => a.length - b.length)[0]!
  const afterRename = scoreReading(reading, text, graph).filter((result) => !result.ok).map((result) => result.id)
  t.true(spoken(speaker.name).length >= 2)
  t.deepEqual(afterRename, [
    ...spoken(speaker.name).map((index) => `quote[${index}].speaker`),
    `entity[${entityIndex}]`,
    ...speaker.aliases!.map((_, alias) => `entity[${entityIndex}].alias[${alias}]`)
  ])
})

needs(corpusFile)('on the corpus, the gold itself as system output scores 100 everywhere', (t) => {
  const total = emptyCounts()
  const halved = emptyCounts()
  for (const article of loadCorpus(corpusFile)) {
    const names = [...new Set(article.quotes.flatMap((gold) => (gold.speaker === null ? [] : [gold.speaker])))]
    const entities = names.map((name, index) => person(`e${index}`, name))
    const quotes = article.quotes.map((gold, index) =>
      quote(`q${index}`, 'direct', gold.content, {cue: gold.cue, speaker: gold.speaker === null ? null : `e${names.indexOf(gold.speaker)}`})
    )
    const unannotated = article.unannotated.map((stretch, index) => quote(`u${index}`, 'direct', stretch))
    addCounts(total, scoreArticle(article, graphOf(entities, [...quotes, ...unannotated])).counts)
    addCounts(halved, scoreArticle(article, graphOf(entities, quotes.filter((_, index) => index % 2 === 0))).counts)
  }
  const all = metrics(total)
  t.is(total.gold, total.matched)
  t.is(all.quotes.f1, 1)
  t.is(all.exact.f1, 1)
  t.is(all.attribution.f1, 1)
  t.is(all.cueAccuracy, 1)
  t.is(all.speakerExplicit, 1)
  t.is(all.speakerCoref, 1)
  t.true(total.ignored > 0, 'the unannotated stretches were ignored, not counted')
  const half = metrics(halved)
  t.is(half.quotes.precision, 1)
  t.true(half.quotes.recall > 0.45 && half.quotes.recall < 0.6)
})

test('a wrong speaker name is classed by how it relates to the gold name', (t) => {
  t.is(nameMismatch('Komisaris Besar Dimas Prakoso', 'Dimas'), 'part of the gold name')
  t.is(nameMismatch('Wulan Sasmita', 'Bank Sentosa Wulan Sasmita'), 'gold name plus other words')
  t.is(nameMismatch('Bambang Sutrisno', 'Tris'), 'another name')
  t.is(nameMismatch('Sri Handayani', 'Wali Kota Yani'), 'another name')
  t.is(nameMismatch('Ari Gunawan Putra', 'Ari Wibowo'), 'overlapping name')
  t.is(nameMismatch('Ari Gunawan Putra', null), 'no speaker')
  t.is(nameMismatch(null, 'Ari'), 'speaker where gold has none')
})

test('compareRuns lists changed figures, articles and readings', (t) => {
  const m = (f1: number) => ({...metrics(emptyCounts()), quotes: {precision: f1, recall: f1, f1}})
  const before = {
    corpus: {metrics: m(0.5), perArticle: [{id: 'a', matched: 1, exact: 1, attributed: 0}, {id: 'b', matched: 2, exact: 2, attributed: 2}]},
    facts: [{file: 'seed', ok: 60, total: 83}]
  }
  const after = {
    corpus: {metrics: m(0.75), perArticle: [{id: 'a', matched: 1, exact: 1, attributed: 1}, {id: 'b', matched: 2, exact: 2, attributed: 2}]},
    facts: [{file: 'seed', ok: 61, total: 83}]
  }
  const lines = compareRuns(before, after)
  t.regex(lines[0]!, /^quote F1\s+50\.0 →  75\.0  \+25\.0$/)
  t.true(lines.includes('articles that changed (1):'))
  t.true(lines.includes('  a: attributed 0 → 1'))
  t.true(lines.includes('facts seed: 60/83 → 61/83'))
  t.deepEqual(compareRuns(after, after).filter((line) => !line.endsWith('=') && !line.endsWith('–')), [])
})
