import test from 'ava'
import {articleDot, buildReport, pictureLimits, report, reportFormats, type Graph} from '../src/index.ts'
import {graphFromReading, ownArticle} from './report-fixtures.ts'

function own(): {id: string; text: string; graph: Graph} {
  return {id: 'own', text: ownArticle.text, graph: graphFromReading(ownArticle.text, ownArticle.reading)}
}

test('provenance, quote rows and speakers are resolved from the graph', (t) => {
  const [article] = buildReport([own()]).articles
  const {provenance} = article!
  t.is(provenance.publisher?.name, 'Kabar Kutip')
  t.is(provenance.dateline?.place, 'Jakarta')
  t.deepEqual(provenance.sources.map((source) => source.name), ['Nusa', 'Antarpos'])
  t.deepEqual(provenance.credits.map((credit) => [credit.role, credit.name]), [['reporter', 'Dewi Lestari'], ['editor', 'Agus Salim']])
  t.deepEqual(provenance.copyright, {holder: 'Kabar Kutip', year: 2024})

  const rows = article!.quotes
  t.deepEqual(rows.map((row) => row.kind), ['indirect', 'direct', 'indirect', 'mixed', 'direct', 'direct'])
  t.is(rows[1]!.speaker?.name, 'Budi Santoso')
  t.is(rows[1]!.role, 'Menteri Kesehatan')
  t.is(rows[1]!.affiliation, 'Kementerian Kesehatan')
  t.is(rows[1]!.addressee?.name, 'Kantor Berita Nusa')
  t.is(rows[1]!.verification?.verdict, 'edited')
  t.is(rows[4]!.citing?.name, 'surat dari dinas kesehatan')
  t.is(rows[5]!.speaker, null)
  t.is(rows[5]!.colour, null)

  const speakers = article!.speakers
  t.deepEqual(speakers.map((speaker) => [speaker.entity.name, speaker.direct, speaker.mixed, speaker.indirect, speaker.anonymous]), [
    ['Budi Santoso', 1, 0, 1, false],
    ['Rina Hapsari', 1, 1, 0, false],
    ['seorang pejabat yang enggan disebut namanya', 0, 0, 1, true]
  ])
  t.deepEqual(speakers.map((speaker) => speaker.colour), [0, 1, 2])
  t.is(rows[0]!.colour, 0)
  t.is(rows[3]!.colour, 1)
  t.deepEqual(article!.counts, {quotes: 6, direct: 3, indirect: 2, mixed: 1, anonymous: 1, unattributed: 1, speakers: 3, findings: 0, verdicts: {edited: 1}})
})

test('lint findings land on the quote they overlap; the others stay with the article', (t) => {
  const input = own()
  const at = input.text.indexOf('distribusi')
  const [article] = buildReport([
    {
      ...input,
      findings: [
        {ruleId: 'anonymous-source', reason: 'no reason given', fatal: false, place: {start: {offset: at}, end: {offset: at + 5}}},
        {ruleId: 'missing-credit', reason: 'whole text', place: null},
        {ruleId: 'x', message: 'offset only', start: input.text.length - 3}
      ]
    }
  ]).articles
  const row = article!.quotes.find((quote) => quote.content.text.startsWith('distribusi'))!
  t.deepEqual(row.findings.map((finding) => [finding.ruleId, finding.severity, finding.start]), [['anonymous-source', 'warning', at]])
  t.deepEqual(article!.findings.map((finding) => [finding.ruleId, finding.severity]), [['missing-credit', 'info'], ['x', 'info']])
  t.is(article!.counts.findings, 3)
})

test('broken graphs never crash a report: dangling ids, spans out of range, missing arrays, NaN', async (t) => {
  const broken = {
    version: 1,
    lang: 'id',
    document: {publisher: 'nowhere', dateline: {place: 'X', outlet: 'gone', span: {start: 5, end: 2, text: '?'}}, sources: ['ghost'], credits: [], copyright: null},
    quotes: [
      {id: 'q1', kind: 'direct', content: {start: 900, end: 1000, text: 'beyond the text'}, cue: {start: -4, end: 2, text: 'k'}, speaker: 'missing', speakerMention: null, addressee: 'also-missing', citing: null, confidence: Number.NaN, rule: 'r'},
      {id: 'q2', kind: 'indirect', content: {start: 0, end: 4, text: 'Teks'}, cue: null, speaker: null, speakerMention: null, addressee: null, citing: null, confidence: 0.5, rule: 'r'}
    ],
    edges: []
  } as unknown as Graph
  for (const format of reportFormats) {
    const output = await report([{id: 'broken', text: 'Teks pendek.', graph: broken}, 'Teks kedua tanpa kutipan.'], {format})
    t.true(output.length > 0, format)
  }
  const [article] = buildReport([{text: 'Teks pendek.', graph: broken}]).articles
  t.is(article!.quotes[1]!.speaker?.name, 'missing', 'an id with no entity is shown as itself')
  t.is(article!.quotes[1]!.confidence, 0)
})

test('a text whose extract fails is reported with its error and the rest goes on', (t) => {
  const model = buildReport([{id: 'bad', text: 42 as unknown as string}, {id: 'good', graph: own().graph}])
  t.is(model.articles[0]!.error, 'no text and no graph')
  t.is(model.totals.failed, 1)
  t.is(model.articles[1]!.quotes.length, 6)
})

test('a huge article draws one graph node per speaker instead of one per quote (bounded layout work)', async (t) => {
  const sentences: string[] = []
  for (let index = 0; index < 600; index++) sentences.push(`"Kalimat nomor ${index} diucapkan," kata Tokoh${index % 70}.`)
  const text = sentences.join(' ')
  const reading = {
    entities: Array.from({length: 70}, (_, index) => ({name: `Tokoh${index}`, type: 'person' as const})),
    quotes: sentences.map((_, index) => ({kind: 'direct' as const, content: `Kalimat nomor ${index} diucapkan,`, speaker: `Tokoh${index % 70}`}))
  }
  const graph = graphFromReading(text, reading)
  const model = buildReport([{id: 'huge', text, graph}])
  const dot = articleDot(model.articles[0]!)
  t.is(dot.match(/class="quote group"/g)?.length, pictureLimits.speakers + 1, 'one node per drawn speaker plus one for the rest')
  t.is(dot.match(/class="speaker"/g)?.length, pictureLimits.speakers)
  t.regex(dot, /"\d+ quotes by 30 more speakers\\n\d+ direct"/)
  const html = await report([{id: 'huge', text, graph}], {format: 'html'})
  t.regex(html, /<svg role="img"/)
  t.is(html.match(/<tr id="a1-q\d+">/g)?.length, 600, 'the table still lists every quote')
})

test('the highlighted text keeps every character of the article, and nested quotes are marked', async (t) => {
  const text = 'Menurut Ani, pemerintah "tidak akan mundur" dan rencana itu "sudah final", kata dia. Sisa <teks> & "lain".'
  const graph = graphFromReading(text, {
    entities: [{name: 'Ani', type: 'person'}],
    quotes: [
      {kind: 'indirect', content: 'pemerintah "tidak akan mundur" dan rencana itu "sudah final"', cue: 'Menurut', speaker: 'Ani', mention: 'Ani'},
      {kind: 'mixed', content: 'tidak akan mundur', speaker: 'Ani'},
      {kind: 'mixed', content: 'sudah final', cue: 'kata', speaker: 'Ani', mention: 'dia'}
    ]
  })
  const html = await report([{id: 'nested', text, graph}], {format: 'html', graph: false})
  const body = html.slice(html.indexOf('<div class="text"'), html.indexOf('</div>', html.indexOf('<div class="text"')))
  const plain = body
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
  t.is(plain, text)
  t.regex(body, /<a id="a1-q2-text" class="hl mixed c0 nested" href="#a1-q2"[^>]*>tidak akan mundur<\/a>/)
  t.regex(body, /<a id="a1-q1-text" class="hl indirect c0" href="#a1-q1"[^>]*>pemerintah &quot;<\/a>/)
  t.regex(body, /<a class="hl cue c0" href="#a1-q1"[^>]*>Menurut<\/a>/)
  t.regex(body, /<a class="hl speaker c0" href="#a1-q3"[^>]*>dia<\/a>/)
})

test('a verification verdict shows its score, source, reason and a readable word diff', async (t) => {
  const input = own()
  input.graph.quotes[1]!.verification = {
    verdict: 'altered',
    source: {document: 'rilis.txt', span: {start: 0, end: 10, text: 'Kami telah'}},
    score: 0.9,
    diff: [
      {op: 'equal', text: 'Kami'},
      {op: 'delete', text: 'telah'},
      {op: 'insert', text: 'sudah'},
      {op: 'equal', text: 'menyiapkan 40 gudang'}
    ],
    ...({reason: '1 word changed against `rilis.txt`'} as object)
  }
  const html = await report([input], {format: 'html', graph: false})
  t.regex(html, /<span class="badge v-altered">altered<\/span> <span class="muted">0\.90<\/span> <span class="muted">in rilis\.txt<\/span>/)
  t.regex(html, />Kami <del>telah<\/del> <ins>sudah<\/ins> menyiapkan 40 gudang<\/div>/)
  t.regex(html, /1 word changed against <code>rilis\.txt<\/code>/)
  const md = await report([input], {format: 'md'})
  t.regex(md, /\| \*\*altered\*\* \|$/m)
  const corpus = await report([input, own()], {format: 'md'})
  t.regex(corpus, /^Verification: altered 1, edited 1$/m)
  t.regex(corpus, /^\| 1 \| own \| 6 \| 3 \| 1 \| 1 \| 0 \| altered 1 \|$/m, 'the files table gets a Verdicts column')
  t.regex(await report([input, own()], {format: 'html', graph: false}), /<th>Verdicts<\/th>/)
})
