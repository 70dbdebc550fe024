/**
 * The error classes seen on other outlets' articles (issue 15, "What goes
 * wrong"), each with the made-up example the issue gives for it: the name at
 * the cue, the speaker of a pronoun or `-nya` cue, cues outside the lexicon,
 * indirect speech around an interjected cue, a quote after a dateline.
 */
import test from 'ava'
import {graphOf, quoteWith, speakerName} from './helpers/engine.ts'

const cases: Array<{what: string; text: string; fragment: string; speaker: string}> = [
  {what: 'a sentence-opening adverb is no part of the name after it', text: 'Jakarta - Polisi menangkap dua pelaku.\n\nAwalnya Budi menjelaskan, pelaku masuk lewat jendela belakang.', fragment: 'pelaku masuk', speaker: 'Budi'},
  {what: 'an organisation between the role and the name stays in the role', text: 'Jakarta - "Kami akan menindak tegas," kata Ketua Dewan Pers Nasional Rina Kusuma.', fragment: 'menindak tegas', speaker: 'Rina Kusuma'},
  {what: 'a foreign organisation between the role and the name', text: 'Jakarta - "Suku bunga tetap," kata Gubernur Bank Sentral Eropa Marta Lind.', fragment: 'Suku bunga', speaker: 'Marta Lind'},
  {what: 'a place word inside a person\'s name', text: 'Jakarta - "Kami menolak," kata Andi Pratama Jepara, warga setempat.', fragment: 'Kami menolak', speaker: 'Andi Pratama Jepara'},
  {what: 'common words inside a person\'s name', text: 'Jakarta - "Kami menolak," kata Iman Hadi Siregar kepada wartawan.', fragment: 'Kami menolak', speaker: 'Iman Hadi Siregar'},
  {what: 'academic and medical degrees are no part of the name', text: 'Jakarta - "Pasien harus dirawat," kata dr Sari Wulan SpPD-KEMD.', fragment: 'Pasien harus', speaker: 'Sari Wulan'},
  {what: 'a nickname given after the full name is the same person', text: 'Jakarta - Lestari Handayani menjadi juara nasional. Perempuan yang akrab disapa Tari ini mengaku senang.\n\n"Saya bangga," kata Tari.', fragment: 'Saya bangga', speaker: 'Lestari Handayani'},
  {what: 'a short form of a name given in full is the same person', text: 'Jakarta - "Kami siap," kata Bima Prasetyo.\n\n"Kami juga siap," kata Bima Pras.', fragment: 'Kami juga siap', speaker: 'Bima Prasetyo'},
  {what: 'katanya after an apposition: the person the sentence is about, not the relative in the apposition', text: 'Jakarta - Putra sulung aktor Bram Wijaya, Dimas Wijaya, merilis album pertamanya. "Album ini untuk ayah," katanya.', fragment: 'Album ini', speaker: 'Dimas Wijaya'},
  {what: 'a verb in cue position after the closing comma is a cue (bantah)', text: 'Jakarta - "Saya tidak pernah ke sana," bantah Rina Kusuma.', fragment: 'tidak pernah', speaker: 'Rina Kusuma'},
  {what: 'a -nya verb in cue position after the closing comma is a cue (kenangnya)', text: 'Jakarta - Hartono Wibisana mengenang masa kecilnya di Solo.\n\n"Dulu kami tidur di lantai," kenangnya.', fragment: 'tidur di lantai', speaker: 'Hartono Wibisana'},
  {what: 'a quote right after a dateline', text: 'Medan (ANTARA) - "Kami belum bisa memastikan jumlah korban," kata Kepala Basarnas Medan Hisar Turnip.', fragment: 'belum bisa', speaker: 'Hisar Turnip'}
]

for (const {what, text, fragment, speaker} of cases) {
  test(what, (t) => {
    const graph = graphOf(t, text)
    const quote = quoteWith(graph, fragment)
    t.truthy(quote, `a statement holding “${fragment}”`)
    t.is(speakerName(graph, quote!), speaker)
  })
}

test('indirect speech around an interjected cue covers both halves', (t) => {
  const graph = graphOf(t, 'Jakarta - Pemerintah menaikkan tarif tol. Tarif baru itu, lanjut Hendra Gunawan, berlaku mulai Januari.')
  const quote = quoteWith(graph, 'berlaku mulai Januari')
  t.truthy(quote)
  t.true(quote!.content.text.startsWith('Tarif baru itu'), quote!.content.text)
  t.is(speakerName(graph, quote!), 'Hendra Gunawan')
})

test('passive reporting with an agent (disebut X seperti …) is X\'s statement', (t) => {
  const graph = graphOf(t, 'Jakarta - Utang daerah itu terus bertambah. Kondisi itu disebut Ratih Purnama seperti bola salju.')
  const quote = quoteWith(graph, 'bola salju')
  t.truthy(quote)
  t.is(speakerName(graph, quote!), 'Ratih Purnama')
})

test('role, place, rank, name: the place before the rank is nobody', (t) => {
  const graph = graphOf(t, 'Medan - Kapolsek Medan Sunggal Kompol Iman Setia Ginting mengatakan kedua pelaku sudah ditahan.')
  t.deepEqual(graph.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name), ['Iman Setia Ginting'])
  t.is(speakerName(graph, quoteWith(graph, 'kedua pelaku')!), 'Iman Setia Ginting')
})

test('a title and degrees around a name set off by commas before the cue: the name, without them', (t) => {
  const graph = graphOf(t, 'Jakarta - Kepala Dinas Kesehatan Kota Bogor, dr Ratna Sari MKes, menyebut jumlah kasus naik dua kali lipat.')
  t.is(speakerName(graph, quoteWith(graph, 'jumlah kasus')!), 'Ratna Sari')
  // A name that only shares letters with a degree (no capital inside, no dot) stays a name.
  const named = graphOf(t, 'Jakarta - "Harga bahan pokok stabil," kata Lina Mars.')
  t.is(speakerName(named, quoteWith(named, 'Harga bahan')!), 'Lina Mars')
})
