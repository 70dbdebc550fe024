/**
 * Reporting cues in all their forms: the base words after a quote (`kata X`),
 * their -nya forms (`katanya`: the speaker is the person just named), meN-
 * verbs with and without -kan, the cue before the quote (`Kata dia, "…"`,
 * `X mengatakan, "…"`) and the non-inverted order (`"…," ia mengklaim`).
 */
import test from 'ava'
import {assertQuote, graphOf} from './helpers/engine.ts'

/** One sentence per base cue, each said by the same market official. */
const baseCues: Array<[cue: string, content: string]> = [
  ['kata', 'Pasokan bawang merah dari Brebes mulai lancar'],
  ['ujar', 'Kami akan menambah operasi pasar di tiga kecamatan'],
  ['tutur', 'Pedagang sudah kami minta memasang daftar harga'],
  ['ucap', 'Tidak ada penimbunan di gudang yang kami periksa'],
  ['ungkap', 'Harga telur ayam justru turun sejak pekan lalu'],
  ['jelas', 'Kenaikan harga dipicu cuaca buruk di daerah sentra'],
  ['tegas', 'Pedagang yang menaikkan harga seenaknya akan ditegur'],
  ['sebut', 'Stok beras di gudang Bulog cukup untuk tiga bulan'],
  ['imbuh', 'Kami juga membuka posko pengaduan di setiap pasar'],
  ['tambah', 'Petugas akan memantau harga setiap pagi'],
  ['lanjut', 'Operasi pasar berlangsung sampai akhir bulan'],
  ['papar', 'Ada dua belas pasar tradisional yang kami pantau'],
  ['terang', 'Harga gula pasir masih di bawah harga eceran tertinggi'],
  ['pungkas', 'Warga tidak perlu membeli berlebihan'],
  ['tandas', 'Tidak boleh ada pedagang yang menjual di atas harga eceran'],
  ['tulis', 'Harga minyak goreng kemasan sudah kembali normal'],
  ['tanya', 'Kalau pasokan lancar, mengapa harga masih tinggi?']
]

const official = 'Kepala Dinas Perdagangan Kota Bogor Wulan Sari Dewi meninjau Pasar Bogor, Selasa.\n\n'

function closing(content: string): string {
  return content.endsWith('?') ? '' : ','
}

for (const [cue, content] of baseCues) {
  test(`base cue after the quote: "…," ${cue} Wulan`, (t) => {
    const text = `${official}"${content}${closing(content)}" ${cue} Wulan.`
    assertQuote(t, graphOf(t, text), text, {content, kind: 'direct', cue, speaker: 'Wulan Sari Dewi', mention: 'Wulan'})
  })
}

for (const [cue, content] of baseCues.filter(([cue]) => cue !== 'tanya')) {
  test(`-nya cue: "…," ${cue}nya (the official just named)`, (t) => {
    const text = `${official}"${content}," ${cue}nya.`
    assertQuote(t, graphOf(t, text), text, {content, kind: 'direct', cue: `${cue}nya`, speaker: 'Wulan Sari Dewi', mention: null})
  })
}

/** meN- verbs: the speaker before the verb, the clause after. */
const menVerbs: Array<[verb: string, content: string]> = [
  ['mengatakan', 'harga cabai mulai turun'],
  ['menyebutkan', 'pasokan dari Jawa Timur bertambah'],
  ['mengungkapkan', 'sebagian pedagang kehabisan stok'],
  ['menerangkan', 'operasi pasar dimulai pekan depan'],
  ['menyebut', 'harga bawang putih naik tipis'],
  ['mengungkap', 'ada pedagang yang menimbun minyak goreng'],
  ['menulis', 'pasar akan buka lebih pagi selama Ramadhan'],
  ['menilai', 'kenaikan harga masih wajar']
]

for (const [verb, content] of menVerbs) {
  test(`meN- verb ${verb.endsWith('kan') ? 'with' : 'without'} -kan: Wulan ${verb} …`, (t) => {
    const text = `${official}Wulan ${verb} ${content}.`
    assertQuote(t, graphOf(t, text), text, {content, kind: 'indirect', cue: verb, speaker: 'Wulan Sari Dewi', mention: 'Wulan'})
  })
}

test('cue before the quote: Kata dia, "…"', (t) => {
  const text = `${official}Kata dia, "Pasokan cabai dari Garut sudah datang pagi ini."`
  assertQuote(t, graphOf(t, text), text, {
    content: 'Pasokan cabai dari Garut sudah datang pagi ini', kind: 'direct', cue: 'Kata', speaker: 'Wulan Sari Dewi', mention: 'dia'
  })
})

test('cue before the quote: X mengatakan, "… ."', (t) => {
  const text = `${official}Wulan mengatakan, “Kami tidak akan membiarkan harga melambung.”`
  assertQuote(t, graphOf(t, text), text, {
    content: 'Kami tidak akan membiarkan harga melambung', kind: 'direct', cue: 'mengatakan', speaker: 'Wulan Sari Dewi', mention: 'Wulan'
  })
})

test('non-inverted cue after the quote: "…," ia mengklaim', (t) => {
  const text = `${official}"Harga di pasar kami paling murah se-Jawa Barat," ia mengklaim.`
  assertQuote(t, graphOf(t, text), text, {
    content: 'Harga di pasar kami paling murah se-Jawa Barat', kind: 'direct', cue: 'mengklaim', speaker: 'Wulan Sari Dewi', mention: 'ia'
  })
})

test('non-inverted cue after the quote with a name: "…," Wulan menambahkan', (t) => {
  const text = `${official}"Pengawasan akan kami perketat," Wulan menambahkan.`
  assertQuote(t, graphOf(t, text), text, {
    content: 'Pengawasan akan kami perketat', kind: 'direct', cue: 'menambahkan', speaker: 'Wulan Sari Dewi', mention: 'Wulan'
  })
})

test('pronoun after a base cue: "…," lanjut dia', (t) => {
  const text = `${official}"Kami sudah menyurati para distributor," lanjut dia.`
  assertQuote(t, graphOf(t, text), text, {
    content: 'Kami sudah menyurati para distributor', kind: 'direct', cue: 'lanjut', speaker: 'Wulan Sari Dewi', mention: 'dia'
  })
})

test('a ber- cue before the quote: X bertanya, "…?"', (t) => {
  const text = 'Budi Santoso bertanya, "Siapa yang bertanggung jawab atas kerusakan ini?"'
  assertQuote(t, graphOf(t, text), text, {content: 'Siapa yang bertanggung jawab atas kerusakan ini?', kind: 'direct', cue: 'bertanya', speaker: 'Budi Santoso'})
})

test('a -nya cue after a quote without the comma ("…" katanya.) still resolves', (t) => {
  const text = 'Budi Santoso meninjau Pasar Minggu, Jakarta Selatan.\n\n"Kami siap menghadapi lonjakan pembeli" katanya.'
  assertQuote(t, graphOf(t, text), text, {content: 'Kami siap menghadapi lonjakan pembeli', kind: 'direct', cue: 'katanya', speaker: 'Budi Santoso'})
})

test('a passive cue right after the quote, its agent after it: "…," ditambahkan X. / "…," dikatakan oleh X.', (t) => {
  const text = 'Pembangunan gudang terhambat hujan. "Kami perlu dua bulan lagi untuk menyelesaikan atap," ditambahkan Budi Hartono.\n\n' +
    '"Kontraktor sudah bekerja dua sif," dikatakan oleh Wulan Sari, manajer proyek.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Kami perlu dua bulan lagi untuk menyelesaikan atap', kind: 'direct', cue: 'ditambahkan', speaker: 'Budi Hartono', mention: 'Budi Hartono'})
  assertQuote(t, graph, text, {content: 'Kontraktor sudah bekerja dua sif', kind: 'direct', cue: 'dikatakan', speaker: 'Wulan Sari'})
})

test('menurut after a quote is a cue: "…," menurutnya (lagi). points back; "…," menurut X. names the speaker', (t) => {
  const text = 'Budi Santoso meninjau Pasar Minggu. "Stok cukup untuk sebulan," menurutnya lagi.\n\n' +
    'Wulan Sari, pedagang sayur, mengeluhkan sepinya pembeli. "Pembeli turun separuh," menurut Wulan.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Stok cukup untuk sebulan', kind: 'direct', cue: 'menurutnya', speaker: 'Budi Santoso'})
  assertQuote(t, graph, text, {content: 'Pembeli turun separuh', kind: 'direct', cue: 'menurut', speaker: 'Wulan Sari', mention: 'Wulan'})
})

test('a passive closing cue: "…" Demikian dikatakan X.', (t) => {
  const text = 'Budi Santoso meninjau Pasar Minggu, Jakarta Selatan.\n\n"Kami siap. Stok cukup. Harga stabil." Demikian dikatakan Budi di Pasar Minggu.'
  assertQuote(t, graphOf(t, text), text, {content: 'Kami siap. Stok cukup. Harga stabil', kind: 'direct', speaker: 'Budi Santoso'})
})

/** Verbs in cue position that the lexicon does not know (open-class cues), and what is not one. */
const speakerIntro = 'Petani Darmaji Santoso memanen padi di Klaten, Rabu.\n\n'

test('open-class cue: a -nya verb the lexicon does not know, at the sentence end, points back', (t) => {
  const text = `${speakerIntro}"Dulu sawah ini selalu kebanjiran," kenangnya.`
  assertQuote(t, graphOf(t, text), text, {content: 'Dulu sawah ini selalu kebanjiran', kind: 'direct', cue: 'kenangnya', mention: null, speaker: 'Darmaji Santoso'})
})

test('open-class cue: a base verb before a name, then a date', (t) => {
  const text = `${speakerIntro}"Kami tidak pernah menjual gabah di bawah harga," bantah Darmaji, Rabu (4/9/2024).`
  assertQuote(t, graphOf(t, text), text, {content: 'Kami tidak pernah menjual gabah di bawah harga', kind: 'direct', cue: 'bantah', mention: 'Darmaji', speaker: 'Darmaji Santoso'})
})

test('open-class cue: a base verb before a pronoun', (t) => {
  const text = `${speakerIntro}"Pupuk datang terlambat lagi," sindir dia.`
  assertQuote(t, graphOf(t, text), text, {content: 'Pupuk datang terlambat lagi', kind: 'direct', cue: 'sindir', speaker: 'Darmaji Santoso'})
})

test('open-class cue: no cue where the name goes on into a clause of its own, or no comma closes the quote', (t) => {
  const clause = `${speakerIntro}"Panen tahun ini bagus," bos Sumber Rejeki itu memposting di akunnya.`
  const clauseQuote = graphOf(t, clause).quotes.find((quote) => quote.content.text === 'Panen tahun ini bagus')
  t.not(clauseQuote?.cue?.text, 'bos')
  const noComma = `${speakerIntro}Ia menyebut "gabah kering" kenangan lama.`
  t.false(graphOf(t, noComma).quotes.some((quote) => quote.cue?.text === 'kenangan'))
})
