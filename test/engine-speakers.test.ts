/**
 * Who said it: the speaker after or before the cue, with long role
 * appositives; pronoun and -nya cues resolved to the right earlier speaker;
 * one entity per real speaker with its canonical name, aliases, roles and
 * affiliations; organisations, outlets and anonymous sources as speakers;
 * the addressee and whom the speaker cites.
 */
import test from 'ava'
import {assertQuote, describeQuotes, entityById, entityNamed, graphOf, quoteWith, readingTest, rolesOf, rolesOfNamed} from './helpers/engine.ts'

readingTest(
  'speaker after the cue with a long role and rank appositive',
  '”Kawanan ini sudah beraksi di lima kabupaten,” kata Direktur Reserse Kriminal Umum Polda Jateng Komisaris Besar Bambang Sulistyo.',
  [{
    content: 'Kawanan ini sudah beraksi di lima kabupaten', cue: 'kata', speaker: 'Bambang Sulistyo', speakerType: 'person'
  }])

readingTest(
  'speaker before the cue: Jeon mengatakan, "…"',
  'Juru bicara Kementerian Pertahanan Korea Selatan Kang Seo-yeon memberikan keterangan di Seoul.\n\n' +
    'Kang mengatakan, "Kami terus memantau pergerakan di perbatasan."',
  [{
    content: 'Kami terus memantau pergerakan di perbatasan', kind: 'direct', cue: 'mengatakan', speaker: 'Kang Seo-yeon', mention: 'Kang'
  }])

test('canonical name: kata Kang → the full name given earlier, the short form an alias', (t) => {
  const text = 'Juru bicara Kementerian Pertahanan Korea Selatan Kang Seo-yeon memberikan keterangan di Seoul.\n\n' +
    '"Situasi di perbatasan tetap tenang," kata Kang.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Situasi di perbatasan tetap tenang', speaker: 'Kang Seo-yeon', mention: 'Kang'})
  t.true(entityNamed(graph, 'Kang Seo-yeon')?.aliases.includes('Kang'), 'Kang is an alias')
  t.is(graph.entities.filter((entity) => entity.type === 'person').length, 1, 'one person')
})

test('canonical name without rank: Brigadir Jenderal Polisi Hendro Saputro → Hendro Saputro', (t) => {
  const text = 'Kepala Biro Penerangan Masyarakat Polri Brigadir Jenderal Polisi Hendro Saputro menggelar jumpa pers.\n\n' +
    '"Kami sudah memeriksa sebelas saksi," kata Hendro.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Kami sudah memeriksa sebelas saksi', speaker: 'Hendro Saputro'})
  t.false(graph.entities.some((entity) => /Brigadir|Jenderal/.test(entity.name)), 'no rank in any name')
})

test('canonical name without honorifics: Dr. Ratna Kusumawati → Ratna Kusumawati', (t) => {
  const text = 'Pakar epidemiologi Universitas Airlangga Dr. Ratna Kusumawati mengingatkan warga agar tetap memakai masker.\n\n' +
    '"Kasus masih naik di beberapa kota," kata Ratna.'
  assertQuote(t, graphOf(t, text), text, {content: 'Kasus masih naik di beberapa kota', speaker: 'Ratna Kusumawati', mention: 'Ratna'})
})

readingTest(
  'Ia menambahkan → the last speaker',
  '"Kami akan membangun dua jembatan baru tahun ini," kata Bupati Sutarjo Wibowo.\n\n' +
    'Ia menambahkan, anggaran sudah disetujui DPRD.',
  [{content: 'anggaran sudah disetujui DPRD', cue: 'menambahkan', speaker: 'Sutarjo Wibowo', mention: 'Ia'}])

readingTest(
  'ujarnya after another speaker in between → the nearest speaker',
  '"Kami akan membangun dua jembatan baru tahun ini," kata Bupati Sutarjo Wibowo.\n\n' +
    'Ketua DPRD Maryanto Hadi menyatakan dewan mendukung rencana itu.\n\n' +
    '"Pengawasannya akan kami ikuti dari awal," ujarnya.',
  [{content: 'Pengawasannya akan kami ikuti dari awal', cue: 'ujarnya', speaker: 'Maryanto Hadi'}])

readingTest(
  'a role noun as mention (ujar Bupati) → the person with that role, not the last speaker',
  'Bupati Sutarjo Wibowo meresmikan pasar baru, Senin.\n\n' +
    '"Pedagang tidak dipungut sewa selama enam bulan," kata Kepala Dinas Perdagangan Rini Astuti.\n\n' +
    '"Pasar ini untuk warga, bukan untuk tengkulak," ujar Bupati.',
  [{content: 'Pasar ini untuk warga, bukan untuk tengkulak', cue: 'ujar', speaker: 'Sutarjo Wibowo', mention: 'Bupati'}])

readingTest(
  'an organisation as speaker',
  'Kementerian Kelautan dan Perikanan mengatakan kuota tangkap tuna akan dikurangi tahun depan.',
  [{
    content: 'kuota tangkap tuna akan dikurangi tahun depan', cue: 'mengatakan', speaker: 'Kementerian Kelautan dan Perikanan', speakerType: 'organization'
  }])

readingTest(
  'a known outlet as speaker (Reuters melaporkan)',
  'Kantor berita Reuters melaporkan bahwa kapal tanker itu dibajak di lepas pantai Togo.',
  [{
    content: 'kapal tanker itu dibajak di lepas pantai Togo', cue: 'melaporkan', speaker: 'Reuters', speakerType: 'outlet'
  }])

readingTest(
  'the addressee: kata X kepada Kantor Berita Yonhap',
  '"Kami mendesak semua pihak menahan diri," kata Rebecca Lindqvist kepada Kantor Berita Yonhap.',
  [{
    content: 'Kami mendesak semua pihak menahan diri', speaker: 'Rebecca Lindqvist', addressee: 'Yonhap', addresseeType: 'outlet'
  }])

readingTest(
  'no addressee unless the text says to whom',
  'Wali Kota Bekasi Anton Wijaya mengatakan banjir mulai surut.',
  [{content: 'banjir mulai surut', speaker: 'Anton Wijaya', addressee: null}])

test('citing: an outlet reports, mengutip an anonymous source', (t) => {
  const text = 'Kantor berita Reuters melaporkan bahwa kapal tanker itu dibajak di lepas pantai Togo, mengutip dua sumber di otoritas pelabuhan.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'kapal tanker itu dibajak di lepas pantai Togo', speaker: 'Reuters', citingType: 'anonymous'})
})

readingTest(
  'a person introduced by a copula at the end of a sentence (Salah satunya adalah Ketua … Darmawan Prasetyo.) is the one a later ujarnya points back to',
  'BOGOR, KOMPAS — Pemerintah kabupaten menutup tiga jalur pendakian. "Kami menutup jalur selama sepekan," kata Bupati Bogor Ratna Wulandari.\n\n' +
    'Beberapa ahli menilai penutupan itu terlambat. Salah satunya adalah Ketua Ikatan Pemandu Gunung Indonesia Darmawan Prasetyo. Cuaca buruk sudah terpantau sejak awal bulan.\n\n' +
    '"Seharusnya jalur ditutup sejak hujan pertama turun," ujarnya.',
  [{content: 'Seharusnya jalur ditutup sejak hujan pertama turun', speaker: 'Darmawan Prasetyo'}],
  (t, graph) => {
    t.is(quoteWith(graph, 'sejak hujan pertama turun')?.rule, 'anaphoric-cue/anaphoric')
  })

readingTest(
  'a word of a name met before, opening its sentence or clause before a verb (Selama masa pembatasan, Rendy juga melarang …), makes that person salient for a later ujarnya',
  'MANADO, KOMPAS — Wali Kota Manado Rendy Mamesah memperpanjang pembatasan kegiatan warga hingga akhir bulan. Keputusan itu dijelaskan Kepala Dinas Perhubungan Manado Elvis Rumondor. "Angkutan kota tetap beroperasi," kata Elvis.\n\n' +
    'Camat dan lurah diminta mengawasi kerumunan. Selama masa pembatasan, Rendy juga melarang pegawai pemkot menggelar pesta pernikahan. "Tunda dulu pesta sampai keadaan membaik," ujarnya.',
  [{content: 'Tunda dulu pesta sampai keadaan membaik', speaker: 'Rendy Mamesah'}],
  (t, graph) => {
    t.deepEqual(rolesOfNamed(graph, 'Rendy Mamesah'), ['wali kota @ Manado'], 'the clause before takes no role')
  })

readingTest(
  'a relative clause right after a name (Sutrisno yang juga Deputi II Kementerian Koordinator Marves) describes that name: its last word is no one, and ia points back to the speaker',
  'JAKARTA, KOMPAS — Pencarian korban kapal tenggelam berlanjut. "Tim kami sudah tiba di lokasi sejak pagi," papar Sutrisno yang juga Deputi II Kementerian Koordinator Marves. ' +
    'Ia menambahkan, pencarian dibagi dalam tiga sektor. "Kami mengutamakan keselamatan relawan," katanya.\n\n' +
    'Polisi juga memeriksa istri Sutrisno yang juga Ketua Dewan Perwakilan Rakyat Daerah Ani Lestari Putri.',
  [{content: 'Kami mengutamakan keselamatan relawan', speaker: 'Sutrisno'}],
  (t, graph) => {
    t.false(graph.entities.some((entity) => entity.name === 'Marves' && entity.type === 'person'))
    t.truthy(entityNamed(graph, 'Ani Lestari Putri'), 'a full name closing the clause is the person it describes')
  })

test('two people sharing a first name stay two entities', (t) => {
  const text = '"Air masuk rumah sejak tengah malam," kata Andi Saputra, warga RT 04.\n\n' +
    'Tetangganya, Andi Firmansyah, mengatakan perahu karet baru datang pukul 08.00.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Air masuk rumah sejak tengah malam', speaker: 'Andi Saputra'})
  assertQuote(t, graph, text, {content: 'perahu karet baru datang pukul 08.00', speaker: 'Andi Firmansyah'})
  t.not(entityNamed(graph, 'Andi Saputra')?.id, entityNamed(graph, 'Andi Firmansyah')?.id)
})

test('the role and affiliation before a name: Kepala @ Dinas Pendidikan Kota Semarang', (t) => {
  const text = 'Kepala Dinas Pendidikan Kota Semarang Wahyu Pratomo mengatakan sekolah dibuka kembali pekan depan.'
  const graph = graphOf(t, text)
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'Wahyu Pratomo')), ['kepala @ Dinas Pendidikan Kota Semarang'])
})

test('a given name that is also a common word (Lestari) is part of the name', (t) => {
  const text = 'Lestari Wulandari, juru bicara PT Kereta Api Indonesia, mengatakan perjalanan kereta kembali normal.'
  assertQuote(t, graphOf(t, text), text, {content: 'perjalanan kereta kembali normal', cue: 'mengatakan', speaker: 'Lestari Wulandari'})
})

test('a two-word role: Wali Kota @ Bekasi', (t) => {
  const text = 'Wali Kota Bekasi Anton Wijaya mengatakan banjir mulai surut.'
  const graph = graphOf(t, text)
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'Anton Wijaya')), ['wali kota @ Bekasi'])
})

test('a description then the name after the cue: kata juru bicara delegasi, Lestari Wulandari', (t) => {
  const text = 'Pertemuan itu membahas kerja sama perikanan, kata juru bicara delegasi, Lestari Wulandari.'
  assertQuote(t, graphOf(t, text), text, {content: 'Pertemuan itu membahas kerja sama perikanan', cue: 'kata', speaker: 'Lestari Wulandari', speakerType: 'person'})
})

readingTest(
  'lanjut dia across an intervening indirect statement by the same person',
  '"Kami akan membangun dua jembatan baru tahun ini," kata Bupati Sutarjo Wibowo.\n\n' +
    'Sutarjo juga mengatakan bahwa pembangunan dimulai bulan depan.\n\n' +
    '"Kontraktornya sudah kami pilih lewat lelang terbuka," lanjut dia.',
  [{
    content: 'Kontraktornya sudah kami pilih lewat lelang terbuka', cue: 'lanjut', speaker: 'Sutarjo Wibowo', mention: 'dia'
  }])

test('an acronym in parentheses is an alias of the long name', (t) => {
  const text = 'Lembaga Riset Pangan Nusantara (LRPN) mengatakan stok beras nasional cukup hingga Maret.\n\n' +
    'LRPN juga menyebutkan harga gabah mulai stabil.'
  const graph = graphOf(t, text)
  const lrpn = entityNamed(graph, 'Lembaga Riset Pangan Nusantara')
  t.truthy(lrpn, 'the long name is canonical')
  t.true(lrpn?.aliases.includes('LRPN'), 'the acronym is an alias')
  t.is(quoteWith(graph, 'stok beras nasional')?.speaker, lrpn?.id)
  t.is(quoteWith(graph, 'harga gabah mulai stabil')?.speaker, lrpn?.id, 'the acronym speaks as the same entity')
})

test('a place acronym is an alias too: Korea Selatan (Korsel)', (t) => {
  const text = 'Kementerian Pertahanan Korea Selatan (Korsel) mengatakan latihan militer gabungan berlangsung sepekan.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'latihan militer gabungan berlangsung sepekan', speakerType: 'organization'})
  const korsel = graph.entities.find((entity) => entity.aliases.includes('Korsel'))
  t.truthy(korsel, 'Korsel is an alias')
  t.true(korsel?.name.includes('Korea Selatan'))
})

test('an anonymous source with its affiliation', (t) => {
  const text = 'Seorang pejabat di Kementerian Perhubungan yang enggan disebut namanya mengatakan tarif tol akan naik bulan depan.'
  const graph = graphOf(t, text)
  const quote = assertQuote(t, graph, text, {content: 'tarif tol akan naik bulan depan', cue: 'mengatakan', speakerType: 'anonymous'})
  const speaker = entityById(graph, quote?.speaker ?? null)
  t.deepEqual(rolesOf(graph, speaker).map((role) => role.split(' @ ')[1]), ['Kementerian Perhubungan'])
})

test('the anonymous source again (Pejabat itu) is the same entity', (t) => {
  const text = 'Seorang pejabat di Kementerian Perhubungan yang enggan disebut namanya mengatakan tarif tol akan naik bulan depan.\n\n' +
    'Pejabat itu menambahkan bahwa kenaikan sudah dibahas dengan operator.'
  const graph = graphOf(t, text)
  const first = quoteWith(graph, 'tarif tol akan naik')
  assertQuote(t, graph, text, {content: 'kenaikan sudah dibahas dengan operator', cue: 'menambahkan', mention: 'Pejabat itu', speakerType: 'anonymous'})
  t.is(quoteWith(graph, 'kenaikan sudah dibahas')?.speaker, first?.speaker)
})

test('the addressee: mengatakan kepada wartawan (a group)', (t) => {
  const text = 'Wali Kota Bekasi Anton Wijaya mengatakan kepada wartawan bahwa banjir mulai surut.'
  assertQuote(t, graphOf(t, text), text, {content: 'banjir mulai surut', speaker: 'Anton Wijaya', addressee: 'wartawan', addresseeType: 'group'})
})

readingTest(
  'citing: a person cites an outlet (mengutip Kantor Berita Yonhap)',
  'Menteri Luar Negeri Retno Anggraini, mengutip Kantor Berita Yonhap, mengatakan pertemuan puncak ditunda.',
  [{content: 'pertemuan puncak ditunda', speaker: 'Retno Anggraini', citing: 'Yonhap', citingType: 'outlet'}])

test('the role and affiliation of a long appositive: Direktur Reserse Kriminal Umum @ Polda Jateng', (t) => {
  const text = '”Kawanan ini sudah beraksi di lima kabupaten,” kata Direktur Reserse Kriminal Umum Polda Jateng Komisaris Besar Bambang Sulistyo.'
  const graph = graphOf(t, text)
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'Bambang Sulistyo')), ['direktur reserse kriminal umum @ Polda Jateng'])
})

test('the addressee after an appositive name: kata jubir X, Nama, kepada Kantor Berita Yonhap', (t) => {
  const text = '“Kapal itu masuk tanpa izin dan menolak diperiksa,” kata juru bicara penjaga pantai Busan, Han Ji-woo, kepada Kantor Berita Yonhap.'
  assertQuote(t, graphOf(t, text), text, {
    content: 'Kapal itu masuk tanpa izin dan menolak diperiksa', speaker: 'Han Ji-woo', addressee: 'Yonhap', addresseeType: 'outlet'
  })
})

readingTest(
  'a foreign outlet as speaker: The New York Times melaporkan',
  'Surat kabar The New York Times melaporkan bahwa kedua pemimpin akan bertemu di Vladivostok.',
  [{
    content: 'kedua pemimpin akan bertemu di Vladivostok', cue: 'melaporkan', speaker: 'The New York Times', speakerType: 'outlet'
  }])

readingTest(
  'a seat of government as an organisation speaker: Kremlin mengatakan',
  'Kremlin mengatakan pertemuan itu akan membahas kerja sama energi.',
  [{
    content: 'pertemuan itu akan membahas kerja sama energi', cue: 'mengatakan', speaker: 'Kremlin', speakerType: 'organization'
  }])

test('an unnamed source without an article (sumber di …) is anonymous', (t) => {
  const text = 'Menurut sumber di Kementerian Keuangan, anggaran subsidi pupuk akan dipangkas.'
  const graph = graphOf(t, text)
  const quote = assertQuote(t, graph, text, {content: 'anggaran subsidi pupuk akan dipangkas', cue: 'Menurut', speakerType: 'anonymous'})
  t.deepEqual(rolesOf(graph, entityById(graph, quote?.speaker ?? null)).map((role) => role.split(' @ ')[1]), ['Kementerian Keuangan'])
})

test('an outlet addressee without a descriptor: kepada Republika', (t) => {
  const text = '"Kami akan mengumumkan hasilnya pekan depan," kata Nurhadi Setiawan kepada Republika.'
  assertQuote(t, graphOf(t, text), text, {
    content: 'Kami akan mengumumkan hasilnya pekan depan', speaker: 'Nurhadi Setiawan', addressee: 'Republika', addresseeType: 'outlet'
  })
})

readingTest(
  'a person only mentioned between two quotes is not the speaker of the -nya cue',
  '"Semua korban sudah kami data," kata Camat Sukaraja Dedi Kurniawan.\n\n' +
    '"Bantuan dari Gubernur Ridwan Hakim kami bagikan besok pagi," ujarnya.',
  [{content: 'Bantuan dari Gubernur Ridwan Hakim kami bagikan besok pagi', cue: 'ujarnya', speaker: 'Dedi Kurniawan'}])

test('an organisation referred to as pihaknya keeps the organisation as speaker', (t) => {
  const text = 'PT Angkasa Pura Indonesia mengatakan penerbangan dari Bandara Adisutjipto dialihkan.\n\n' +
    'Pihaknya juga menyebutkan penumpang mendapat kompensasi.'
  const graph = graphOf(t, text)
  const first = quoteWith(graph, 'penerbangan dari Bandara')
  assertQuote(t, graph, text, {content: 'penumpang mendapat kompensasi', cue: 'menyebutkan', speakerType: 'organization'})
  t.is(quoteWith(graph, 'penumpang mendapat kompensasi')?.speaker, first?.speaker)
})

test('a place closing the affiliation is not part of the name (Kepala BPBD Garut Yusuf Mahendra)', (t) => {
  const text = 'Kepala BPBD Garut Yusuf Mahendra mengatakan tiga rumah tertimbun longsor.'
  assertQuote(t, graphOf(t, text), text, {content: 'tiga rumah tertimbun longsor', cue: 'mengatakan', speaker: 'Yusuf Mahendra'})
})

readingTest(
  '-nya cue after another person is introduced → the person just introduced',
  '"Kami akan membangun dua jembatan baru tahun ini," kata Bupati Sutarjo Wibowo.\n\n' +
    'Warga Desa Banjararum, Tukiyem, menyambut baik rencana itu. "Anak-anak tidak perlu lagi menyeberang sungai," katanya.',
  [{content: 'Anak-anak tidak perlu lagi menyeberang sungai', cue: 'katanya', speaker: 'Tukiyem'}])

test('a nickname after the full name (yang akrab disapa) is an alias', (t) => {
  const text = 'Ketua RT 07 Muhammad Yusuf, yang akrab disapa Ucup, mendata warga yang mengungsi.\n\n' +
    'Ucup meminta bantuan selimut dan makanan bayi.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'bantuan selimut dan makanan bayi', cue: 'meminta', speaker: 'Muhammad Yusuf', mention: 'Ucup'})
})

/** [how the text gives the nickname after the full name, the nickname]: a nickname of two words sharing none of the name's. */
const nicknamesAfterName: Array<[how: string, written: string]> = [
  ['in brackets', 'Menteri Pertanian Hartono Wiryawan (Cak Har)'],
  ['in brackets after a comma', 'Menteri Pertanian Hartono Wiryawan, (Cak Har)'],
  ['after atau', 'Menteri Pertanian Hartono Wiryawan atau Cak Har'],
  ['after atau yang akrab disapa', 'Menteri Pertanian Hartono Wiryawan atau yang akrab disapa Cak Har']
]

for (const [how, written] of nicknamesAfterName) {
  test(`a nickname of two words after the full name (${how}) is the same person`, (t) => {
    const text = `${written} meninjau lumbung padi di Kabupaten Lembah Hijau.\n\n` +
      '"Stok beras aman sampai akhir tahun," kata Cak Har.'
    const graph = graphOf(t, text)
    assertQuote(t, graph, text, {content: 'Stok beras aman sampai akhir tahun', cue: 'kata', speaker: 'Hartono Wiryawan', mention: 'Cak Har'})
    t.deepEqual(rolesOfNamed(graph, 'Hartono Wiryawan'), ['menteri pertanian @ -'])
  })
}

test('a name after a bare atau that is no nickname is not one (two people)', (t) => {
  const text = 'Pelatih Hartono Wiryawan atau Rudi Santoso akan memimpin tim di final.\n\n"Kami siap," kata Rudi Santoso.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Kami siap', cue: 'kata', speaker: 'Rudi Santoso'})
})

readingTest(
  'a Roman numeral after a unit word numbers the unit, not the name (Wilayah V Budi …)',
  'Kepala Satuan Tugas Pencegahan Wilayah V Ratna Kusumawati meninjau gudang itu.\n\n"Kami akan datang lagi," kata Ratna.',
  [{content: 'Kami akan datang lagi', cue: 'kata', speaker: 'Ratna Kusumawati', mention: 'Ratna'}])

readingTest(
  'a Balinese given-name prefix I is no unit numeral (I Made …)',
  'Ketua DPRD Gianyar I Made Sudarsana meninjau sawah.\n\n"Air cukup," kata Sudarsana.',
  [{content: 'Air cukup', cue: 'kata', speaker: 'I Made Sudarsana', mention: 'Sudarsana'}])

readingTest(
  'a Roman numeral before a name written elsewhere is no organisation the name starts after (Teradu VII …)',
  '"Saya akan menjalankan putusan itu," kata Sekjen Dewan Tani Bernadus Wiryo Santoso kepada wartawan.\n' +
    'Bernadus mengatakan dewan akan segera menindaklanjuti putusan tersebut.\n\n' +
    '"Menjatuhkan sanksi kepada Teradu VII Bernadus Wirya Santoso," kata Ketua Majelis.',
  [{content: 'Saya akan menjalankan putusan itu', cue: 'kata', speaker: 'Bernadus Wiryo Santoso'}])

readingTest(
  'a full name opening a clause after a comma, before its verb, is the person a later pronoun points to (not the outlet cited)',
  'Dilansir kantor berita AFP, Senin (7/7/2025), Rowan Kessler meluncurkan partai baru. Dia mengatakan partai itu akan ikut pemilu.\n' +
    '"Hari ini partai kami lahir," sambungnya.',
  [{content: 'Hari ini partai kami lahir', cue: 'sambungnya', speaker: 'Rowan Kessler'}])

readingTest(
  'the initials a text gives a person in brackets name that person, not an organisation (Hartono Wiryawan Saputra (HWS))',
  'Menteri Pertanian Hartono Wiryawan Saputra (HWS) meninjau lumbung padi.\n\n"Stok beras aman," terang HWS.',
  [{content: 'Stok beras aman', cue: 'terang', speaker: 'Hartono Wiryawan Saputra', speakerType: 'person', mention: 'HWS'}])

readingTest(
  'an acronym and the two-word place it serves (KBRI Kota Lama, beside di Kota Lama) is an organisation, not a person',
  'KBRI Sungai Merah menyatakan ada 12 WNI yang dipindahkan ke penampungan di Sungai Merah.\n' +
    '"Kami segera berkoordinasi," kata KBRI Sungai Merah dalam keterangannya.',
  [{content: 'Kami segera berkoordinasi', cue: 'kata', speaker: 'KBRI Sungai Merah', speakerType: 'organization'}])

readingTest(
  'a noun of saying opening the sentence (Janji Budi diucapkan …) is no part of the name after it',
  'Janji Hartawan diucapkan saat Dewan Pangan menerima laporan.\n"Kami fokus pada stok beras," ujar Hartawan.',
  [{content: 'Kami fokus pada stok beras', cue: 'ujar', speaker: 'Hartawan'}])

readingTest(
  'pihak before an organisation that speaks as one (pihak Gedung Putih) is the organisation; pihak before a common noun stays unnamed',
  '"Kesepakatan ini penting," ungkap pihak Gedung Putih di situs resminya.\n"Kami masih menunggu," kata pihak kepolisian.',
  [
    {content: 'Kesepakatan ini penting', cue: 'ungkap', speaker: 'Gedung Putih', speakerType: 'organization'},
    {content: 'Kami masih menunggu', cue: 'kata', speakerType: 'anonymous'}
  ])

readingTest(
  'a clausal cue glued to the name by scraping (Wiryawanmengatakan) is split off: the name and the cue',
  'Menteri Pertanian Hartono Wiryawanmengatakan stok beras aman sampai akhir tahun.',
  [{content: 'stok beras aman sampai akhir tahun', kind: 'indirect', cue: 'mengatakan', speaker: 'Hartono Wiryawan', mention: 'Hartono Wiryawan'}])

readingTest(
  'a name with dkk before an adjunct and its verb (Ratna Dewi dkk dalam buku … menjelaskan) is the subject',
  'Ratna Dewi Lestari dkk dalam buku Pangan Sehat Nusantara menjelaskan ubi jalar kaya serat.',
  [{content: 'ubi jalar kaya serat', kind: 'indirect', cue: 'menjelaskan', speaker: 'Ratna Dewi Lestari'}])

readingTest(
  'a locative and its place after an organisation speaking (kata Kementerian Pendidikan di Singapura) say where, not who',
  '"Perundungan tidak dapat diterima," kata Kementerian Pendidikan di Singapura, seperti dikutip dari media setempat.',
  [{content: 'Perundungan tidak dapat diterima', cue: 'kata', speaker: 'Kementerian Pendidikan', speakerType: 'organization'}])

readingTest(
  'the first word of an idiom of speaking out glued to the name (Wiryawanbuka suara) is split off; a word that only ends so is not (Terbuka)',
  'Menteri Pertanian (Mentan)Hartono Wiryawanbuka suara soal harga beras. Pintu Terbuka suara rakyat didengar.\n' +
    '"Stok aman," kata Hartono.',
  [{content: 'Stok aman', cue: 'kata', speaker: 'Hartono Wiryawan', mention: 'Hartono'}])

readingTest(
  'a possessed noun opening the sentence (Pendirinya Abid …) is no part of the name, and the name is the subject a pronoun points to',
  'Pendirinya Rahmat Hidayat Siregar telah memasang 150 sensor udara. Dia mengatakan polusi harus diperlakukan serius.',
  [{content: 'polusi harus diperlakukan serius', kind: 'indirect', cue: 'mengatakan', speaker: 'Rahmat Hidayat Siregar'}])

readingTest(
  'an acronym alone (KBRI) after the acronym with its place (KBRI Sungai Merah) is the same organisation',
  'KBRI Sungai Merah menyatakan ada 12 WNI yang dipindahkan ke penampungan di Sungai Merah. KBRI menjelaskan mereka telah diberi makanan.',
  [{content: 'mereka telah diberi makanan', kind: 'indirect', cue: 'menjelaskan', speaker: 'KBRI Sungai Merah', speakerType: 'organization', mention: 'KBRI'}])

readingTest(
  'an organisation with a short form written inside its name (Badan … (BPS) Nusa Tenggara Barat (NTB)) is named without it',
  'Badan Pusat Statistik (BPS) Kalimantan Utara (Kaltara) mencatat, angka kemiskinan di wilayah itu turun.',
  [{content: 'angka kemiskinan di wilayah itu turun', kind: 'indirect', cue: 'mencatat', speaker: 'Badan Pusat Statistik Kalimantan Utara', speakerType: 'organization'}])

readingTest(
  'a nickname after alias and an abbreviated honorific (alias Mr. Santun) is the person it follows',
  'Penggiat media sosial asal Norwegia, Lars Eriksen Holm (40) alias Mr. Santun, mengaku menjadi korban penipuan.',
  [{content: 'menjadi korban penipuan', kind: 'indirect', cue: 'mengaku', speaker: 'Lars Eriksen Holm', mention: 'Santun'}])

test('a short form in brackets inside a role, a name after it (Ketua Rukun Tetangga (RT) Sutarno), is no nickname', (t) => {
  const text = 'Ketua Rukun Warga (RW) Sutarno Wibisono mendata warga yang mengungsi.\n\n"Kami butuh selimut," kata Sutarno.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Kami butuh selimut', cue: 'kata', speaker: 'Sutarno Wibisono'})
  t.false(graph.entities.some((entity) => entity.aliases.includes('RW') && entity.type === 'person'))
})

/** [a rank or honorific as written before the name, the sentence's speaker words]. */
const titledNames: Array<[what: string, written: string]> = [
  ['an abbreviated police rank (AKBP)', 'Kepala Polres Sleman AKBP Darmawan Saputra'],
  ['an abbreviated rank (Kombes Pol)', 'Kepala Bidang Humas Polda DIY Kombes Pol Darmawan Saputra'],
  ['a military rank (Letnan Kolonel)', 'Komandan Kodim Sleman Letnan Kolonel Darmawan Saputra'],
  ['a hajj honorific (H.)', 'Ketua Koperasi Tani Makmur H. Darmawan Saputra'],
  ['academic titles before and after (Prof. Dr. …, M.Sc.)', 'guru besar Universitas Gadjah Mada Prof. Dr. Darmawan Saputra, M.Sc.']
]

for (const [what, written] of titledNames) {
  test(`canonical name without ${what}`, (t) => {
    const text = `"Pengamanan kami tambah selama libur panjang," kata ${written}${written.endsWith('.') ? '' : '.'}`
    assertQuote(t, graphOf(t, text), text, {content: 'Pengamanan kami tambah selama libur panjang', cue: 'kata', speaker: 'Darmawan Saputra', speakerType: 'person'})
  })
}

test('a surname alone later (kata Lindqvist) is the same person as the full name', (t) => {
  const text = 'Pejabat PBB Rebecca Lindqvist tiba di Kupang, Senin.\n\n"Kami membawa 40 ton beras untuk desa-desa terdampak," kata Lindqvist.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Kami membawa 40 ton beras untuk desa-desa terdampak', speaker: 'Rebecca Lindqvist', mention: 'Lindqvist'})
  t.true(entityNamed(graph, 'Rebecca Lindqvist')?.aliases.includes('Lindqvist'))
})

test('ujar beliau → the last speaker', (t) => {
  const text = '"Madrasah ini dibangun dari swadaya warga," kata Kiai Haji Abdul Somad Harahap.\n\n"Kami tidak pernah meminta bantuan pemerintah," ujar beliau.'
  assertQuote(t, graphOf(t, text), text, {content: 'Kami tidak pernah meminta bantuan pemerintah', cue: 'ujar', speaker: 'Abdul Somad Harahap', mention: 'beliau'})
})

readingTest(
  'a description closed by itu (ujar karyawan swasta itu) → the person it described',
  'Rahmat (29), karyawan swasta, setiap hari melintasi trotoar di Jalan Sudirman.\n\n' +
    '"Motor naik ke trotoar hampir setiap pagi," ujar karyawan swasta itu.',
  [{
    content: 'Motor naik ke trotoar hampir setiap pagi', cue: 'ujar', speaker: 'Rahmat', mention: 'karyawan swasta itu'
  }])

readingTest(
  'a role mention with itu (kata menteri itu) → the minister named before',
  'Menteri Pertanian Gunawan Setiadi meninjau gudang Bulog di Karawang.\n\n"Stok aman sampai Lebaran," kata menteri itu.',
  [{content: 'Stok aman sampai Lebaran', cue: 'kata', speaker: 'Gunawan Setiadi', mention: 'menteri itu'}])

test('the role after the name, between commas: Nama, juru bicara X, mengatakan', (t) => {
  const text = 'Rudi Hartono, juru bicara PT Kereta Api Indonesia, mengatakan perjalanan kereta kembali normal.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'perjalanan kereta kembali normal', cue: 'mengatakan', speaker: 'Rudi Hartono'})
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'Rudi Hartono')), ['juru bicara @ PT Kereta Api Indonesia'])
})

test('an addressee by phone: saat dihubungi Kompas', (t) => {
  const text = '"Kami masih menunggu hasil laboratorium," kata Kepala Puskesmas Cibeber Siti Nurjanah saat dihubungi Kompas, Selasa.'
  assertQuote(t, graphOf(t, text), text, {
    content: 'Kami masih menunggu hasil laboratorium', speaker: 'Siti Nurjanah', addressee: 'Kompas', addresseeType: 'outlet'
  })
})

test('an abbreviated role: kata Jubir Kemlu … is a spokesperson of the foreign ministry', (t) => {
  const text = '"Kami mengecam serangan itu," kata Jubir Kemlu Arif Budiman.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Kami mengecam serangan itu', cue: 'kata', speaker: 'Arif Budiman', speakerType: 'person'})
})

test('a body named after the role is not part of the name (Ketua Panitia Seleksi Nurhadi Setiawan)', (t) => {
  const text = '"Kami akan mengumumkan hasilnya pekan depan," kata Ketua Panitia Seleksi Nurhadi Setiawan.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Kami akan mengumumkan hasilnya pekan depan', speaker: 'Nurhadi Setiawan'})
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'Nurhadi Setiawan')), ['ketua @ Panitia Seleksi'])
})

readingTest(
  'a multi-word village name between the role and the name (Lurah Bidara Cina Mulyadi Santoso)',
  '"Jangan buang sampah ke sungai!" seru Lurah Bidara Cina Mulyadi Santoso kepada warga.',
  [{content: 'Jangan buang sampah ke sungai!', speaker: 'Mulyadi Santoso'}], (t, graph) => {
  t.deepEqual(rolesOfNamed(graph, 'Mulyadi Santoso'), ['lurah @ Bidara Cina'])
})

test('the last word of a place (Kecamatan Seberang Ulu) is not a person', (t) => {
  const text = 'Warga Kecamatan Seberang Ulu, Marlina (34), membawa anaknya ke puskesmas karena batuk. ”Kami tidak punya masker yang bagus,” katanya.'
  const graph = graphOf(t, text)
  t.deepEqual(graph.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name), ['Marlina'])
})

test('a glued sentence start (meter.Lurah Bidara Cina Hendra Kusuma) makes one person, not two', (t) => {
  const text = 'Sedikitnya 300 warga Kelurahan Bidara Cina mengungsi setelah Kali Ciliwung meluap. Ketinggian air mencapai dua meter.Lurah Bidara Cina Hendra Kusuma mengatakan pengungsi ditampung di dua sekolah.'
  const graph = graphOf(t, text)
  t.deepEqual(graph.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name), ['Hendra Kusuma'])
})

test('a currency amount (Rp 12 miliar) is not a person', (t) => {
  const text = 'Jaksa mendakwa mantan Kepala Biro Kesejahteraan Rakyat Pemprov Jatim, Slamet Riyadi, merugikan negara Rp 12 miliar.\n\n' +
    '”Terdakwa secara sadar mengalihkan dana hibah ke rekening pribadinya,” kata jaksa penuntut umum, Lina Marlina.'
  const graph = graphOf(t, text)
  t.false(graph.entities.some((entity) => entity.name === 'Rp' || entity.name.startsWith('Rp ')), graph.entities.map((entity) => entity.name).join(', '))
})

test('a role before the name set off by commas: Ketua Umum X, Nama, mengaku …', (t) => {
  const text = 'Sementara itu, Ketua Umum Ikatan Apoteker Indonesia, Nadia Paramitha, mengaku belum menerima surat resmi dari BPOM.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'belum menerima surat resmi dari BPOM', cue: 'mengaku', speaker: 'Nadia Paramitha'})
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'Nadia Paramitha')), ['ketua umum @ Ikatan Apoteker Indonesia'])
})

test('an anonymous owner who will not be named (yang tak mau disebutkan namanya)', (t) => {
  const text = 'Seorang pemilik apotek di Depok yang tak mau disebutkan namanya mengatakan stok sirop yang ditarik masih banyak di gudangnya.'
  assertQuote(t, graphOf(t, text), text, {content: 'stok sirop yang ditarik masih banyak di gudangnya', cue: 'mengatakan', speakerType: 'anonymous'})
})

readingTest(
  'an addressee outlet introduced by kantor berita is named without the descriptor',
  'Juru bicara perusahaan, Ingrid Solberg, mengatakan kepada kantor berita NTB bahwa kapal telah kembali ke pelabuhan Bergen.',
  [{
    content: 'kapal telah kembali ke pelabuhan Bergen', speaker: 'Ingrid Solberg', addressee: 'NTB', addresseeType: 'outlet'
  }])

test('an addressee after a -nya cue: tuturnya saat dihubungi detikcom', (t) => {
  const text = 'Salah satu korban, Rina (41), kehilangan tabungan pensiunnya. "Saya percaya karena banyak teman yang ikut," tuturnya saat dihubungi detikcom.'
  const graph = graphOf(t, text)
  const quote = assertQuote(t, graph, text, {content: 'Saya percaya karena banyak teman yang ikut', cue: 'tuturnya', speaker: 'Rina', addresseeType: 'outlet'})
  t.regex(entityById(graph, quote?.addressee ?? null)?.name ?? '', /^detik/i)
})

test('an analyst with a dari-affiliation set off by commas: Pengamat politik dari Y, X, menilai …', (t) => {
  const text = 'Pengamat politik dari Universitas Indonesia, Dewi Kartikasari, menilai koalisi itu rapuh.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'koalisi itu rapuh', cue: 'menilai', speaker: 'Dewi Kartikasari'})
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'Dewi Kartikasari')), ['pengamat politik @ Universitas Indonesia'])
})

readingTest(
  'a body named after the role (Wakil Direktur Program Pangan Dunia Rebecca Lindqvist) is the affiliation, not part of the title',
  'Wakil Direktur Program Pangan Dunia Rebecca Lindqvist tiba di Kupang, Senin.\n\n"Kami membawa 40 ton beras untuk desa-desa terdampak," kata Lindqvist.',
  [{content: 'Kami membawa 40 ton beras untuk desa-desa terdampak', speaker: 'Rebecca Lindqvist', mention: 'Lindqvist'}], (t, graph) => {
  t.deepEqual(rolesOfNamed(graph, 'Rebecca Lindqvist'), ['wakil direktur @ Program Pangan Dunia'])
})

test("a role of someone else's (Kuasa hukum Slamet, Bonifasius Siahaan,) belongs to the name set off after it", (t) => {
  const text = 'Jaksa mendakwa mantan Kepala Biro Kesejahteraan Rakyat Pemprov Jatim, Slamet Riyadi, merugikan negara.\n\n' +
    'Kuasa hukum Slamet, Bonifasius Siahaan, menyatakan kliennya akan mengajukan eksepsi.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'kliennya akan mengajukan eksepsi', cue: 'menyatakan', speaker: 'Bonifasius Siahaan'})
  const titles = (name: string): string[] => (entityNamed(graph, name)?.roles ?? []).map((role) => role.title.toLowerCase())
  t.deepEqual(titles('Bonifasius Siahaan'), ['kuasa hukum'])
  t.false(titles('Slamet Riyadi').includes('kuasa hukum'), JSON.stringify(titles('Slamet Riyadi')))
})

test('a role noun and its modifier before the name (pedagang sayur Sri Wahyuni (52) mengaku) give the role', (t) => {
  const text = 'Di Pasar Besar Malang, pedagang sayur Sri Wahyuni (52) mengaku kini hanya berani menyetok lima kilogram cabai.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'kini hanya berani menyetok lima kilogram cabai', cue: 'mengaku', speaker: 'Sri Wahyuni'})
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'Sri Wahyuni')), ['pedagang sayur @ -'])
})

test('a description that points back (ujar karyawan swasta itu) gives the person its role', (t) => {
  const text = 'Warga Senen, Andi Saputra, melintas setiap pagi.\n\n"Dulu saya harus minggir," ujar karyawan swasta itu.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Dulu saya harus minggir', cue: 'ujar', speaker: 'Andi Saputra', mention: 'karyawan swasta itu'})
  t.true(rolesOf(graph, entityNamed(graph, 'Andi Saputra')).includes('karyawan swasta @ -'), JSON.stringify(rolesOf(graph, entityNamed(graph, 'Andi Saputra'))))
})

test('a lower-case description set off by commas beside the name gives its role (before, after the age, past places)', (t) => {
  const cases: Array<[string, string, string]> = [
    ['Seorang penumpang yang selamat, Joel Bautista (34), mengatakan alarm kebakaran tidak berbunyi.', 'Joel Bautista', 'penumpang @ -'],
    ['Pejalan kaki di kawasan Senen, Nur Aisyah (29), mengatakan trotoar kini jauh lebih nyaman.', 'Nur Aisyah', 'pejalan kaki @ -'],
    ['Salah satu korban, Slamet Haryanto (47), pengemudi asal Boyolali, mengaku masih trauma.', 'Slamet Haryanto', 'pengemudi @ -'],
    ['Sementara itu, petani cabai di Desa Tulungrejo, Kecamatan Ngantang, Kabupaten Malang, Mujiono (45), menuturkan tanamannya membusuk.', 'Mujiono', 'petani cabai @ -']
  ]
  for (const [text, name, role] of cases) {
    const graph = graphOf(t, text)
    t.deepEqual(rolesOf(graph, entityNamed(graph, name)), [role], text)
  }
  // A place, a cue or a date set off before the name is no role.
  for (const text of ['Di Jakarta, Budi Santoso (40), mengatakan aman.', 'Menurut warga, Budi Santoso (40) melihat asap.', 'Kemarin, Budi Santoso (40), mengatakan aman.']) {
    const graph = graphOf(t, text)
    t.deepEqual(rolesOf(graph, entityNamed(graph, 'Budi Santoso')), [], text)
  }
})

// A quote inside a quote: whom its pronoun means, and who stays salient.
test('the inner quote ‘…’ belongs to the person the outer speaker quotes, who does not become the salient speaker; kinship nouns (suaminya, istri …) describe a person', (t) => {
  const husband = 'Rina Marlina menunggu kabar suaminya, Agus Salim, yang melaut sejak Senin.\n\n' +
    '"Dia bilang, ‘Doakan kami pulang cepat,’ lalu kapalnya berangkat," kata Rina kepada wartawan.'
  assertQuote(t, graphOf(t, husband), husband, {content: 'Doakan kami pulang cepat', speaker: 'Agus Salim', mention: 'Dia'})
  const captain = 'Sri Handayani, istri nakhoda kapal Bambang Priyono, menunggu di pelabuhan sejak pagi.\n\n' +
    '"Dia bilang, ‘Kami aman, jangan khawatir,’ lalu sambungan terputus," kata Sri kepada wartawan.\n\n' +
    'Ia berharap kapal itu segera kembali ke Tanjung Priok.'
  const graph = graphOf(t, captain)
  assertQuote(t, graph, captain, {content: 'Kami aman, jangan khawatir', speaker: 'Bambang Priyono', mention: 'Dia'})
  assertQuote(t, graph, captain, {content: 'kapal itu segera kembali ke Tanjung Priok', speaker: 'Sri Handayani', mention: 'Ia'})
})

readingTest(
  'a unit of a body (Komisi B, Komisi III, Fraksi PKB) is the affiliation, not the end of a compound title',
  'Anggota Komisi B DPRD Jawa Barat Rahmat Hidayat menilai dinas itu lamban. ' +
    '"Anggaran harus diawasi," kata Wakil Ketua Komisi III DPR Arman Siregar. ' +
    '"Kami siap," ujar Ketua Fraksi PKB DPR Yusuf Wibisono. "Rapat ditunda," kata Ketua Komisi Hendra Wijaya.',
  [
    {content: 'dinas itu lamban', cue: 'menilai', speaker: 'Rahmat Hidayat'},
    {content: 'Anggaran harus diawasi', cue: 'kata', speaker: 'Arman Siregar'},
    {content: 'Kami siap', cue: 'ujar', speaker: 'Yusuf Wibisono'}
  ],
  (t, graph) => {
    t.deepEqual(rolesOfNamed(graph, 'Rahmat Hidayat'), ['anggota @ Komisi B DPRD Jawa Barat'])
    t.deepEqual(rolesOfNamed(graph, 'Arman Siregar'), ['wakil ketua @ Komisi III DPR'])
    t.deepEqual(rolesOfNamed(graph, 'Yusuf Wibisono'), ['ketua @ Fraksi PKB DPR'])
    // Without a unit after it, the compound title stays whole.
    t.deepEqual(rolesOfNamed(graph, 'Hendra Wijaya'), ['ketua komisi @ -'])
  })

readingTest(
  'kepada wartawan di Balai Kota: the place where it was said is not part of who heard it',
  '"Trotoar itu hak pejalan kaki," ujar Kepala Dinas Perhubungan Arman Siregar kepada wartawan di Balai Kota, Jakarta Pusat, Kamis.',
  [{content: 'Trotoar itu hak pejalan kaki', cue: 'ujar', speaker: 'Arman Siregar', addressee: 'wartawan', addresseeType: 'group'}])

readingTest(
  'kepada Menteri … di Istana: a named addressee keeps its own reading',
  '"Kami butuh pupuk," kata petani Darsono kepada Menteri Pertanian Budi Santoso di Istana Bogor.',
  [{content: 'Kami butuh pupuk', cue: 'kata', addressee: 'Budi Santoso', addresseeType: 'person'}])

readingTest(
  'a candidate pair joined by a hyphen (paslon Rina Wulandari-Bambang Sutejo) speaks as a group, not as one person',
  'Paslon nomor urut 2, Rina Wulandari-Bambang Sutejo, menyatakan siap menerima hasil rekapitulasi.\n\n' +
    'Sebelumnya, Bambang mengatakan, tim kampanye sudah menyerahkan laporan dana.',
  [
    {content: 'siap menerima hasil rekapitulasi', cue: 'menyatakan', speaker: 'Rina Wulandari-Bambang Sutejo', speakerType: 'group'},
    {content: 'tim kampanye sudah menyerahkan laporan dana', cue: 'mengatakan', speaker: 'Bambang', speakerType: 'person'}
  ],
  (t, graph) => {
    t.deepEqual(graph.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name), ['Bambang'])
  })

readingTest(
  'a hyphen at the first or last word of a name, or before a lower-case part, is one person\'s (Jean-Pierre Laurent, Kim Jong-un)',
  '"Kami tidak akan mundur," kata Jean-Pierre Laurent. "Dialog tetap terbuka," kata Kim Jong-un.',
  [
    {content: 'Kami tidak akan mundur', speaker: 'Jean-Pierre Laurent', speakerType: 'person'},
    {content: 'Dialog tetap terbuka', speaker: 'Kim Jong-un', speakerType: 'person'}
  ])

readingTest(
  'a candidate pair is no one\'s fullest name (kata Gilang → Gilang Permana Sasmita, not the pair)',
  'Rapat pleno KPU tetap digelar Senin sore walaupun calon nomor urut 2, Gilang Permana Sasmita, sedang dirawat.\n\n' +
    '"Saya ikuti rapat lewat telepon," ujar Gilang dalam pesan singkat kepada wartawan.\n\n' +
    'Juru bicara pasangan Gilang Permana-Rudi Hartawan, Sekar Ayuningtyas, mengatakan, kampanye di desa tetap berjalan.',
  [{content: 'Saya ikuti rapat lewat telepon', cue: 'ujar', speaker: 'Gilang Permana Sasmita', mention: 'Gilang'}])

readingTest(
  'a short name of several words in brackets inside the speaker phrase (PT Angkutan Raya Nusantara (ARN Trans) Wiwik Lestari)',
  '"Jadwal bus kami tambah mulai Senin," ujar Direktur Utama PT Angkutan Raya Nusantara (ARN Trans) Wiwik Lestari di Bandung.\n\n' +
    'Menurut Kepala Badan Penanggulangan Bencana Daerah (BPBD Garut) Abi Santosa, posko dibuka sampai Minggu.',
  [
    {content: 'Jadwal bus kami tambah mulai Senin', cue: 'ujar', speaker: 'Wiwik Lestari', speakerType: 'person'},
    {content: 'posko dibuka sampai Minggu', cue: 'Menurut', speaker: 'Abi Santosa', speakerType: 'person'}
  ],
  (t, graph) => {
    t.deepEqual(rolesOfNamed(graph, 'Wiwik Lestari'), ['direktur utama @ PT Angkutan Raya Nusantara'])
  })
