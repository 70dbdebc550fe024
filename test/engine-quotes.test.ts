/**
 * Direct quotes in every style Indonesian outlets print: the content is the
 * text inside the marks, without the comma or full stop that closes the
 * quote (? and ! stay). Snippets are our own, with invented people.
 */
import test from 'ava'
import {assertNoQuoteWith, assertQuote, describeQuotes, graphOf, quotesWith, readingTest} from './helpers/engine.ts'

readingTest(
  'straight double quotes "…" with the cue after',
  'Bupati Sleman Hendra Wibisono meninjau jalan yang rusak.\n\n"Jalan ini akan kami perbaiki sebelum musim hujan," kata Hendra, Senin.',
  [{
    content: 'Jalan ini akan kami perbaiki sebelum musim hujan', kind: 'direct', cue: 'kata', speaker: 'Hendra Wibisono', mention: 'Hendra'
  }])

readingTest(
  'curly double quotes “…”',
  'Kepala Dinas Perdagangan Kota Malang Sri Wahyuni memantau harga di Pasar Besar.\n\n“Harga cabai rawit naik hampir dua kali lipat,” ujar Sri.',
  [{
    content: 'Harga cabai rawit naik hampir dua kali lipat', kind: 'direct', cue: 'ujar', speaker: 'Sri Wahyuni', mention: 'Sri'
  }])

readingTest(
  'low-high quotes „…“',
  '„Kami menolak rencana relokasi itu,“ kata Ketua RW 05 Joko Susilo.',
  [{
    content: 'Kami menolak rencana relokasi itu', kind: 'direct', cue: 'kata', speaker: 'Joko Susilo'
  }])

readingTest(
  'guillemets «…»',
  '«Pasokan listrik akan pulih malam ini,» kata manajer PLN Unit Bekasi, Rahmat Hidayat.',
  [{
    content: 'Pasokan listrik akan pulih malam ini', kind: 'direct', cue: 'kata', speaker: 'Rahmat Hidayat'
  }])

readingTest(
  'Kompas print style: ” opens and closes',
  'SEMARANG, KOMPAS — Ratusan buruh berunjuk rasa di depan kantor gubernur.\n\n' +
    '”Kami tidak akan mundur sebelum upah dibayar,” kata Ketua Serikat Buruh Tekstil Jateng Sutrisno Hadi.',
  [{
    content: 'Kami tidak akan mundur sebelum upah dibayar', kind: 'direct', cue: 'kata', speaker: 'Sutrisno Hadi'
  }])

readingTest(
  'a quote inside a quote with ‘…’: the outer statement keeps the inner marks',
  'Rina Marlina menunggu kabar suaminya, Agus Salim, yang melaut sejak Senin.\n\n' +
    '"Dia bilang, ‘Doakan kami pulang cepat,’ lalu kapalnya berangkat," kata Rina kepada wartawan.',
  [{
    content: 'Dia bilang, ‘Doakan kami pulang cepat,’ lalu kapalnya berangkat', kind: 'direct', cue: 'kata', speaker: 'Rina Marlina', mention: 'Rina'
  }])

readingTest(
  'a quote of several sentences is one quote',
  '"Harga beras naik lagi. Kami sudah lapor ke dinas. Sampai sekarang belum ada jawaban," ujar Yanti Rahayu, pedagang di Pasar Gede.',
  [{
    content: 'Harga beras naik lagi. Kami sudah lapor ke dinas. Sampai sekarang belum ada jawaban', kind: 'direct', cue: 'ujar', speaker: 'Yanti Rahayu'
  }])

readingTest(
  'a question mark closing the quote stays in the content',
  '"Siapa yang akan mengganti kerugian kami?" kata Darsono, petani di Desa Sukamaju.',
  [{content: 'Siapa yang akan mengganti kerugian kami?', kind: 'direct', cue: 'kata', speaker: 'Darsono'}])

test('a quote continued in the next paragraph: no closing mark, the next paragraph opens anew', (t) => {
  const text = 'Kepala Polres Kendal Ajun Komisaris Besar Darmawan Saputra memaparkan hasil penyelidikan.\n\n' +
    '”Pelaku menghentikan truk di jalan sepi dan mengancam sopir dengan senjata tajam,” kata Darmawan.\n\n' +
    '”Muatan truk sudah berpindah tangan ketika kami menemukannya. Kami masih memburu dua pelaku lain\n\n' +
    '”Kami minta warga yang melihat truk itu segera melapor,” ujarnya.'
  const graph = graphOf(t, text)
  // One quote over two paragraphs has one cue, after its last part: it is the first part's too.
  assertQuote(t, graph, text, {
    content: 'Muatan truk sudah berpindah tangan ketika kami menemukannya. Kami masih memburu dua pelaku lain', kind: 'direct', cue: 'ujarnya', speaker: 'Darmawan Saputra'
  })
  assertQuote(t, graph, text, {content: 'Kami minta warga yang melihat truk itu segera melapor', kind: 'direct', cue: 'ujarnya', speaker: 'Darmawan Saputra'})
})

test('a direct quote glued to the previous sentence (terdekat."Air)', (t) => {
  const text = 'Banjir setinggi satu meter merendam rumah warga sehingga mereka mengungsi ke masjid terdekat."Air naik sangat cepat sejak subuh," kata Darsih, warga RT 03.'
  assertQuote(t, graphOf(t, text), text, {content: 'Air naik sangat cepat sejak subuh', kind: 'direct', cue: 'kata', speaker: 'Darsih'})
})

readingTest(
  'a statement glued after a closing parenthesis (Korsel).Pertemuan starts a new sentence',
  'Delegasi Indonesia tiba di Busan, Korea Selatan (Korsel).Pertemuan itu membahas kerja sama perikanan, kata juru bicara delegasi, Lestari Wulandari.',
  [{content: 'Pertemuan itu membahas kerja sama perikanan', kind: 'indirect', cue: 'kata'}])

test('an unbalanced mark ends the quote at the paragraph end, marked unbalanced', (t) => {
  const text = 'Warga Kampung Pulo, Sumarni, mengeluhkan lambatnya bantuan. "Kami belum menerima bantuan apa pun sejak Senin\n\n' +
    'Wali Kota Jakarta Timur Budi Raharjo mengatakan bantuan akan dikirim besok.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Kami belum menerima bantuan apa pun sejak Senin', kind: 'direct', unbalanced: true})
  assertQuote(t, graph, text, {content: 'bantuan akan dikirim besok', kind: 'indirect', cue: 'mengatakan', speaker: 'Budi Raharjo'})
})

test('an unbalanced mark never swallows the next paragraph', (t) => {
  const text = '"Kami belum menerima bantuan apa pun sejak Senin, kata Sumarni.\n\n' +
    'Petugas gabungan mendirikan dapur umum di halaman kantor kelurahan.\n\n' +
    '"Dapur umum buka sampai air surut," kata Lurah Kampung Pulo Hendra Gunawan.'
  const graph = graphOf(t, text)
  t.true(graph.quotes.every((quote) => !quote.content.text.includes('\n')), describeQuotes(graph))
  assertNoQuoteWith(t, graph, 'dapur umum di halaman')
  assertQuote(t, graph, text, {content: 'Dapur umum buka sampai air surut', kind: 'direct', cue: 'kata', speaker: 'Hendra Gunawan', unbalanced: false})
})

test('a stray closing mark does not make a quote and does not hide the next statement', (t) => {
  const text = 'Harga gabah di tingkat petani turun tajam pekan ini.” Ketua Kelompok Tani Sido Makmur, Sarmin, mengatakan petani merugi hingga jutaan rupiah.'
  const graph = graphOf(t, text)
  t.is(quotesWith(graph, 'Harga gabah').length, 0, describeQuotes(graph))
  assertQuote(t, graph, text, {content: 'petani merugi hingga jutaan rupiah', kind: 'indirect', cue: 'mengatakan', speaker: 'Sarmin'})
})

test('a quote inside a quote ‘…’ is its own statement, cue bilang, mention Dia', (t) => {
  const text = 'Rina Marlina menunggu kabar suaminya, Agus Salim, yang melaut sejak Senin.\n\n' +
    '"Dia bilang, ‘Doakan kami pulang cepat,’ lalu kapalnya berangkat," kata Rina kepada wartawan.'
  assertQuote(t, graphOf(t, text), text, {content: 'Doakan kami pulang cepat', kind: 'direct', cue: 'bilang', mention: 'Dia'})
})

test('a split quote "…," kata X, "…" gives two stretches with the same cue and speaker', (t) => {
  const text = '“Stok cabai di gudang masih cukup,” kata Agus Priyatna, “tetapi harga dari petani terus naik.”'
  const graph = graphOf(t, text)
  const first = assertQuote(t, graph, text, {content: 'Stok cabai di gudang masih cukup', kind: 'direct', cue: 'kata', speaker: 'Agus Priyatna'})
  const second = assertQuote(t, graph, text, {content: 'tetapi harga dari petani terus naik', kind: 'direct', cue: 'kata', speaker: 'Agus Priyatna'})
  t.deepEqual(second?.cue, first?.cue, 'the same cue span')
})

test('a split quote interrupted by an action: "…," kata X, sambil …, "…" shares the speaker', (t) => {
  const text = 'Budi Santoso meninjau Pasar Minggu, Jakarta Selatan.\n\n"Kami siap," kata Budi, sambil menunjuk tumpukan beras, "stok cukup sampai Lebaran."'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Kami siap', kind: 'direct', cue: 'kata', speaker: 'Budi Santoso'})
  assertQuote(t, graph, text, {content: 'stok cukup sampai Lebaran', kind: 'direct', cue: 'kata', speaker: 'Budi Santoso'})
})

test('a quote after an unrelated clause is no split quote: "…," kata X. Warga lain menunjuk …, "…"', (t) => {
  const text = '"Kami siap," kata Budi Santoso, lalu pergi. Warga lain menunjuk tumpukan beras, "stok cukup sampai Lebaran."'
  const graph = graphOf(t, text)
  for (const quote of quotesWith(graph, 'stok cukup sampai Lebaran')) t.not(quote.rule, 'split-quote', describeQuotes(graph))
})

test('an exclamation mark closing the quote stays in the content', (t) => {
  const text = 'Lurah Mulyadi Santoso memimpin kerja bakti.\n\n"Jangan buang sampah ke sungai!" seru Mulyadi kepada warga.'
  assertQuote(t, graphOf(t, text), text, {content: 'Jangan buang sampah ke sungai!', kind: 'direct', cue: 'seru', speaker: 'Mulyadi Santoso'})
})

test('a second quote right after "…," kata X. in the same paragraph is X\'s too', (t) => {
  const text = '"Sumur warga sudah tercemar solar," kata Ketua RT 02 Bambang Irawan. "Kami minta perusahaan bertanggung jawab."'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Sumur warga sudah tercemar solar', kind: 'direct', cue: 'kata', speaker: 'Bambang Irawan'})
  assertQuote(t, graph, text, {content: 'Kami minta perusahaan bertanggung jawab', kind: 'direct', speaker: 'Bambang Irawan'})
})

readingTest(
  'a cue before the quote with a colon: X berkata: "…"',
  'Menteri Kesehatan Purnama Sidik berkata: "Vaksin tersedia di semua puskesmas mulai Senin."',
  [{
    content: 'Vaksin tersedia di semua puskesmas mulai Senin', kind: 'direct', cue: 'berkata', speaker: 'Purnama Sidik'
  }])

test('a quote continued over three paragraphs: each stretch is the same speaker\'s', (t) => {
  const text = '"Kami berangkat dari Pelabuhan Muara Baru pukul tiga pagi," kata nakhoda kapal, Yohanes Lumban.\n\n' +
    '"Ombak mulai tinggi sekitar pukul enam\n\n' +
    '"Mesin mati dan kami terombang-ambing dua hari\n\n' +
    '"Kami bertahan dengan air hujan," katanya.'
  const graph = graphOf(t, text)
  for (const content of ['Ombak mulai tinggi sekitar pukul enam', 'Mesin mati dan kami terombang-ambing dua hari', 'Kami bertahan dengan air hujan']) {
    assertQuote(t, graph, text, {content, kind: 'direct', speaker: 'Yohanes Lumban'})
  }
})

readingTest(
  'two Kompas-style quotes by two people in consecutive paragraphs',
  '”Air mulai naik pukul dua pagi,” kata Sumiati, warga Kampung Pulo.\n\n' +
    '”Pompa air kami kerahkan sejak subuh,” ujar Kepala Suku Dinas Sumber Daya Air Jakarta Timur Ahmad Fauzi.',
  [
  {content: 'Air mulai naik pukul dua pagi', kind: 'direct', cue: 'kata', speaker: 'Sumiati'},
  {content: 'Pompa air kami kerahkan sejak subuh', kind: 'direct', cue: 'ujar', speaker: 'Ahmad Fauzi'}
])

test('the comma after the closing mark ("…", kata X) is outside the content', (t) => {
  const text = '"Kami sudah tiga hari tidak melaut", kata Samsul Bahri, nelayan di Muara Angke.'
  assertQuote(t, graphOf(t, text), text, {content: 'Kami sudah tiga hari tidak melaut', kind: 'direct', cue: 'kata', speaker: 'Samsul Bahri'})
})

readingTest(
  "an apostrophe inside a word (Jum'at) does not end or split the quote",
  `"Kami salat Jum'at di masjid darurat sejak banjir," kata Haryanto, pengurus masjid.`, [{content: "Kami salat Jum'at di masjid darurat sejak banjir", kind: 'direct', cue: 'kata', speaker: 'Haryanto'}])

readingTest(
  'decimal commas and abbreviations with full stops stay inside the quote',
  '"Air sempat setinggi 1,5 meter di Jl. Otista, dan kami butuh bantuan dari Pemprov DKI," kata Sumiati.',
  [{
    content: 'Air sempat setinggi 1,5 meter di Jl. Otista, dan kami butuh bantuan dari Pemprov DKI', kind: 'direct', cue: 'kata', speaker: 'Sumiati'
  }])

readingTest(
  'a cue with its addressee: "…," tuturnya kepada Kompas.com',
  'Pedagang bakso di Alun-alun Malang, Suharti, mengeluhkan harga daging.\n\n"Untung kami tinggal sedikit," tuturnya kepada Kompas.com.',
  [{
    content: 'Untung kami tinggal sedikit', kind: 'direct', cue: 'tuturnya', speaker: 'Suharti', addresseeType: 'outlet'
  }])
