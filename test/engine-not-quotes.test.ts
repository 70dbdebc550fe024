/**
 * Stretches that look like speech and are not: names and titles in quote
 * marks, scare-quoted terms, negated sayings, photos and data that "show",
 * the writer's own gloss, and boilerplate lines.
 */
import test from 'ava'
import {assertNoQuoteWith, assertQuote, entityById, graphOf} from './helpers/engine.ts'

test('a media name in quote marks is not a quote (media lokal "Suara Pesisir" melaporkan)', (t) => {
  const text = 'Media lokal "Suara Pesisir" melaporkan bahwa kapal ikan itu tenggelam di dekat Pulau Sebuku.'
  const graph = graphOf(t, text)
  assertNoQuoteWith(t, graph, 'Suara Pesisir')
  assertQuote(t, graph, text, {content: 'kapal ikan itu tenggelam di dekat Pulau Sebuku', kind: 'indirect', cue: 'melaporkan'})
})

test('a scare-quoted term inside a statement does not split it', (t) => {
  const text = 'Kepala Satuan Lalu Lintas Polres Bekasi Ajun Komisaris Hadi Prasetyo mengatakan istilah "jalur tikus" dipakai pengendara untuk menghindari razia.'
  const graph = graphOf(t, text)
  t.false(graph.quotes.some((quote) => quote.content.text === 'jalur tikus'), 'the term alone is not a quote')
  assertQuote(t, graph, text, {
    content: 'istilah "jalur tikus" dipakai pengendara untuk menghindari razia', cue: 'mengatakan', speaker: 'Hadi Prasetyo'
  })
})

test('a credit line is not a quote', (t) => {
  const text = 'Jakarta (ANTARA) - Harga emas naik tipis pada perdagangan Senin, kata analis pasar Dodi Kurniawan.\n\nPewarta: Dewi Lestari\nEditor: Bambang Purnomo'
  const graph = graphOf(t, text)
  assertNoQuoteWith(t, graph, 'Dewi Lestari')
  assertNoQuoteWith(t, graph, 'Bambang Purnomo')
})

/** [what it is, the text, a fragment no quote may contain] */
const notSpeech: Array<[what: string, text: string, fragment: string]> = [
  ['a programme title in quote marks is not a quote', 'Pemerintah Kota Depok meluncurkan program "Sekolah Sehat Tanpa Sampah" di 40 sekolah dasar pekan lalu.', 'Sekolah Sehat'],
  ['a book title in curly quotes is not a quote', 'Novel “Senja di Pelabuhan Tua” karya Laksmi Pertiwi terjual 20.000 eksemplar dalam sebulan.', 'Senja di Pelabuhan'],
  ['a term in scare quotes is not a quote', 'Polisi masih menyelidiki praktik "serangan fajar" menjelang pemilihan kepala desa di Kabupaten Pati.', 'serangan fajar'],
  ['a negated saying (tanpa mengatakan apakah …) is not a quote', 'Polda Riau menangkap dua tersangka pembalakan liar pada Senin, tanpa mengatakan apakah keduanya sudah ditahan.', 'keduanya sudah ditahan'],
  ['a photo that shows is not a quote', 'Foto satelit yang diambil Minggu menunjukkan dermaga pelabuhan itu rusak parah.', 'dermaga pelabuhan itu rusak parah'],
  ['data that show are not a quote', 'Data Badan Pusat Statistik menunjukkan inflasi bulan lalu mencapai 0,8 persen.', 'inflasi bulan lalu'],
  ['a video that shows is not a quote', 'Rekaman video yang beredar di media sosial memperlihatkan air bah menyapu jembatan desa.', 'air bah menyapu jembatan'],
  ["the writer's gloss (X adalah singkatan dari …) is not a quote", 'BPJPH adalah singkatan dari Badan Penyelenggara Jaminan Produk Halal, lembaga di bawah Kementerian Agama.', 'Badan Penyelenggara']
]

for (const [what, text, fragment] of notSpeech) {
  test(what, (t) => {
    assertNoQuoteWith(t, graphOf(t, text), fragment)
  })
}

test('a negated saying after a cue stays out of the statement (membenarkan … tanpa mengatakan apakah …)', (t) => {
  const text = 'Juru bicara Polda Riau Komisaris Besar Arif Nugroho membenarkan penangkapan itu tanpa mengatakan apakah tersangka sudah ditahan.'
  assertNoQuoteWith(t, graphOf(t, text), 'tersangka sudah ditahan')
})

test('a negated saying with menyebutkan stays out of the statement before it', (t) => {
  const text = 'Perusahaan itu mengakui ada kebocoran data tanpa menyebutkan berapa banyak pelanggan yang terdampak.'
  const graph = graphOf(t, text)
  assertNoQuoteWith(t, graph, 'pelanggan yang terdampak')
  assertQuote(t, graph, text, {content: 'ada kebocoran data', kind: 'indirect', cue: 'mengakui', mention: 'Perusahaan itu'})
})

test('a headline with a quote in a "Baca juga:" line is not a quote', (t) => {
  const text = 'Banjir merendam ratusan rumah di Kampung Melayu sejak Selasa malam.\n\n' +
    'Baca juga: "Kami Sudah Biasa," Kata Warga Bantaran Ciliwung soal Banjir Tahunan\n\n' +
    'Ketinggian air mencapai 1,5 meter di beberapa titik.'
  assertNoQuoteWith(t, graphOf(t, text), 'Kami Sudah Biasa')
})

test('a song title in quote marks is not a quote', (t) => {
  const text = 'Ribuan warga menyanyikan lagu "Tanah Airku" saat upacara di alun-alun.'
  assertNoQuoteWith(t, graphOf(t, text), 'Tanah Airku')
})

test("a sentence without a cue after an indirect statement is the writer's, not the speaker's", (t) => {
  const text = 'Kepala Dinas Pertanian Sleman Wulan Pratiwi mengatakan panen raya dimulai pekan depan. Tahun lalu, panen mundur karena banjir.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'panen raya dimulai pekan depan', kind: 'indirect', cue: 'mengatakan', speaker: 'Wulan Pratiwi'})
  assertNoQuoteWith(t, graph, 'panen mundur karena banjir')
})

test('advertisement and scroll boilerplate lines are not quotes and do not break attribution', (t) => {
  const text = '"Trotoar ini untuk pejalan kaki," kata Kepala Satpol PP Jakarta Selatan Ujang Sutisna.\n\n' +
    'ADVERTISEMENT\n\nSCROLL TO CONTINUE WITH CONTENT\n\n' +
    '"Pengendara yang melanggar akan kami tindak," ujarnya.'
  const graph = graphOf(t, text)
  assertNoQuoteWith(t, graph, 'ADVERTISEMENT')
  assertNoQuoteWith(t, graph, 'SCROLL')
  assertQuote(t, graph, text, {content: 'Pengendara yang melanggar akan kami tindak', cue: 'ujarnya', speaker: 'Ujang Sutisna'})
})

test('a "Pilihan Editor:" line with a quoted headline is not a quote', (t) => {
  const text = 'Harga tiket kapal ke Pulau Seribu naik mulai bulan ini.\n\n' +
    'Pilihan Editor: "Kami Rugi Besar," Keluh Nelayan Muara Angke\n\n' +
    'Kenaikan tarif berlaku untuk semua kapal reguler.'
  assertNoQuoteWith(t, graphOf(t, text), 'Kami Rugi Besar')
})

test('a byline header (Nama - detikNews) is not a speaker', (t) => {
  const text = 'Rizal Hakim - detikNews\n\nJakarta - Kepala Dinas Perhubungan DKI Jakarta Yusuf Hidayat mengatakan tarif bus tidak naik tahun ini.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'tarif bus tidak naik tahun ini', cue: 'mengatakan', speaker: 'Yusuf Hidayat'})
  t.false(graph.quotes.some((quote) => entityById(graph, quote.speaker)?.name === 'Rizal Hakim'))
})

test('a reporter initials footer (rzh/idn) is not a quote', (t) => {
  const text = 'Kepala Dinas Perhubungan DKI Jakarta Yusuf Hidayat mengatakan tarif bus tidak naik tahun ini.\n\n(rzh/idn)'
  const graph = graphOf(t, text)
  assertNoQuoteWith(t, graph, 'rzh')
  t.is(graph.quotes.length, 1)
})

test('a nickname in quote marks inside a name is not a quote', (t) => {
  const text = 'Ahmad "Ucok" Siregar mengatakan perahunya hilang terbawa arus.'
  const graph = graphOf(t, text)
  assertNoQuoteWith(t, graph, 'Ucok')
  assertQuote(t, graph, text, {content: 'perahunya hilang terbawa arus', kind: 'indirect', cue: 'mengatakan'})
})
