/**
 * Forms of Indonesian news writing that the outlets the engine was developed on rarely use and others use often
 * (issue 15, the held-out check's weak classes): a unit named between a role and its organisation, unnamed sources
 * described by a relative clause, bodies named for their members, verbs of belief, subheadings. Every example is
 * made up.
 */
import test from 'ava'
import {affiliationName, assertNoQuoteWith, assertQuote, entityById, graphOf, quoteWith} from './helpers/engine.ts'

// Bodies named for their members: the name runs to its end, its last word is no person.

test('a body named for its members speaks as one, its last word no person', (t) => {
  const text = 'Makassar - Ratusan mahasiswa berunjuk rasa di depan kampus. Aliansi Pelajar Pesisir Bergerak menyatakan akan kembali turun ke jalan pekan depan.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'akan kembali turun ke jalan pekan depan', cue: 'menyatakan', speaker: 'Aliansi Pelajar Pesisir Bergerak', speakerType: 'organization'})
  t.false(graph.entities.some((entity) => entity.type === 'person'), 'no one called Bergerak')
})

test('a member noun inside a body\'s name is no role, and its short name in brackets is an alias', (t) => {
  const text = 'Bogor - Serikat Petani Lereng Salak (SPLS) menilai harga pupuk terlalu tinggi bagi petani kecil.'
  const graph = graphOf(t, text)
  const quote = assertQuote(t, graph, text, {content: 'harga pupuk terlalu tinggi bagi petani kecil', speaker: 'Serikat Petani Lereng Salak', speakerType: 'organization'})
  t.deepEqual(entityById(graph, quote?.speaker ?? null)?.aliases, ['SPLS'])
})

test('a body named for its members whose end the text calls someone by ends before that person', (t) => {
  const text = 'Bogor - Forum Guru Honorer Sinta Maharani mengatakan gaji belum dibayar. "Sudah tiga bulan," kata Sinta.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'gaji belum dibayar', speaker: 'Sinta Maharani', speakerType: 'person'})
})
