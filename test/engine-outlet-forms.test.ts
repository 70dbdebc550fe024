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

// Unnamed sources described by an indefinite description and a relative clause.

test('an indefinite description with a relative clause is an unnamed source, and later cues point back to it', (t) => {
  const text = 'Sleman - Jumlah pasien demam terus bertambah. Seorang perawat di rumah sakit itu yang enggan disebut namanya mengungkapkan bahwa ruang rawat inap sudah penuh sejak pekan lalu.\n\n"Kami kewalahan," ujarnya.\n\nPerawat itu menambahkan bahwa obat masih cukup.'
  const graph = graphOf(t, text)
  const first = assertQuote(t, graph, text, {content: 'ruang rawat inap sudah penuh sejak pekan lalu', cue: 'mengungkapkan', mention: 'Seorang perawat di rumah sakit itu yang enggan disebut namanya', speakerType: 'anonymous'})
  const source = first?.speaker ?? null
  t.truthy(source)
  t.is(quoteWith(graph, 'Kami kewalahan')?.speaker, source, '`ujarnya` is the nurse')
  t.is(quoteWith(graph, 'obat masih cukup')?.speaker, source, '`Perawat itu` is the nurse')
  t.deepEqual(entityById(graph, source)?.roles.map((role) => role.title), ['perawat'])
})

test('a relative clause asking for anonymity is no statement: the verb after it is', (t) => {
  const text = 'Morowali - Salah satu pekerja smelter yang meminta namanya tidak ditulis mengatakan gaji belum dibayar dua bulan.\n\n"Kami hanya diberi janji," katanya.'
  const graph = graphOf(t, text)
  const said = assertQuote(t, graph, text, {content: 'gaji belum dibayar dua bulan', cue: 'mengatakan', mention: 'Salah satu pekerja smelter yang meminta namanya tidak ditulis', speakerType: 'anonymous'})
  assertNoQuoteWith(t, graph, 'namanya tidak ditulis')
  t.is(quoteWith(graph, 'diberi janji')?.speaker, said?.speaker)
})

test('an unnamed source takes the body named in its description as its affiliation', (t) => {
  const text = 'Palu - Seorang pekerja PT Logam Sentosa Abadi yang meminta namanya tidak disebut mengatakan kolam pendingin sering meluap.'
  const graph = graphOf(t, text)
  const quote = assertQuote(t, graph, text, {content: 'kolam pendingin sering meluap', speakerType: 'anonymous'})
  const role = entityById(graph, quote?.speaker ?? null)?.roles[0]
  t.is(role?.title, 'pekerja')
  t.is(affiliationName(graph, role?.affiliation ?? null), 'PT Logam Sentosa Abadi')
})

test('a relative clause with a subject of its own reports what follows', (t) => {
  const text = 'Jakarta - Salah satunya adalah Menteri Hukum Arman Siregar yang menegaskan polisi tidak bisa melaporkan warga atas kritik.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'polisi tidak bisa melaporkan warga atas kritik', cue: 'menegaskan', speaker: 'Arman Siregar'})
})
