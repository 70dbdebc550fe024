/**
 * Organisations the text abbreviates: `Long Form (ACRONYM)` makes one entity
 * named by its long form, with the acronym as alias, whether the acronym
 * later speaks, stands as someone's affiliation, or the long form's last word
 * looks like a name. Every text is fictional, written for these tests.
 */
import test from 'ava'
import {assertQuote, entityNamed, graphOf, readingTest, rolesOf} from './helpers/engine.ts'

test('an organisation and its acronym are one entity: (PRM) in a role, then PRM speaks', (t) => {
  const text = '"Koalisi tetap solid," kata Sekjen Partai Rakyat Maju (PRM) Budi Santoso.\n\nPRM juga menyatakan siap mengusung calon sendiri.'
  const graph = graphOf(t, text)
  const party = graph.entities.filter((entity) => entity.name === 'Partai Rakyat Maju' || entity.name === 'PRM')
  t.deepEqual(party.map((entity) => [entity.type, entity.name, entity.aliases]), [['organization', 'Partai Rakyat Maju', ['PRM']]])
  const quote = assertQuote(t, graph, text, {content: 'siap mengusung calon sendiri', cue: 'menyatakan', speaker: 'Partai Rakyat Maju'})
  t.is(quote?.speakerMention?.text, 'PRM')
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'Budi Santoso')), ['sekjen @ Partai Rakyat Maju'])
})

test('the last word of an abbreviated organisation (Partai Rakyat Maju (PRM)) is no person', (t) => {
  const graph = graphOf(t, '"Koalisi tetap solid," kata Sekjen Partai Rakyat Maju (PRM) Budi Santoso.')
  t.deepEqual(graph.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name), ['Budi Santoso'])
})

test('an affiliation written as a defined acronym is that organisation: Komisi Pemberantasan Korupsi (KPK) … Juru Bicara KPK X', (t) => {
  const text = 'Komisi Pemberantasan Korupsi (KPK) menahan seorang bupati.\n\nJuru Bicara KPK Tessa Mahardhika mengatakan penahanan dilakukan untuk 20 hari pertama.'
  const graph = graphOf(t, text)
  const kpk = entityNamed(graph, 'Komisi Pemberantasan Korupsi')
  t.is(kpk?.type, 'organization')
  t.deepEqual(kpk?.aliases, ['KPK'])
  t.is(kpk?.mentions[0]?.text, 'Komisi Pemberantasan Korupsi')
  t.deepEqual(entityNamed(graph, 'Tessa Mahardhika')?.roles.map((role) => role.affiliation), [kpk?.id])
})

test('a short name defined for an organisation speaks for it, and a pronoun after it skips it for the person', (t) => {
  const text = 'Ketua Umum Asosiasi Pedagang Sayur Indonesia (Apsindo) Roy Tambunan mengatakan harga cabai naik.\n\n' +
    'Apsindo memastikan harga turun bulan depan. "Pasokan dari Jawa Timur mulai masuk," ujarnya.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'harga turun bulan depan', speaker: 'Asosiasi Pedagang Sayur Indonesia'})
  assertQuote(t, graph, text, {content: 'Pasokan dari Jawa Timur mulai masuk', speaker: 'Roy Tambunan'})
})

test('a role in a relative clause after the name (kata X, yang juga Ketua Umum Y) is the speaker\'s, and Y\'s last word is no person', (t) => {
  const text = '"Koalisi tetap solid," kata Budi Santoso, yang juga Ketua Umum Partai Rakyat Maju.'
  const graph = graphOf(t, text)
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'Budi Santoso')), ['ketua umum @ Partai Rakyat Maju'])
  t.deepEqual(graph.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name), ['Budi Santoso'])
})

readingTest(
  'a head word alone (`Kementerian menyebut`) is the organisation last named with it',
  'Kementerian Kelautan dan Perikanan menyatakan stok ikan tuna di perairan selatan masih aman.\n\n' +
    'Dalam keterangan tertulis, Kementerian menyebut nelayan "tidak perlu khawatir soal kuota" tahun depan.',
  [
    {content: 'stok ikan tuna di perairan selatan masih aman', cue: 'menyatakan', speaker: 'Kementerian Kelautan dan Perikanan', speakerType: 'organization'},
    {content: 'tidak perlu khawatir soal kuota', cue: 'menyebut', speaker: 'Kementerian Kelautan dan Perikanan', speakerType: 'organization', mention: 'Kementerian'}
  ],
  (t, graph) => {
    t.deepEqual(graph.entities.filter((entity) => entity.type === 'organization').map((entity) => [entity.name, entity.aliases]), [['Kementerian Kelautan dan Perikanan', ['Kementerian']]])
    t.deepEqual(entityNamed(graph, 'Kementerian Kelautan dan Perikanan')?.mentions.map((mention) => mention.text), ['Kementerian Kelautan dan Perikanan', 'Kementerian'])
  })

readingTest(
  'a head word alone before any fuller name stays an organisation of its own',
  'Kementerian menyebut nelayan "tidak perlu khawatir soal kuota" tahun depan.\n\n' +
    'Kementerian Kelautan dan Perikanan menyatakan stok ikan tuna di perairan selatan masih aman.',
  [
    {content: 'tidak perlu khawatir soal kuota', cue: 'menyebut', speaker: 'Kementerian', speakerType: 'organization'},
    {content: 'stok ikan tuna di perairan selatan masih aman', cue: 'menyatakan', speaker: 'Kementerian Kelautan dan Perikanan', speakerType: 'organization'}
  ])

readingTest(
  'an organisation\'s own name is not a head word used alone (`Perbakin` after `Perbakin Tim Relawan Bencana`)',
  '"Posko kami buka sampai Minggu," kata Ketua Perbakin Tim Relawan Bencana Yoga Pratama.\n\n' +
    'Perbakin menyatakan semua anggota siap membantu evakuasi.',
  [{content: 'semua anggota siap membantu evakuasi', cue: 'menyatakan', speaker: 'Perbakin', speakerType: 'organization'}])

test('an abbreviated organisation (Polda Jateng) is named by its full form where the text writes it (Kepolisian Daerah Jawa Tengah)', (t) => {
  const text = 'SEMARANG, KOMPAS — Kepolisian Daerah Jawa Tengah menangkap tujuh pencuri kabel.\n\n' +
    '"Kami masih memburu dua pelaku lain," kata Kepala Bidang Humas Polda Jateng Komisaris Besar Arman Siregar.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Kami masih memburu dua pelaku lain', cue: 'kata', speaker: 'Arman Siregar'})
  const police = entityNamed(graph, 'Kepolisian Daerah Jawa Tengah')
  t.is(police?.type, 'organization')
  t.deepEqual(police?.aliases, ['Polda Jateng'])
  t.deepEqual(police?.mentions.map((mention) => mention.text), ['Kepolisian Daerah Jawa Tengah', 'Polda Jateng'])
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'Arman Siregar')), ['kepala bidang humas @ Kepolisian Daerah Jawa Tengah'])
})

test('an abbreviated organisation the text never writes in full keeps its written name', (t) => {
  const text = '"Kami masih memburu dua pelaku lain," kata Kepala Bidang Humas Polda Jateng Komisaris Besar Arman Siregar.'
  const graph = graphOf(t, text)
  t.is(entityNamed(graph, 'Polda Jateng')?.type, 'organization')
  t.is(graph.entities.find((entity) => entity.name.startsWith('Kepolisian')), undefined)
})
