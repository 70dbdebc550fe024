/**
 * Whole short articles of our own (Kompas print style; Liputan6 as scraped,
 * one paragraph with glued sentences; an ANTARA regional story) read statement by statement: exactly
 * these statements, in this order, with these cues and speakers; nothing
 * else (a data sentence, background) is a statement.
 */
import test from 'ava'
import type {Graph} from '../src/contract/graph.ts'
import {describeQuotes, entityById, graphOf} from './helpers/engine.ts'

type Reading = Array<[kind: string, content: string, cue: string, speaker: string]>

function readingOf(graph: Graph): Array<Array<string | null>> {
  return graph.quotes.map((quote) => [quote.kind, quote.content.text, quote.cue?.text ?? null, entityById(graph, quote.speaker)?.name ?? null])
}

const article = [
  'PALEMBANG, KOMPAS — Kabut asap dari kebakaran lahan gambut di Ogan Komering Ilir kembali menyelimuti Kota Palembang, Kamis (14/9). Jarak pandang di Bandara Sultan Mahmud Badaruddin II turun hingga 800 meter.',
  'Kepala Badan Penanggulangan Bencana Daerah Sumatera Selatan Indra Gunawan mengatakan, titik panas bertambah dari 120 menjadi 310 dalam tiga hari terakhir.',
  '”Angin dari arah tenggara membawa asap langsung ke kota. Kami sudah meminta tambahan helikopter pengebom air,” kata Indra.',
  'Ia menambahkan, sekolah dasar di Palembang diliburkan sampai Senin.',
  'Data Dinas Kesehatan menunjukkan 2.400 warga berobat karena infeksi saluran pernapasan sepekan terakhir.',
  'Menurut Manajer Operasional Bandara Sultan Mahmud Badaruddin II, Febri Andika, enam penerbangan ditunda pagi tadi.',
  '”Penumpang kami tempatkan di ruang tunggu dan kami beri makanan,” ujarnya.',
  'Warga Kecamatan Seberang Ulu, Marlina (34), membawa anaknya ke puskesmas karena batuk. ”Kami tidak punya masker yang bagus,” katanya.'
].join('\n\n')

/** [kind, content, cue, speaker] in article order. */
const reading: Reading = [
  ['indirect', 'titik panas bertambah dari 120 menjadi 310 dalam tiga hari terakhir', 'mengatakan', 'Indra Gunawan'],
  ['direct', 'Angin dari arah tenggara membawa asap langsung ke kota. Kami sudah meminta tambahan helikopter pengebom air', 'kata', 'Indra Gunawan'],
  ['indirect', 'sekolah dasar di Palembang diliburkan sampai Senin', 'menambahkan', 'Indra Gunawan'],
  ['indirect', 'enam penerbangan ditunda pagi tadi', 'Menurut', 'Febri Andika'],
  ['direct', 'Penumpang kami tempatkan di ruang tunggu dan kami beri makanan', 'ujarnya', 'Febri Andika'],
  ['direct', 'Kami tidak punya masker yang bagus', 'katanya', 'Marlina']
]

test('Kompas article: exactly its statements, in order, with cue and speaker', (t) => {
  const graph = graphOf(t, article)
  t.deepEqual(readingOf(graph), reading, describeQuotes(graph))
})

test('Kompas article: the speakers\' roles and affiliations', (t) => {
  const graph = graphOf(t, article)
  const roles = Object.fromEntries(graph.entities.filter((entity) => entity.type === 'person').map((entity) => [
    entity.name,
    entity.roles.map((role) => `${role.title} @ ${entityById(graph, role.affiliation)?.name ?? role.affiliation ?? '-'}`)
  ]))
  t.deepEqual(roles['Indra Gunawan'], ['Kepala @ Badan Penanggulangan Bencana Daerah Sumatera Selatan'])
  t.deepEqual(roles['Febri Andika'], ['Manajer Operasional @ Bandara Sultan Mahmud Badaruddin II'])
})

const glued = 'Liputan6.com, Jakarta - Sedikitnya 300 warga Kelurahan Bidara Cina mengungsi setelah Kali Ciliwung meluap, Minggu dini hari. ' +
  'Ketinggian air di permukiman mencapai dua meter.Lurah Bidara Cina Hendra Kusuma mengatakan pengungsi ditampung di dua sekolah dan satu masjid.' +
  '"Kami sudah membuka dapur umum sejak pukul lima pagi," kata Hendra kepada wartawan.Ia menambahkan bahwa petugas kesehatan berjaga di setiap posko.' +
  'Salah seorang pengungsi, Dewi Anggraini, mengatakan air masuk rumah dengan cepat."Barang-barang kami tidak sempat diselamatkan," ujarnya.' +
  'Kata dia, "Yang penting anak-anak selamat."Menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), hujan lebat masih akan turun hingga Selasa.'

const gluedReading: Reading = [
  ['indirect', 'pengungsi ditampung di dua sekolah dan satu masjid', 'mengatakan', 'Hendra Kusuma'],
  ['direct', 'Kami sudah membuka dapur umum sejak pukul lima pagi', 'kata', 'Hendra Kusuma'],
  ['indirect', 'petugas kesehatan berjaga di setiap posko', 'menambahkan', 'Hendra Kusuma'],
  ['indirect', 'air masuk rumah dengan cepat', 'mengatakan', 'Dewi Anggraini'],
  ['direct', 'Barang-barang kami tidak sempat diselamatkan', 'ujarnya', 'Dewi Anggraini'],
  ['direct', 'Yang penting anak-anak selamat', 'Kata', 'Dewi Anggraini'],
  ['indirect', 'hujan lebat masih akan turun hingga Selasa', 'Menurut', 'Badan Meteorologi, Klimatologi, dan Geofisika']
]

test('Liputan6 article, one paragraph with glued sentences: exactly its statements', (t) => {
  const graph = graphOf(t, glued)
  t.deepEqual(readingOf(graph), gluedReading, describeQuotes(graph))
})

test('Liputan6 article: the acronym in parentheses is the organisation\'s alias', (t) => {
  const graph = graphOf(t, glued)
  t.deepEqual(graph.entities.find((entity) => entity.name === 'Badan Meteorologi, Klimatologi, dan Geofisika')?.aliases, ['BMKG'])
})

const antara = [
  'Bandung (ANTARA) - Pemerintah Provinsi Jawa Barat menyiapkan 500 bus gratis untuk mudik Lebaran tahun ini, kata Kepala Dinas Perhubungan Jabar Asep Kurnia di Bandung, Selasa.',
  '"Pendaftaran dibuka mulai 1 Maret secara daring," kata Asep.',
  'Ia mengatakan kuota terbesar diberikan untuk tujuan Tasikmalaya dan Garut. Menurut Asep, tahun lalu program serupa diikuti 18.000 pemudik.',
  'Sebelumnya, Gubernur Jawa Barat Dedi Permana meminta agar armada yang dipakai lolos uji kelaikan. "Jangan sampai ada bus yang remnya blong," ujar Dedi.',
  'Asep menambahkan pihaknya akan menggandeng kepolisian untuk memeriksa setiap bus sebelum berangkat.',
  '"Kami juga menyiapkan posko kesehatan di terminal," ucapnya.',
  'Pewarta: Ricky Prayoga\nEditor: Hendra Agusta\nCOPYRIGHT © ANTARA 2024'
].join('\n\n')

const antaraReading: Reading = [
  ['indirect', 'Pemerintah Provinsi Jawa Barat menyiapkan 500 bus gratis untuk mudik Lebaran tahun ini', 'kata', 'Asep Kurnia'],
  ['direct', 'Pendaftaran dibuka mulai 1 Maret secara daring', 'kata', 'Asep Kurnia'],
  ['indirect', 'kuota terbesar diberikan untuk tujuan Tasikmalaya dan Garut', 'mengatakan', 'Asep Kurnia'],
  ['indirect', 'tahun lalu program serupa diikuti 18.000 pemudik', 'Menurut', 'Asep Kurnia'],
  ['indirect', 'armada yang dipakai lolos uji kelaikan', 'meminta', 'Dedi Permana'],
  ['direct', 'Jangan sampai ada bus yang remnya blong', 'ujar', 'Dedi Permana'],
  ['indirect', 'pihaknya akan menggandeng kepolisian untuk memeriksa setiap bus sebelum berangkat', 'menambahkan', 'Asep Kurnia'],
  ['direct', 'Kami juga menyiapkan posko kesehatan di terminal', 'ucapnya', 'Asep Kurnia']
]

test('ANTARA article: exactly its statements, a lead with the cue after the clause, a governor in between', (t) => {
  const graph = graphOf(t, antara)
  t.deepEqual(readingOf(graph), antaraReading, describeQuotes(graph))
})

test('ANTARA article: people are the two speakers, the credited journalists are credits', (t) => {
  const graph = graphOf(t, antara)
  t.deepEqual(graph.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name).sort(), ['Asep Kurnia', 'Dedi Permana'])
  t.deepEqual(graph.document.credits.map((credit) => credit.name), ['Ricky Prayoga', 'Hendra Agusta'])
})
