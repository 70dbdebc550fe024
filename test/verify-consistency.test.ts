/**
 * `findInconsistencies`: the same statement in several documents with
 * different speakers or outlets; the same statement with the same speaker is
 * not reported, and neither are short phrases that repeat by chance.
 */
import test from 'ava'
import type {Graph} from '../src/contract/graph.ts'
import {findInconsistencies} from '../src/verify/consistency.ts'
import {miniExtract} from './fixtures/verify/mini-extract.ts'

/** The stand-in extractor, plus an outlet the quote was given to (`kepada Outlet` after the speaker). */
function withOutlets(text: string): Graph {
  const graph = miniExtract(text)
  const match = /kepada (Kantor Berita \w+)/.exec(text)
  if (match !== null) {
    const start = match.index + 7
    graph.entities.push({id: 'o1', type: 'outlet', name: match[1], aliases: [], roles: [], mentions: [{start, end: start + match[1].length, text: match[1]}]})
    for (const quote of graph.quotes) quote.addressee = 'o1'
  }
  return graph
}

const statement = 'Pasokan beras di gudang daerah cukup sampai akhir tahun depan'

test('different speakers for the same words', (t) => {
  const findings = findInconsistencies(
    [
      {id: 'a.txt', text: `Berita pertama. "${statement}," kata Budi Santoso.`},
      {id: 'b.txt', text: `Berita kedua. "${statement}," kata Agus Salim.`},
      {id: 'c.txt', text: `Berita ketiga. "${statement}," kata Budi.`}
    ],
    {extract: withOutlets}
  )
  t.is(findings.length, 1)
  t.deepEqual(findings[0].differs, ['speaker'])
  t.deepEqual(findings[0].occurrences.map((occurrence) => [occurrence.document, occurrence.speaker]), [
    ['a.txt', 'Budi Santoso'],
    ['b.txt', 'Agus Salim'],
    ['c.txt', 'Budi']
  ])
  t.is(findings[0].occurrences[1].span.text, statement)
})

test('the same speaker, different outlets', (t) => {
  const findings = findInconsistencies(
    [
      {id: 'a.txt', text: `"${statement}," kata Budi Santoso, kepada Kantor Berita Nusa.`},
      {id: 'b.txt', text: `"${statement}," kata Budi Santoso, kepada Kantor Berita Raya.`}
    ],
    {extract: withOutlets}
  )
  t.is(findings.length, 1)
  t.deepEqual(findings[0].differs, ['outlet'])
  t.deepEqual(findings[0].occurrences.map((occurrence) => occurrence.outlets), [['Kantor Berita Nusa'], ['Kantor Berita Raya']])
})

test('consistent and short quotes are not reported', (t) => {
  const findings = findInconsistencies(
    [
      {id: 'a.txt', text: `"${statement}," kata Budi Santoso. "Terima kasih," kata Agus Salim.`},
      {id: 'b.txt', text: `"${statement}," ujar Budi Santoso. "Terima kasih," kata Dewi Lestari.`}
    ],
    {extract: withOutlets}
  )
  t.deepEqual(findings, [])
})

test('a statement in hundreds of documents is one finding, with every document, where one names another speaker', (t) => {
  // Each document's quote finds at most 30 others (the first ones): the groups join through them.
  const sources = Array.from({length: 300}, (_, index) => ({id: `${String(index).padStart(3, '0')}.txt`, text: `Berita ${index}. "${statement}," kata Budi Santoso.`}))
  t.deepEqual(findInconsistencies(sources, {extract: withOutlets}), [])
  sources.push({id: '300.txt', text: `Berita lain. "${statement}," kata Agus Salim.`})
  const findings = findInconsistencies(sources, {extract: withOutlets})
  t.is(findings.length, 1)
  t.deepEqual(findings[0].differs, ['speaker'])
  t.is(findings[0].occurrences.length, 301)
  t.deepEqual(findings[0].occurrences.map((occurrence) => occurrence.document), sources.map((source) => source.id))
  t.is(findings[0].occurrences.filter((occurrence) => occurrence.speaker === 'Agus Salim').length, 1)
})
