import test from 'ava'
import {buildReport, renderReport, type Graph} from '../src/index.ts'
import {corpusGoldInputs} from './report-fixtures.ts'

const inputs = corpusGoldInputs()
const corpusTest = inputs ? test : test.skip
if (!inputs) console.warn('../shared/corpus is absent: corpus report tests skipped')

corpusTest('a corpus report counts every quote and ranks the most-quoted speakers', (t) => {
  const report = buildReport(inputs!, {top: 5})
  t.is(report.totals.articles, inputs!.length)
  const quotes = inputs!.reduce((sum, input) => sum + input.graph.quotes.length, 0)
  t.is(report.totals.quotes, quotes)
  t.is(report.totals.direct, quotes)
  const unattributed = inputs!.reduce((sum, input) => sum + input.graph.quotes.filter((quote) => quote.speaker === null).length, 0)
  t.is(report.totals.unattributed, unattributed)
  t.is(report.shares.unattributed, unattributed / quotes)

  // The most-quoted speaker, counted independently of the report code.
  const counts = new Map<string, number>()
  for (const input of inputs!) {
    for (const quote of input.graph.quotes) {
      const name = input.graph.entities.find((entity) => entity.id === quote.speaker)?.name
      if (name) counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1)
    }
  }
  const [topName, topCount] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!
  t.is(report.topSpeakers.length, 5)
  t.is(report.topSpeakers[0]!.name.toLowerCase(), topName)
  t.is(report.topSpeakers[0]!.quotes, topCount)
  t.true(report.topSpeakers.every((speaker, index, all) => index === 0 || all[index - 1]!.quotes >= speaker.quotes))
})

corpusTest('the corpus HTML links every article and every article links back to the summary', async (t) => {
  const subset = inputs!.slice(0, 40)
  const html = await renderReport(buildReport(subset), {format: 'html', graph: false})
  for (let number = 1; number <= subset.length; number++) {
    t.true(html.includes(`<a href="#a${number}">`), `summary links article ${number}`)
    t.true(html.includes(`<section class="article" id="a${number}"`))
  }
  t.is(html.match(/<a href="#summary">/g)?.length, subset.length)
})

test('across articles a speaker is counted under one name when an article gives the other as its alias', (t) => {
  const graphOf = (speakers: Array<{name: string; aliases?: string[]; quotes: number}>): Graph => {
    const text = 'x'.repeat(100)
    const entities = speakers.map((speaker, index) => ({id: 'e' + index, type: 'person' as const, name: speaker.name, aliases: speaker.aliases ?? [], roles: [], mentions: []}))
    const quotes = speakers.flatMap((speaker, index) =>
      Array.from({length: speaker.quotes}, (_, n) => ({
        id: `q${index}-${n}`,
        kind: 'direct' as const,
        content: {start: n, end: n + 1, text: text[n]!},
        cue: null,
        speaker: 'e' + index,
        speakerMention: null,
        addressee: null,
        citing: null,
        confidence: 1,
        rule: 'test'
      }))
    )
    return {version: 1, lang: 'id', document: {publisher: null, dateline: null, sources: [], credits: [], copyright: null}, entities, quotes, edges: []}
  }
  const report = buildReport([
    graphOf([{name: 'Joko Widodo', aliases: ['Jokowi'], quotes: 3}]),
    graphOf([{name: 'Jokowi', quotes: 2}]),
    graphOf([{name: 'Kim Jong Un', aliases: ['Kim'], quotes: 1}, {name: 'Kim Yo Jong', aliases: ['Kim'], quotes: 1}]),
    graphOf([{name: 'Kim', quotes: 4}]),
    graphOf([{name: 'Iriana Joko Widodo', aliases: ['Anies Baswedan'], quotes: 1}]),
    graphOf([{name: 'Anies Baswedan', quotes: 3}])
  ])
  const byName = new Map(report.topSpeakers.map((speaker) => [speaker.name, speaker]))
  t.deepEqual(byName.get('Joko Widodo'), {name: 'Joko Widodo', type: 'person', quotes: 5, direct: 5, articles: 2})
  t.false(byName.has('Jokowi'))
  t.is(byName.get('Kim')?.quotes, 4, 'an alias two speakers share merges nothing')
  t.is(byName.get('Anies Baswedan')?.quotes, 3, 'a wrong alias does not pull a more-quoted speaker into a less-quoted one')
  t.is(byName.get('Iriana Joko Widodo')?.quotes, 1)
  t.is(report.totals.speakers, 6)
})

corpusTest('the corpus Markdown stays a pull-request comment: details stop before the size limit, with a note', async (t) => {
  const md = await renderReport(buildReport(inputs!), {format: 'md'})
  const details = md.match(/<details>/g)?.length ?? 0
  t.true(details > 0 && details < inputs!.length)
  t.regex(md, /_\d+ more articles not shown in detail \(comment size limit\); see the HTML or JSON report\._/)
  const table = md.slice(0, md.indexOf('<details>'))
  t.true(table.length + 60_000 + 30_000 > md.length, 'the files table plus at most the budget of details')
})
