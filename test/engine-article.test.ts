/**
 * A whole short article of our own (Kompas print style) read statement by
 * statement: exactly these statements, in this order, with these cues and
 * speakers; nothing else (the data sentence, the background) is a statement.
 */
import test from 'ava'
import {describeQuotes, entityById, graphOf} from './helpers/engine.ts'

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
const reading: Array<[kind: string, content: string, cue: string, speaker: string]> = [
  ['indirect', 'titik panas bertambah dari 120 menjadi 310 dalam tiga hari terakhir', 'mengatakan', 'Indra Gunawan'],
  ['direct', 'Angin dari arah tenggara membawa asap langsung ke kota. Kami sudah meminta tambahan helikopter pengebom air', 'kata', 'Indra Gunawan'],
  ['indirect', 'sekolah dasar di Palembang diliburkan sampai Senin', 'menambahkan', 'Indra Gunawan'],
  ['indirect', 'enam penerbangan ditunda pagi tadi', 'Menurut', 'Febri Andika'],
  ['direct', 'Penumpang kami tempatkan di ruang tunggu dan kami beri makanan', 'ujarnya', 'Febri Andika'],
  ['direct', 'Kami tidak punya masker yang bagus', 'katanya', 'Marlina']
]

test('exactly the article\'s statements, in order, with cue and speaker', (t) => {
  const graph = graphOf(t, article)
  const got = graph.quotes.map((quote) => [quote.kind, quote.content.text, quote.cue?.text ?? null, entityById(graph, quote.speaker)?.name ?? null])
  t.deepEqual(got, reading, describeQuotes(graph))
})

test('the speakers\' roles and affiliations', (t) => {
  const graph = graphOf(t, article)
  const roles = Object.fromEntries(graph.entities.filter((entity) => entity.type === 'person').map((entity) => [
    entity.name,
    entity.roles.map((role) => `${role.title} @ ${entityById(graph, role.affiliation)?.name ?? role.affiliation ?? '-'}`)
  ]))
  t.deepEqual(roles['Indra Gunawan'], ['Kepala @ Badan Penanggulangan Bencana Daerah Sumatera Selatan'])
  t.deepEqual(roles['Febri Andika'], ['Manajer Operasional @ Bandara Sultan Mahmud Badaruddin II'])
})
