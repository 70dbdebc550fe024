/**
 * Indirect speech: the content is the reported clause without `bahwa`, the
 * cue and the speaker, and without the final full stop. Also mixed quotes:
 * a quoted fragment inside a reported clause.
 */
import test from 'ava'
import {assertQuote, graphOf, readingTest, rolesOf, type QuoteReading} from './helpers/engine.ts'

const intro = 'Kepala Badan Penanggulangan Bencana Daerah Kabupaten Garut Yusuf Mahendra meninjau lokasi longsor, Rabu.\n\n'

readingTest(
  'X mengatakan bahwa …',
  `${intro}Yusuf mengatakan bahwa tiga rumah tertimbun tanah.`, [{content: 'tiga rumah tertimbun tanah', kind: 'indirect', cue: 'mengatakan', speaker: 'Yusuf Mahendra', mention: 'Yusuf'}])

readingTest(
  'X mengatakan, … (comma, no bahwa)',
  `${intro}Yusuf mengatakan, warga di lereng bukit sudah dievakuasi.`, [{content: 'warga di lereng bukit sudah dievakuasi', kind: 'indirect', cue: 'mengatakan', speaker: 'Yusuf Mahendra'}])

readingTest(
  'X mengatakan … (no comma, no bahwa)',
  `${intro}Yusuf mengatakan alat berat baru tiba sore nanti.`, [{content: 'alat berat baru tiba sore nanti', kind: 'indirect', cue: 'mengatakan', speaker: 'Yusuf Mahendra'}])

readingTest(
  'Menurut X, …',
  `${intro}Menurut Yusuf, hujan deras sejak Senin membuat tanah labil.`, [{
    content: 'hujan deras sejak Senin membuat tanah labil', kind: 'indirect', cue: 'Menurut', speaker: 'Yusuf Mahendra', mention: 'Yusuf'
  }])

readingTest(
  '…, menurut X.',
  `${intro}Jalan provinsi ditutup sementara, menurut Yusuf.`, [{content: 'Jalan provinsi ditutup sementara', kind: 'indirect', cue: 'menurut', speaker: 'Yusuf Mahendra'}])

readingTest(
  '…, kata X without quote marks',
  `${intro}Sebanyak 45 keluarga mengungsi ke balai desa, kata Yusuf.`, [{content: 'Sebanyak 45 keluarga mengungsi ke balai desa', kind: 'indirect', cue: 'kata', speaker: 'Yusuf Mahendra'}])

/** The clausal reporting verbs of the issue, each with its own statement. */
const clausalVerbs: Array<[verb: string, complement: string, content: string]> = [
  ['menambahkan', 'bahwa ', 'bantuan logistik cukup untuk sepekan'],
  ['menegaskan', '', 'tidak ada warga yang boleh kembali ke rumah'],
  ['menjelaskan', 'bahwa ', 'retakan tanah memanjang hingga 200 meter'],
  ['menilai', '', 'kawasan itu tidak layak dihuni lagi'],
  ['mengungkapkan', 'bahwa ', 'peringatan dini sudah dikirim sejak pagi'],
  ['menyebutkan', '', 'dua warga masih dalam pencarian'],
  ['memaparkan', 'bahwa ', 'curah hujan bulan ini dua kali lipat dari biasanya'],
  ['mengonfirmasi', 'bahwa ', 'satu korban ditemukan meninggal dunia'],
  ['melaporkan', '', 'longsor susulan terjadi pukul 14.00'],
  ['menggarisbawahi', 'bahwa ', 'relokasi harus dilakukan sebelum musim hujan'],
  ['menyerukan', '', 'warga menjauhi tebing selama hujan turun']
]

for (const [verb, complement, content] of clausalVerbs) {
  test(`X ${verb} ${complement}…`, (t) => {
    const text = `${intro}Yusuf ${verb} ${complement}${content}.`
    assertQuote(t, graphOf(t, text), text, {content, kind: 'indirect', cue: verb, speaker: 'Yusuf Mahendra', mention: 'Yusuf'})
  })
}

readingTest(
  'Ia menambahkan, … (pronoun subject)',
  `${intro}Ia menambahkan, posko kesehatan dibuka 24 jam.`, [{content: 'posko kesehatan dibuka 24 jam', kind: 'indirect', cue: 'menambahkan', speaker: 'Yusuf Mahendra', mention: 'Ia'}])

readingTest(
  'X mengatakan …, seraya menambahkan bahwa …: two statements',
  `${intro}Yusuf mengatakan tim gabungan bekerja hingga malam, seraya menambahkan bahwa cuaca menghambat pencarian.`, [
  {content: 'tim gabungan bekerja hingga malam', kind: 'indirect', cue: 'mengatakan', speaker: 'Yusuf Mahendra'},
  {content: 'cuaca menghambat pencarian', kind: 'indirect', cue: 'menambahkan', speaker: 'Yusuf Mahendra'}
])

test('interjected cue: Selain itu, lanjutnya, … (the connective is left out)', (t) => {
  const text = `${intro}Yusuf mengatakan jalur evakuasi sudah disiapkan.\n\nSelain itu, lanjutnya, petugas memasang sirene di tiga dusun.`
  assertQuote(t, graphOf(t, text), text, {content: 'petugas memasang sirene di tiga dusun', kind: 'indirect', cue: 'lanjutnya', speaker: 'Yusuf Mahendra'})
})

readingTest(
  'interjected cue inside the clause: one span from its first word to its last, the cue inside',
  `${intro}Jalur evakuasi baru itu, lanjut Yusuf, dibuka mulai besok pagi.`,
  [{content: 'Jalur evakuasi baru itu, lanjut Yusuf, dibuka mulai besok pagi', kind: 'indirect', cue: 'lanjut', speaker: 'Yusuf Mahendra', mention: 'Yusuf'}])

readingTest(
  'interjected menurut inside the clause: one span',
  `${intro}Relawan, menurut dia, masih mencari dua warga yang hilang.`,
  [{content: 'Relawan, menurut dia, masih mencari dua warga yang hilang', kind: 'indirect', cue: 'menurut', speaker: 'Yusuf Mahendra'}])

readingTest(
  'X mengatakan, bahwa …: the complementiser after the comma stays out of the clause',
  `${intro}Yusuf mengatakan, bahwa sekolah darurat dibuka di tenda pengungsian.`,
  [{content: 'sekolah darurat dibuka di tenda pengungsian', kind: 'indirect', cue: 'mengatakan', speaker: 'Yusuf Mahendra'}])

readingTest(
  'Menurut X … and Menurutnya … with no comma: the clause starts right after the speaker',
  `${intro}Menurut Yusuf tanah di lereng itu masih bergerak.\n\nMenurutnya warga belum boleh kembali ke rumah.`, [
  {content: 'tanah di lereng itu masih bergerak', kind: 'indirect', cue: 'Menurut', speaker: 'Yusuf Mahendra', mention: 'Yusuf'},
  {content: 'warga belum boleh kembali ke rumah', kind: 'indirect', cue: 'Menurutnya', speaker: 'Yusuf Mahendra'}
])

readingTest(
  '…, kata X, Senin (…): a date after the speaker is no second half',
  `${intro}Tim gabungan sudah menyisir sungai sampai ke hilir, kata Yusuf, Kamis (5/9/2024).`,
  [{content: 'Tim gabungan sudah menyisir sungai sampai ke hilir', kind: 'indirect', cue: 'kata', speaker: 'Yusuf Mahendra'}])

readingTest(
  'mixed quote: X mengatakan Y "…," (a quoted fragment inside a reported clause)',
  'Kementerian Luar Negeri mengatakan para nelayan "dalam keadaan sehat dan terus dipantau," setelah kapal mereka ditahan di perairan Malaysia.',
  [{
    content: 'dalam keadaan sehat dan terus dipantau', kind: 'mixed', cue: 'mengatakan', speaker: 'Kementerian Luar Negeri', speakerType: 'organization'
  }])

readingTest(
  'Menurutnya, … (the person just named)',
  'Kepala Badan Penanggulangan Bencana Daerah Kabupaten Garut Yusuf Mahendra meninjau lokasi longsor, Rabu.\n\nMenurutnya, pencarian korban dilanjutkan besok pagi.',
  [{content: 'pencarian korban dilanjutkan besok pagi', kind: 'indirect', cue: 'Menurutnya', speaker: 'Yusuf Mahendra'}])

/** Verbs of saying that newsrooms use beside the list, each with its own statement. */
const moreVerbs: Array<[verb: string, content: string]> = [
  ['menyatakan', 'status tanggap darurat diperpanjang sepekan'],
  ['menuturkan', 'warga mendengar suara gemuruh sebelum longsor'],
  ['mengklaim', 'semua korban sudah ditemukan'],
  ['berharap', 'pemerintah provinsi segera membangun tanggul'],
  ['meminta', 'warga tidak mendekati lokasi longsor'],
  ['menepis', 'kabar bendungan jebol'],
  ['menjamin', 'semua pengungsi mendapat makanan'],
  ['bersumpah', 'tidak akan meninggalkan lokasi sebelum korban terakhir ditemukan']
]

readingTest(
  'an organisation that keeps records speaks: X mencatat …',
  'Badan Pusat Statistik mencatat jumlah penduduk miskin turun 0,2 persen.',
  [{content: 'jumlah penduduk miskin turun 0,2 persen', kind: 'indirect', cue: 'mencatat', speaker: 'Badan Pusat Statistik', speakerType: 'organization'}])

for (const [verb, content] of moreVerbs) {
  test(`X ${verb} …`, (t) => {
    const text = `${intro}Yusuf ${verb} ${content}.`
    assertQuote(t, graphOf(t, text), text, {content, kind: 'indirect', cue: verb, speaker: 'Yusuf Mahendra', mention: 'Yusuf'})
  })
}

readingTest(
  'a date adjunct between the speaker and the cue: X, Rabu (12/3), mengatakan …',
  `${intro}Yusuf, Rabu (12/3), mengatakan sekolah di sekitar lokasi diliburkan.`, [{content: 'sekolah di sekitar lokasi diliburkan', kind: 'indirect', cue: 'mengatakan', speaker: 'Yusuf Mahendra'}])

readingTest(
  'saat dikonfirmasi between the speaker and the cue',
  `${intro}Yusuf saat dikonfirmasi mengatakan dapur umum dibuka di balai desa.`, [{content: 'dapur umum dibuka di balai desa', kind: 'indirect', cue: 'mengatakan', speaker: 'Yusuf Mahendra'}])

readingTest(
  'an introductory adjunct before the speaker: Dalam keterangan tertulis, X menyatakan …',
  `${intro}Dalam keterangan tertulis, Yusuf menyatakan bantuan dari provinsi sudah tiba.`, [{content: 'bantuan dari provinsi sudah tiba', kind: 'indirect', cue: 'menyatakan', speaker: 'Yusuf Mahendra'}])

readingTest(
  'Menurut dia, … (pronoun after menurut)',
  `${intro}Menurut dia, jalur alternatif bisa dilalui kendaraan roda dua.`, [{
    content: 'jalur alternatif bisa dilalui kendaraan roda dua', kind: 'indirect', cue: 'Menurut', speaker: 'Yusuf Mahendra', mention: 'dia'
  }])

readingTest(
  'X mengatakan kepada wartawan, … (addressee between cue and clause)',
  `${intro}Yusuf mengatakan kepada wartawan, posko pengungsian kekurangan selimut.`, [{
    content: 'posko pengungsian kekurangan selimut', kind: 'indirect', cue: 'mengatakan', speaker: 'Yusuf Mahendra', addressee: 'wartawan', addresseeType: 'group'
  }])

readingTest(
  'mixed quote with a person: X menyebut kebijakan itu "…" (the fragment at the sentence end)',
  `${intro}Yusuf menyebut pembangunan vila di lereng itu "sangat berbahaya bagi warga di bawahnya".`, [{
    content: 'sangat berbahaya bagi warga di bawahnya', kind: 'mixed', cue: 'menyebut', speaker: 'Yusuf Mahendra', mention: 'Yusuf'
  }])

readingTest(
  'a place and date adjunct after the cue: X mengatakan di Garut, Rabu, …',
  'Kepala Badan Penanggulangan Bencana Daerah Kabupaten Garut Yusuf Mahendra meninjau lokasi longsor, Rabu.\n\nYusuf mengatakan di Garut, Rabu, bahwa tim SAR menambah personel.',
  [{content: 'tim SAR menambah personel', kind: 'indirect', cue: 'mengatakan', speaker: 'Yusuf Mahendra'}])

test('mixed quote after Menurut X, … "…"', (t) => {
  // Judgement call: a quoted verb phrase (the speaker's words) in the middle of a reported clause is a mixed quote,
  // unlike a quoted term (istilah "jalur tikus"), which stays inside the indirect statement.
  const text = `Kepala Badan Penanggulangan Bencana Daerah Kabupaten Garut Yusuf Mahendra meninjau lokasi longsor, Rabu.\n\nMenurut Yusuf, izin vila itu "harus dievaluasi ulang" oleh pemerintah kabupaten.`
  assertQuote(t, graphOf(t, text), text, {content: 'harus dievaluasi ulang', kind: 'mixed', cue: 'Menurut', speaker: 'Yusuf Mahendra'})
})

readingTest(
  'an indirect statement with the cue first: Kata X, …',
  'Kata Budi Santoso, harga beras akan turun bulan depan.',
  [{content: 'harga beras akan turun bulan depan', kind: 'indirect', cue: 'Kata', speaker: 'Budi Santoso'}])

readingTest(
  'Menteri Keuangan X mengatakan … is a statement (the role word Keuangan must not block it)',
  'Menteri Keuangan Sri Handayani mengatakan defisit anggaran tetap di bawah 3 persen.',
  [{content: 'defisit anggaran tetap di bawah 3 persen', kind: 'indirect', cue: 'mengatakan', speaker: 'Sri Handayani'}])

readingTest(
  'an organisation in apposition before an adjunct: Perusahaan pemilik kapal, X, dalam pernyataannya menyatakan bahwa …',
  'Perusahaan pemilik kapal, Nordlys Cruises, dalam pernyataannya menyatakan bahwa cuaca buruk menghambat operasi pencarian.',
  [{
    content: 'cuaca buruk menghambat operasi pencarian', kind: 'indirect', cue: 'menyatakan', speaker: 'Nordlys Cruises', speakerType: 'organization'
  }])

readingTest(
  'a mixed quote by an organisation with an adjunct: X dalam pernyataan tertulis mengatakan Y "…"',
  'Kementerian Luar Negeri Malaysia dalam pernyataan tertulis mengatakan kunjungan itu "akan memperkuat kerja sama perbatasan kedua negara."',
  [{
    content: 'akan memperkuat kerja sama perbatasan kedua negara', kind: 'mixed', cue: 'mengatakan', speaker: 'Kementerian Luar Negeri Malaysia', speakerType: 'organization'
  }])

readingTest(
  '…, seperti dikutip dari Reuters: the citation, lead word included, is not part of the statement',
  'Perusahaan pengelola kapal, Samudra Lines, menyatakan telah kehilangan kontak dengan kapal sejak Selasa malam, seperti dikutip dari Reuters.',
  [{content: 'telah kehilangan kontak dengan kapal sejak Selasa malam', kind: 'indirect', cue: 'menyatakan', citing: 'Reuters'}])

readingTest(
  'berharap X bergerak cepat agar …: a purpose clause further on is part of the content',
  'Ia berharap pemerintah bergerak cepat agar suaminya bisa segera pulang.',
  [{content: 'pemerintah bergerak cepat agar suaminya bisa segera pulang', kind: 'indirect', cue: 'berharap'}])

readingTest(
  'mengimbau warga agar …: after a directive cue its object is whom it asks, the content starts after agar',
  'Bupati Sutarjo Wibowo mengimbau warga agar tidak membakar sampah di musim kemarau.',
  [{content: 'tidak membakar sampah di musim kemarau', kind: 'indirect', cue: 'mengimbau', speaker: 'Sutarjo Wibowo'}])

readingTest(
  'Menurut laporan itu, …: the report just made by a reporting verb, and whoever made it',
  'Kantor berita Reuters melaporkan bahwa kapal itu dibawa menuju perairan Nigeria. ' +
    'Menurut laporan itu, para pembajak naik ke kapal dengan perahu cepat.',
  [
    {content: 'kapal itu dibawa menuju perairan Nigeria', kind: 'indirect', cue: 'melaporkan', speaker: 'Reuters', speakerType: 'outlet'},
    {content: 'para pembajak naik ke kapal dengan perahu cepat', kind: 'indirect', cue: 'Menurut', speaker: 'Reuters', speakerType: 'outlet'}
  ])

readingTest(
  'Menurut laporan itu after a statement no reporting verb made: no statement is guessed',
  'Bupati Sutarjo Wibowo mengatakan jembatan itu rampung tahun depan. ' +
    'Menurut laporan itu, anggaran sudah disetujui DPRD.',
  [{content: 'jembatan itu rampung tahun depan', kind: 'indirect', cue: 'mengatakan', speaker: 'Sutarjo Wibowo'}],
  (t, graph) => {
    t.is(graph.quotes.find((quote) => quote.content.text.startsWith('anggaran')), undefined)
  })

readingTest(
  'mengutip dua sumber di otoritas maritim Togo: a number before an unnamed source keeps its affiliation',
  'Kapal tanker itu dibajak di lepas pantai Togo pada Selasa.\n\n' +
    'Kantor berita Reuters melaporkan bahwa kapal itu dibawa menuju perairan Nigeria, mengutip dua sumber di otoritas maritim Togo.',
  [{content: 'kapal itu dibawa menuju perairan Nigeria', kind: 'indirect', cue: 'melaporkan', speaker: 'Reuters', citingType: 'anonymous'}],
  (t, graph) => {
    const source = graph.entities.find((entity) => entity.type === 'anonymous')
    t.deepEqual(rolesOf(graph, source), ['sumber @ otoritas maritim Togo'])
  })

readingTest(
  'Dinyatakan X, … and Dijelaskan, bahwa …: a passive cue opening the sentence, the clause after its comma',
  `${intro}Dinyatakan Yusuf, jalan desa ditutup sampai Jumat.\n\nDijelaskan, bahwa alat berat sudah dikirim.`, [
  {content: 'jalan desa ditutup sampai Jumat', kind: 'indirect', cue: 'Dinyatakan', speaker: 'Yusuf Mahendra', mention: 'Yusuf'},
  {content: 'alat berat sudah dikirim', kind: 'indirect', cue: 'Dijelaskan', speaker: 'Yusuf Mahendra'}
])

test('a passive verb that names, or follows a subordinator, reports nothing', (t) => {
  const text = `${intro}Dusun yang disebut Kampung Atas itu terisolasi. Sejak dinyatakan darurat, Yusuf berkantor di posko. Di surat itu disebutkan Yusuf merupakan koordinator.`
  const cues = graphOf(t, text).quotes.map((quote) => quote.cue?.text)
  t.false(cues.includes('disebut'))
  t.false(cues.includes('dinyatakan'))
  t.false(cues.includes('disebutkan'))
})

readingTest(
  'X menyebut …, dan mengingatkan …: after a comma, dan coordinates a second cue of the same speaker',
  `${intro}Yusuf menyebut jalur selatan sudah aman, dan mengingatkan warga tetap waspada saat hujan.`, [
  {content: 'jalur selatan sudah aman', kind: 'indirect', cue: 'menyebut', speaker: 'Yusuf Mahendra'},
  {content: 'warga tetap waspada saat hujan', kind: 'indirect', cue: 'mengingatkan', speaker: 'Yusuf Mahendra'}
])

/** Verbs of belief, feeling or estimation report what someone thinks: no statement (gold/README.md). */
for (const verb of ['menduga', 'memperkirakan', 'yakin', 'meyakini']) {
  readingTest(
    `X ${verb} …: a thought, no statement; its subject stays the antecedent of a later -nya cue`,
    `${intro}Ketua RT Dodi Hartono mengantar tim ke lereng. Yusuf ${verb} retakan tanah akan melebar. "Kami pantau terus," ujarnya.`,
    [{content: 'Kami pantau terus', kind: 'direct', cue: 'ujarnya', speaker: 'Yusuf Mahendra'}],
    (t, graph) => t.is(graph.quotes.find((quote) => quote.content.text.startsWith('retakan')), undefined, 'no statement for the thought'))
}

readingTest(
  'X menyebut jika …: a condition word right after the cue stands for bahwa and stays out',
  `${intro}Yusuf menyebut jika jalur evakuasi sudah dibuka.`,
  [{content: 'jalur evakuasi sudah dibuka', kind: 'indirect', cue: 'menyebut', speaker: 'Yusuf Mahendra'}])

readingTest(
  'X mengatakan bila …: a condition further on, or bila, is part of the content',
  `${intro}Yusuf mengatakan bila hujan turun lagi, warga harus mengungsi.`,
  [{content: 'bila hujan turun lagi, warga harus mengungsi', kind: 'indirect', cue: 'mengatakan', speaker: 'Yusuf Mahendra'}])

readingTest(
  'X mengingatkan kepada warga untuk …, X berjanji untuk …: the infinitive right after a request or a pledge stays out',
  `${intro}Yusuf mengingatkan kepada warga untuk tidak kembali ke rumah. Ia berjanji untuk membangun hunian sementara.`,
  [
    {content: 'tidak kembali ke rumah', kind: 'indirect', cue: 'mengingatkan', speaker: 'Yusuf Mahendra'},
    {content: 'membangun hunian sementara', kind: 'indirect', cue: 'berjanji', speaker: 'Yusuf Mahendra'}
  ])

readingTest(
  'X meminta para relawan untuk …: after an object, untuk is part of the content',
  `${intro}Yusuf meminta para relawan untuk mendata pengungsi.`,
  [{content: 'para relawan untuk mendata pengungsi', kind: 'indirect', cue: 'meminta', speaker: 'Yusuf Mahendra'}])

readingTest(
  'X mengatakan … dan berjanji untuk …: a pledge after dan is the speaker\'s next statement, sharing the speaker',
  `${intro}Yusuf mengatakan tanggul itu jebol dan berjanji untuk membangun tanggul baru.`,
  [
    {content: 'tanggul itu jebol', kind: 'indirect', cue: 'mengatakan', speaker: 'Yusuf Mahendra'},
    {content: 'membangun tanggul baru', kind: 'indirect', cue: 'berjanji', speaker: 'Yusuf Mahendra'}
  ])

readingTest(
  'X menyebut … dan menganggap …: a belief verb after dan ends the reported clause',
  `${intro}Yusuf menyebut laporan itu keliru dan menganggap kritik warga berlebihan.`,
  [{content: 'laporan itu keliru', kind: 'indirect', cue: 'menyebut', speaker: 'Yusuf Mahendra'}],
  (t, graph) => t.is(graph.quotes.length, 1, 'the belief is no statement'))

readingTest(
  'X mengatakan … dan menjelaskan …: any other verb after dan stays in the clause (its subject may be the clause\'s)',
  `${intro}Yusuf mengatakan petugas sudah memeriksa dan menjelaskan kondisi tanggul kepada warga.`,
  [{content: 'petugas sudah memeriksa dan menjelaskan kondisi tanggul kepada warga', kind: 'indirect', cue: 'mengatakan', speaker: 'Yusuf Mahendra'}])

/** A clausal cue whose subject is no one who speaks, or whose object is shared with another verb: no statement. */
const noSpeakerSubjects: Array<[title: string, text: string]> = [
  ['Ini menggarisbawahi …: a demonstrative opening the sentence points to a fact', 'Banyak siswa sakit. Ini menggarisbawahi pentingnya makan siang bergizi.'],
  ['Karena itu hal ini menegaskan …: a demonstrative after a noun of what only shows', 'Banyak siswa sakit. Karena itu hal ini menegaskan bahwa makan siang bergizi penting.'],
  ['Dalam surat edaran itu menekankan …: the object of a preposition is no subject', 'Dalam Instruksi Presiden tersebut menekankan penghematan belanja perjalanan dinas.'],
  ['Angka yang dikutip Presiden menyebut …: the agent of a relative clause is no subject', 'Angka resmi yang dikutip Presiden Arman Siregar menyebut kemiskinan turun tajam.'],
  ['X mengakui dan mengembalikan …: two verbs sharing an object report nothing', 'Salah satu caranya adalah segera menetapkan UU Hutan Adat yang mengakui dan mengembalikan hak masyarakat adat.'],
  ['X menyinggung tentang …: a topic with no clause is no content', 'Kuasa hukum Sarman Hadi juga menyinggung tentang pasal pencemaran nama baik dalam undang-undang itu.'],
  ['X melaporkan Y ke Polda …: a complaint filed with an institution, not words reported', 'Pengusaha Sarman Hadi melaporkan dugaan pemerasan itu ke Polda Riau pekan lalu.'],
  ['Sejumlah foto menunjukkan …: an unnamed group of things that only show', 'Sejumlah foto di media sosial menunjukkan antrean panjang di pelabuhan.']
]
for (const [title, text] of noSpeakerSubjects) {
  test(title, (t) => {
    t.deepEqual(graphOf(t, text).quotes.map((quote) => quote.content.text), [])
  })
}

/** Shapes of the sentence around a cue, one reading each. */
const shapes: Array<[title: string, text: string, reading: QuoteReading]> = [
  // A source named before the clause in a form of its own: a lead word, a year after the agent, a source in lower case.
  ['Seperti kata X, …: a lead word before a cue opening the sentence',
    'Aturan pemilu sering berubah. Seperti kata Sutan Mangkuto, tidak ada yang abadi kecuali perubahan.',
    {content: 'tidak ada yang abadi kecuali perubahan', kind: 'indirect', cue: 'kata', speaker: 'Sutan Mangkuto'}],
  ['Sebagaimana dikatakan X (2015), …: a lead word before a passive cue, a year in brackets after its agent',
    'Aturan pemilu sering berubah. Sebagaimana dikatakan Sutan Mangkuto (2015), hukum selalu tertinggal dari masyarakat.',
    {content: 'hukum selalu tertinggal dari masyarakat', kind: 'indirect', cue: 'dikatakan', speaker: 'Sutan Mangkuto'}],
  ['Dilansir dari sehatkita, …: one word set off after a citing cue is the source, however it is written',
    'Kopi digemari pekerja kantor. Dilansir dari sehatkita, kafein dapat meningkatkan daya tahan tubuh.',
    {content: 'kafein dapat meningkatkan daya tahan tubuh', kind: 'indirect', cue: 'Dilansir', speaker: 'sehatkita', speakerType: 'outlet'}],
  // A subject set off from its cue by commas.
  ['a subject and its adjunct in one chunk before a set-off citation: X dalam laporannya, seperti dilansir Y, menyebut …',
    'Unjuk rasa berlangsung sepanjang malam. Lembaga Bantuan Warga dalam laporannya, seperti dilansir Antara, menyebut 40 orang terluka.',
    {content: '40 orang terluka', kind: 'indirect', cue: 'menyebut', speaker: 'Lembaga Bantuan Warga', speakerType: 'organization'}],
  ['a lower-case description ending in a name, after only a connective: Sementara itu, seorang warga bernama X (68), mengatakan …',
    'Unjuk rasa berlangsung sepanjang malam. Sementara itu, seorang pensiunan guru bernama Darto Wiyono (68), mengatakan ia ikut karena khawatir.',
    {content: 'ia ikut karena khawatir', kind: 'indirect', cue: 'mengatakan', speaker: 'Darto Wiyono'}],
  // An unnamed group opening the sentence or its clause: an unnamed source.
  ['Para kritikus memperingatkan bahwa …: an unnamed group speaks, unnamed',
    'Rencana itu diumumkan pekan lalu. Namun, para kritikus juga memperingatkan bahwa biaya proyek akan membengkak.',
    {content: 'biaya proyek akan membengkak', kind: 'indirect', cue: 'memperingatkan', speakerType: 'anonymous'}],
  // A report as the subject: its source speaks.
  ['Laporan X menyebut …: the source of the report speaks',
    'Kapal itu tenggelam pekan lalu. Laporan Harian Nusantara menyebut tiga awak kapal masih hilang.',
    {content: 'tiga awak kapal masih hilang', kind: 'indirect', cue: 'menyebut', speaker: 'Harian Nusantara'}],
  // Next to the rules that leave a site without a statement: the statement is still read where it should be.
  ['X melaporkan bahwa … ke Y: words reported, not a complaint',
    'Harian Nusantara melaporkan bahwa menteri itu berangkat ke Tokyo pekan depan.',
    {content: 'menteri itu berangkat ke Tokyo pekan depan', kind: 'indirect', cue: 'melaporkan', speaker: 'Harian Nusantara'}],
  ['X mengibaratkan …: a likening is a claim',
    'Menteri Sosial Ratna Dewi mengibaratkan negeri ini sebagai kapal besar yang berlayar ke tujuan yang jelas.',
    {content: 'negeri ini sebagai kapal besar yang berlayar ke tujuan yang jelas', kind: 'indirect', cue: 'mengibaratkan', speaker: 'Ratna Dewi'}],
  ['…, demikian diumumkan X, dilansir Y: the citation after the cue is no second half of the content',
    'Parlemen bersidang sejak pagi. Dengan putusan ini, presiden dicopot dari jabatannya, demikian diumumkan oleh ketua parlemen Arman Siregar, dilansir kantor berita AFP.',
    {content: 'Dengan putusan ini, presiden dicopot dari jabatannya', kind: 'indirect', cue: 'demikian', speaker: 'Arman Siregar'}]
]
for (const [title, text, reading] of shapes) readingTest(title, text, [reading])

readingTest(
  'Ada yang menyebut …: an unnamed source no later katanya points back to',
  'Ketua Panitia Budi Santoso menjelaskan jadwal acara. Ada yang menyebut acara itu terlalu mahal. "Kami sudah berhemat," katanya.',
  [
    {content: 'acara itu terlalu mahal', kind: 'indirect', cue: 'menyebut', speakerType: 'anonymous'},
    {content: 'Kami sudah berhemat', kind: 'direct', cue: 'katanya', speaker: 'Budi Santoso'}
  ])
