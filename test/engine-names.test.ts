/**
 * Where a speaker's name begins and ends: an organisation or place the text
 * writes on its own elsewhere, titles of birth (Lalu), words that are also
 * common words (Hari, Agung, Hakim), initials, short names defined for
 * organisations in parentheses, misspelt and clipped later mentions, opening
 * words that name no one, and a pronoun with no salient subject before it.
 * Every text is fictional, written for these tests.
 */
import test from 'ava'
import type {ExecutionContext} from 'ava'
import type {Graph} from '../src/contract/graph.ts'
import {EntityRegistry} from '../src/attribute/entities.ts'
import {getLanguage} from '../src/lang/index.ts'
import {describeQuotes, entityById, entityNamed, graphOf, quoteWith, rolesOf, rolesOfNamed} from './helpers/engine.ts'

/** The names of the graph's person entities, in order. */
function personNames(graph: Graph): string[] {
  return graph.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name)
}

/** [a fragment of the statement's content, its speaker's exact canonical name]. */
type Spoken = [fragment: string, speaker: string]

/**
 * One test: run `extract` on the paragraphs (joined by blank lines; the graph
 * schema- and integrity-checked), assert that each statement is spoken by a
 * person of that exact canonical name, then run any further checks.
 * `register` is `test` or `test.failing` for a rule the engine misses today.
 */
function speakerTest(
  title: string, paragraphs: string[], spoken: Spoken[],
  more?: (t: ExecutionContext, graph: Graph) => void, register: typeof test | typeof test.failing = test
): void {
  register(title, (t) => {
    const graph = graphOf(t, paragraphs.join('\n\n'))
    for (const [fragment, name] of spoken) {
      const speaker = entityById(graph, quoteWith(graph, fragment)?.speaker ?? null)
      t.is(speaker?.name ?? null, name, `speaker of ${JSON.stringify(fragment)}:\n${describeQuotes(graph)}`)
      t.is(speaker?.type, 'person', `${name} is a person`)
    }
    more?.(t, graph)
  })
}

// 1. An organisation or place written on its own elsewhere ends before the person's name.
speakerTest('an organisation or place written on its own elsewhere ends before the name (Puskesmas Sukamaju Ratna)', [
  'Kepala Puskesmas Sukamaju Ratna mengatakan, jumlah pasien demam berdarah naik dua kali lipat sejak awal bulan.',
  'Warga yang demam lebih dari dua hari diminta segera memeriksakan diri di Puskesmas Sukamaju.'
], [['jumlah pasien demam berdarah', 'Ratna']], (t, graph) => {
  t.falsy(entityNamed(graph, 'Sukamaju Ratna'), personNames(graph).join(', '))
})

speakerTest('a company written on its own elsewhere ends before the name (CEO Lumbung Herry Nugraha)', [
  'CEO Lumbung Herry Nugraha menuturkan, perusahaannya kini menyasar petani kecil di luar Jawa.',
  'Tahun lalu penjualan aplikasi itu turun tajam. Lumbung pun mengubah strategi.',
  '”Kami belajar banyak dari kegagalan itu,” kata Herry.'
], [['perusahaannya kini menyasar petani kecil', 'Herry Nugraha'], ['Kami belajar banyak dari kegagalan itu', 'Herry Nugraha']])

speakerTest('two words or more written together elsewhere, ending there, end before the name (Pengelola Karang Hijau Diving Nanda Prasetya)', [
  'Pantai paling ramai pekan lalu ialah Karang Hijau Diving.',
  'Pengelola Karang Hijau Diving Nanda Prasetya mengatakan, tiket kini dijual secara daring saja.'
], [['tiket kini dijual secara daring saja', 'Nanda Prasetya']])

speakerTest('the end of a unit written twice, after the same word, ends before the name (PT Taman Wisata Jaya Cibubur Melati Kusuma)', [
  'Taman Wisata Jaya Cibubur dan Kebun Binatang Sukasari kembali buka pekan ini.',
  '"Kolam anak kami buka lebih dulu," kata Kepala Humas PT Taman Wisata Jaya Cibubur Melati Kusuma kepada wartawan.'
], [['Kolam anak kami buka lebih dulu', 'Melati Kusuma']])

speakerTest('a person\'s first two names written alone elsewhere leave a name of at least two words (Tjokorda Gede Raka Sudana)', [
  'Bupati Tjokorda Gede Raka Sudana membuka pameran kerajinan di Denpasar.',
  'Pameran itu digagas Tjokorda Gede sejak tahun lalu.',
  '"Perajin kita harus naik kelas," kata Tjokorda Gede Raka Sudana.'
], [['Perajin kita harus naik kelas', 'Tjokorda Gede Raka Sudana']])

// 2. A person called by the first word elsewhere keeps it.
speakerTest('a person called by the first word elsewhere keeps it (Korea Utara (Korut) Kim Song Chol, kunjungan Kim)', [
  'Pemimpin Korea Utara (Korut) Kim Song Chol tiba di Vladivostok, Rabu, dengan kereta lapis baja. ' +
    'Ia mengatakan hubungan kedua negara kini memasuki babak baru.',
  'Media pemerintah di Pyongyang menyebut kunjungan Kim ke Rusia itu akan berlangsung tiga hari.'
], [['hubungan kedua negara kini memasuki babak baru', 'Kim Song Chol']], (t, graph) => {
  t.deepEqual(personNames(graph), ['Kim Song Chol'])
})

// 3. Titles of birth open a name.
speakerTest('a title of birth opens a name (Asosiasi Hotel Gili Lalu Wiratmaja), lalu lintas elsewhere notwithstanding', [
  'Ketua Asosiasi Hotel Gili Lalu Wiratmaja mengatakan, tingkat hunian hotel turun hingga 40 persen sejak jalan utama ditutup.',
  'Polisi mengalihkan lalu lintas ke jalan desa selama perbaikan berlangsung.'
], [['tingkat hunian hotel turun', 'Lalu Wiratmaja']])

// 4. A word capitalised inside a sentence is part of the name even where it is written in lower case elsewhere.
speakerTest('a word capitalised inside a sentence is part of the name though written in lower case elsewhere (Hari Wicaksono, hari ini)', [
  'Kepala Pusat Penerangan Hukum Kejaksaan Agung Hari Wicaksono mengungkapkan, penyidik telah memeriksa tujuh saksi dalam perkara pengadaan alat kesehatan.',
  'Pemeriksaan lanjutan dijadwalkan hari ini di gedung bundar.'
], [['penyidik telah memeriksa tujuh saksi', 'Hari Wicaksono']])

// 5. A word the text uses alone as someone's name stays in the name.
speakerTest('a word the text uses alone as someone\'s name stays in the name (Kementerian Pertanian Agung Prihartono, kata Agung)', [
  'Kepala Badan Ketahanan Pangan Kementerian Pertanian Agung Prihartono menyampaikan stok beras cukup hingga akhir tahun.',
  '”Harga gabah di tingkat petani juga mulai stabil,” kata Agung.'
], [['stok beras cukup hingga akhir tahun', 'Agung Prihartono'], ['Harga gabah di tingkat petani juga mulai stabil', 'Agung Prihartono']])

// 6. A role noun may close a name.
speakerTest('a role noun may close a name (Kemenkop Fajar Rahman Hakim)', [
  'Deputi Bidang Usaha Kecil Kemenkop Fajar Rahman Hakim menyampaikan, penyaluran kredit usaha rakyat naik 12 persen pada semester pertama.'
], [['penyaluran kredit usaha rakyat naik', 'Fajar Rahman Hakim']])

// 7. No trim past initials, nor after a place the text ends there elsewhere.
speakerTest('no trim past initials (Bupati Tangerang A Fikri Ramadhan, kata Fikri)', [
  'Bupati Tangerang A Fikri Ramadhan meninjau tanggul yang jebol di Desa Kedungsari, Minggu.',
  '”Perbaikan tanggul kami targetkan selesai dalam sepekan,” kata Fikri.'
], [['Perbaikan tanggul kami targetkan selesai', 'A Fikri Ramadhan']])

speakerTest('no trim to the word a person is called by after a place the text ends there elsewhere (Kabupaten Wonoreja Septa Kunto Wibowo)', [
  'Kepala Bidang Pelayanan Dinas Kesehatan Kabupaten Wonoreja Septa Kunto Wibowo mengatakan, vaksinasi campak untuk balita diperpanjang hingga akhir bulan.',
  'Dinas Kesehatan Kabupaten Wonoreja juga menyiapkan layanan jemput bola di desa terpencil.',
  '”Orangtua tidak perlu khawatir soal efek sampingnya,” ujar Kunto.'
], [['vaksinasi campak untuk balita diperpanjang', 'Septa Kunto Wibowo'], ['Orangtua tidak perlu khawatir soal efek sampingnya', 'Septa Kunto Wibowo']])

// 8. An organisation's short name defined in parentheses is never a person.
speakerTest('an organisation\'s short name defined in parentheses is never a person (Apsindo)', [
  'Ketua Umum Asosiasi Pengusaha Swalayan Indonesia (Apsindo) Roy Tambunan mengatakan penjualan ritel menjelang Lebaran naik tipis.',
  'Apsindo memperkirakan pertumbuhan tahun ini hanya sekitar 4 persen.',
  '”Daya beli kelas menengah belum pulih sepenuhnya,” ujarnya.'
], [['Daya beli kelas menengah belum pulih', 'Roy Tambunan']], (t, graph) => {
  t.false(personNames(graph).includes('Apsindo'), personNames(graph).join(', '))
})

// 9. Misspelling and clipping; one letter changed is another person.
speakerTest('a one-word name misspelt a letter short later is the same person (Chaidir, kata Chadir)', [
  'Kepala Badan Kepegawaian Daerah Chaidir mengatakan seleksi calon pegawai dibuka awal bulan depan.',
  '”Semua tahapan dilakukan secara daring,” kata Chadir.'
], [['seleksi calon pegawai dibuka', 'Chaidir'], ['Semua tahapan dilakukan secara daring', 'Chaidir']])

speakerTest('a clipped name later is the same person (Khrisnamurti, tutur Khrisna)', [
  'Pengajar Universitas Tanjung Sari, Khrisnamurti, menyebut kenaikan harga pupuk menekan pendapatan petani.',
  '”Pemerintah perlu menambah kuota pupuk bersubsidi,” tutur Khrisna.'
], [['kenaikan harga pupuk menekan pendapatan petani', 'Khrisnamurti'], ['Pemerintah perlu menambah kuota pupuk bersubsidi', 'Khrisnamurti']])

speakerTest('a distinct name with one letter changed stays another person (Hidayat, Widayat)', [
  'Kepala Desa Sumberjati Hidayat mengatakan, warga sudah tiga hari kekurangan air bersih.',
  'Sumur warga di Desa Sumberjati mengering sejak Juli. ' +
    'Camat Gunungrejo Widayat menyatakan truk tangki dikirim setiap pagi mulai besok ke Kecamatan Gunungrejo.'
], [['warga sudah tiga hari kekurangan air bersih', 'Hidayat'], ['truk tangki dikirim setiap pagi', 'Widayat']], (t, graph) => {
  t.not(entityNamed(graph, 'Hidayat')?.id, entityNamed(graph, 'Widayat')?.id)
})

// 10. Opening words that name no one.
speakerTest('an opening word that names no one: Tujuannya memastikan …', [
  'Kepala Satpol PP Kota Lembang Haryanto Saleh mengatakan, razia masker digelar setiap malam di pasar.',
  'Tujuannya memastikan agar warga tertib.'
], [['razia masker digelar setiap malam', 'Haryanto Saleh']], (t, graph) => {
  t.deepEqual(personNames(graph), ['Haryanto Saleh'])
})

speakerTest('an opening adverb names no one: Sebelumnya, Gubernur … Dedi Permana meminta …', [
  'Sebelumnya, Gubernur Sulawesi Timur Dedi Permana meminta bupati dan wali kota menunda kenaikan tarif air.'
], [['bupati dan wali kota menunda kenaikan tarif air', 'Dedi Permana']], (t, graph) => {
  t.deepEqual(personNames(graph), ['Dedi Permana'])
})

speakerTest('a name opening its sentence with its role set off after it (Dedy, Kepala Peleton B …), then ucapnya', [
  'Dedy, Kepala Peleton B dari Pos Pemadam Kebakaran Sektor II, mengatakan api berasal dari dapur rumah makan.',
  '”Angin kencang membuat api cepat menjalar ke toko di sebelahnya,” ucapnya.'
], [['api berasal dari dapur rumah makan', 'Dedy'], ['Angin kencang membuat api cepat menjalar', 'Dedy']])

speakerTest('Pemerintah … meminta between a named official and ujarnya: the official speaks, not the government', [
  'Menteri Perdagangan Lukas Simanjuntak mengatakan impor bawang putih akan dibuka bulan depan.',
  'Pemerintah Indonesia meminta importir segera melapor stok di gudang.',
  '”Kami tidak ingin harga melonjak menjelang puasa,” ujarnya.'
], [['Kami tidak ingin harga melonjak menjelang puasa', 'Lukas Simanjuntak']])

// 11. A pronoun with no salient subject before it takes the last person named.
speakerTest('a pronoun with no salient subject before it takes the last person named (Berdasarkan laporan oleh …, katanya)', [
  'Berdasarkan laporan oleh Kepala Bidang Pencegahan Penyakit Dinas Kesehatan Kota Sindangsari Dwi Ratnasari Wulandari, ada 575 kasus positif pekan ini. ' +
    '”Sebanyak 80 kasus di antaranya berasal dari klaster perkantoran,” katanya.'
], [['Sebanyak 80 kasus di antaranya berasal dari klaster perkantoran', 'Dwi Ratnasari Wulandari']])

// 12. After an office over a place, a run set off before a name is the place.
speakerTest('a place after an office, then the name set off by commas (Bupati Lembah Hijau, Arman Siregar,)', [
  'Komisi Pemberantasan Korupsi menetapkan Bupati Lembah Hijau, Arman Siregar, sebagai tersangka suap proyek jalan.',
  '”Kami sudah memeriksa 14 saksi,” kata juru bicara komisi itu.',
  'Arman Siregar mengatakan, ia akan mengikuti proses hukum.'
], [['ia akan mengikuti proses hukum', 'Arman Siregar']], (t, graph) => {
  t.deepEqual(personNames(graph), ['Arman Siregar'])
})

// Places between a role and a name: a point of the compass goes with the place.
speakerTest('a point of the compass opens a place of two words before a name of two (Bupati Kulon Progo Sutarjo Wibowo)', [
  '"Kami akan membangun dua jembatan baru tahun ini," kata Bupati Kulon Progo Sutarjo Wibowo.'
], [['dua jembatan baru', 'Sutarjo Wibowo']], (t, graph) => {
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'Sutarjo Wibowo')), ['bupati @ Kulon Progo'])
})

speakerTest('a point of the compass closes a place, whatever the name after it (Gunung Kidul Sunaryanta, Jawa Timur Khofifah Indar Parawansa)', [
  '"Kami akan membangun jembatan," kata Bupati Gunung Kidul Sunaryanta.',
  '"Bantuan sudah dikirim," ujar Gubernur Jawa Timur Khofifah Indar Parawansa.',
  'Bupati Muna Barat La Ode Rajiun Tumada mengatakan jalan itu rampung bulan depan.'
], [['membangun jembatan', 'Sunaryanta'], ['Bantuan sudah dikirim', 'Khofifah Indar Parawansa'], ['jalan itu rampung', 'La Ode Rajiun Tumada']], (t, graph) => {
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'Sunaryanta')), ['bupati @ Gunung Kidul'])
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'Khofifah Indar Parawansa')), ['gubernur @ Jawa Timur'])
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'La Ode Rajiun Tumada')), ['bupati @ Muna Barat'])
  t.deepEqual(personNames(graph), ['Sunaryanta', 'Khofifah Indar Parawansa', 'La Ode Rajiun Tumada'])
})

// Quantities and named places are no one.
test('a sentence about a crowd (Ratusan pedagang Pasar Beringharjo menolak …) is no person’s statement', (t) => {
  const text = 'YOGYAKARTA, KOMPAS — Ratusan pedagang Pasar Beringharjo menolak rencana relokasi ke gedung baru.\n\n' +
    '”Kami tidak pernah diajak bicara,” kata Ketua Paguyuban Pedagang Sri Lestari.'
  const graph = graphOf(t, text)
  for (const quote of graph.quotes.filter((quote) => quote.content.text.includes('rencana relokasi'))) {
    t.not(entityById(graph, quote.speaker)?.type, 'person', describeQuotes(graph))
  }
  t.false(personNames(graph).some((name) => /Ratusan|Beringharjo/u.test(name)), personNames(graph).join(', '))
})

// Roles of a name set off by commas, with no cue near.
test('a name set off by commas after a role phrase takes that role, cue or no cue (menetapkan Bupati Lembah Hijau, Arman Siregar,)', (t) => {
  const bupati = graphOf(t, 'Komisi Pemberantasan Korupsi menetapkan Bupati Lembah Hijau, Arman Siregar, sebagai tersangka suap proyek jalan.')
  t.deepEqual(personNames(bupati), ['Arman Siregar'])
  t.deepEqual(rolesOf(bupati, entityNamed(bupati, 'Arman Siregar')), ['bupati @ Lembah Hijau'])
  const direktur = graphOf(t, 'Polisi juga memeriksa Direktur Utama PT Sinar Abadi, Rudi Hartanto, sebagai saksi.')
  t.deepEqual(rolesOf(direktur, entityNamed(direktur, 'Rudi Hartanto')), ['direktur utama @ PT Sinar Abadi'])
  t.deepEqual(personNames(direktur), ['Rudi Hartanto'], 'the company (PT Sinar Abadi, with the lexicon word Abadi) is no person')
})

test('after an organisation’s head, a run set off by a comma before another name is part of the organisation (Divisi Sosialisasi, Partisipasi Masyarakat, …)', (t) => {
  const graph = graphOf(t, 'Dihubungi dari Manado, Senin, Komisioner Divisi Sosialisasi, Partisipasi Masyarakat, dan Sumber Daya Manusia KPU Sulut Arif Budiman mengatakan partisipasi naik.')
  t.deepEqual(personNames(graph), ['Arif Budiman'])
})

test('a name read after a company officer’s title keeps its start when the fullest form is sought (CEO Tokoku William Hartono → William Hartono); initials and name prefixes may still open it', (t) => {
  const ceo = graphOf(t, '"Kami ingin lebih banyak merek lokal mendunia," kata CEO Tokoku William Hartono.')
  t.deepEqual(personNames(ceo), ['William Hartono'])
  t.deepEqual(rolesOf(ceo, entityNamed(ceo, 'William Hartono')), ['ceo @ Tokoku'])
  const initials = graphOf(t, 'Kepala Dinas Pendidikan FX Winarno Saputro membuka sekolah itu. "Kami siap," kata Winarno Saputro kepada wartawan.')
  t.truthy(entityNamed(initials, 'FX Winarno Saputro'), personNames(initials).join(', '))
})

speakerTest('where the text calls a person by a later word of a run, the given-name prefixes right before it stay in the name (Laskar Bumi Pertiwi Muhammad Fikri Hasan beside Fikri)', [
  'JAKARTA, KOMPAS — Ketua Laskar Bumi Pertiwi Muhammad Fikri Hasan mangkir dari panggilan penyidik pada Senin.',
  'Penyidik lalu mendatangi rumah Fikri di Cilincing. Melalui siaran pers, Fikri mengatakan acara itu digelar sesuai izin.',
  '"Semua berkas sudah kami serahkan," ujarnya.'
], [['berkas sudah kami serahkan', 'Muhammad Fikri Hasan']], (t, graph) => {
  t.deepEqual(personNames(graph), ['Muhammad Fikri Hasan'])
})

speakerTest('capitals of up to three letters between a rank (and its corps in brackets) and a name are its initials; a corps code is not (Inspektur Jenderal RK …, Kolonel (Inf) IGK …, Kolonel CPM …)', [
  'MAMUJU, KOMPAS — Kepala Polda Sulbar Inspektur Jenderal RK Bonar Tarigan meminta warga melapor.',
  '"Personel sudah disiagakan," kata Bonar.',
  '"Kami memeriksa tiga saksi," kata Komandan Kodim Kolonel (Inf) IGK Wiratama. Menurut Wiratama, pemeriksaan berlanjut.',
  '"Tidak ada anggota kami yang terlibat," kata Komandan Polisi Militer Kolonel CPM Hendra Saputra.'
], [['memeriksa tiga saksi', 'IGK Wiratama']], (t, graph) => {
  t.deepEqual(personNames(graph).sort(), ['Hendra Saputra', 'IGK Wiratama', 'RK Bonar Tarigan'])
})

speakerTest('a given-name prefix right after a place opens the name, even one that also ends organisations’ names (Wilayah Sulsel Agung Prasetyo; not Jaksa Agung Hari Setiyono)', [
  '"Gangguan sudah teratasi sejak sore," kata Manajer Komunikasi PT PLN Unit Induk Wilayah Sulsel Agung Prasetyo.',
  '"Kami menunggu putusan," kata Jaksa Agung Hari Setiyono.'
], [['teratasi sejak sore', 'Agung Prasetyo'], ['menunggu putusan', 'Hari Setiyono']])

test('capitalised words followed by a place and then a name are a unit, not a person (Perwakilan Lintas Samudra Sulsel Agung Prasetyo)', (t) => {
  const graph = graphOf(t, '"Gangguan sudah teratasi sejak sore," kata Kepala Perwakilan Lintas Samudra Sulsel Agung Prasetyo.')
  t.deepEqual(personNames(graph), ['Agung Prasetyo'])
})

speakerTest('reference nouns (Pasal 5 Ayat (1)) and derived common nouns (Koordinasi, Penataan) are no names, even capitalised in a unit\'s name', [
  'JAKARTA, KOMPAS — Keduanya dijerat Pasal 5 Ayat (1) dan Pasal 12 Ayat (2) undang-undang itu. Deputi Bidang Koordinasi dan Inovasi, Rahmat Siregar, menyebut penataan kawasan berlanjut.',
  '"Kami akan menata ulang semua pasar," kata Kepala Bidang Penataan Wilayah Dedi Kusnadi.'
], [['menata ulang', 'Dedi Kusnadi']], (t, graph) => {
  t.deepEqual(personNames(graph).sort(), ['Dedi Kusnadi', 'Rahmat Siregar'])
})

test('a short name right after a place named after someone is the place\'s: a facility with a title or rank (RSUD Dr …, Jalan Jenderal …), a street with or without one', (t) => {
  const graph = graphOf(t, 'BEKASI, KOMPAS — Banjir menggenangi Jalan KH Ahmad Dahlan, Jalan Ir Sutami, dan Jalan Jenderal Gatot Subroto. Korban dibawa ke RSUD Dr Hasan Basri dan Rumah Sakit Umum Pusat Dr Wahidin.\n\n' +
    '"Kami membuka posko di Jl. Pemuda," kata Kepala BPBD Bekasi Dr Hendra Gunawan. Kepala Terminal Budi mengatakan bus tetap berangkat.')
  t.deepEqual(personNames(graph).sort(), ['Budi', 'Hendra Gunawan'])
})

test('a one-word rank that also heads roles is the rank between an organisation and a name (Polsek Menteng Komisaris …, Polri Jenderal …), not in Sekretaris Jenderal', (t) => {
  const graph = graphOf(t, '"Kami sudah berkoordinasi," kata Kepala Polsek Menteng Komisaris Bambang Irawan.\n\n' +
    '"Semua pihak harus menahan diri," kata Kepala Kepolisian Negara Republik Indonesia Jenderal Arief Suharto.\n\n' +
    '"Bantuan segera dikirim," kata Sekretaris Jenderal Persatuan Bangsa-Bangsa Antonio Marquez.')
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'Bambang Irawan')), ['kepala @ Polsek Menteng'])
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'Arief Suharto')), ['kepala @ Kepolisian Negara Republik Indonesia'])
  t.deepEqual(rolesOf(graph, entityNamed(graph, 'Antonio Marquez')), ['sekretaris jenderal @ Persatuan Bangsa-Bangsa'])
})

speakerTest('where a run holds two words used alone, the one a cue calls the person by starts the name (Tokoku Rania Larasati Putri beside Tokoku memperkirakan and kata Rania)', [
  'JAKARTA, KOMPAS — Manajer Kategori Busana Anak Tokoku Rania Larasati Putri mengatakan, Tokoku menggandeng 30 perajin lokal. Setelah melihat tanggapan pembeli, Tokoku memperkirakan penjualan naik.',
  '"Kami ingin perajin lokal tumbuh bersama kami," kata Rania dalam keterangan tertulis.'
], [['perajin lokal tumbuh', 'Rania Larasati Putri']], (t, graph) => {
  t.false(personNames(graph).includes('Tokoku Rania Larasati Putri'), personNames(graph).join(', '))
})

test('in a list of officials, each name takes its own role, not the names and roles before it (… Arman Siregar bersama Menteri Sosial Ratna Dewi dan Kepala …)', (t) => {
  const graph = graphOf(t, 'BEKASI, KOMPAS — Wakil Presiden Arman Siregar bersama Menteri Sosial Ratna Dewi dan Kepala Badan Penanggulangan Bencana Heru Santoso meninjau lokasi banjir pada Senin.')
  t.deepEqual(rolesOfNamed(graph, 'Arman Siregar'), ['wakil presiden @ -'])
  t.deepEqual(rolesOfNamed(graph, 'Ratna Dewi'), ['menteri sosial @ -'])
  t.deepEqual(rolesOfNamed(graph, 'Heru Santoso'), ['kepala @ Badan Penanggulangan Bencana'])
})

test('a role title starts at its first capitalised role word, and function words alone are no title (kesehatan Pelaksana Tugas Juru Bicara → Pelaksana Tugas Juru Bicara)', (t) => {
  const graph = graphOf(t, 'GARUT, KOMPAS — Hujan turun sejak pagi. Untuk air bersih dan kesehatan Pelaksana Tugas Juru Bicara Pemkab Garut Dedi Suryadi menambahkan, tim sudah dikerahkan ke lokasi.')
  t.deepEqual(rolesOfNamed(graph, 'Dedi Suryadi').map((role) => role.split(' @ ')[0]), ['pelaksana tugas juru bicara'])
  const registry = new EntityRegistry('Budi Santoso', getLanguage('id'))
  const budi = registry.person('Budi Santoso', 0, 12)
  for (const title of ['yaitu', 'Sebagai', 'dalam']) registry.addRole(budi, title, null)
  t.deepEqual(budi.roles, [], 'function words alone')
  registry.addRole(budi, 'bersama Menteri Sosial', null)
  t.deepEqual(budi.roles, [{title: 'Menteri Sosial', affiliation: null}])
})

test('capitalised words followed by an organisation\'s word are part of its name, not a person (Dinas Tanaman Pangan …, Komunitas Ride for Change …)', (t) => {
  const graph = graphOf(t, 'BANDUNG, KOMPAS — Kepala Dinas Tanaman Pangan dan Hortikultura Jawa Barat Dadan Hidayat meninjau panen. Koordinator Komunitas Ride for Change Bandung Rudi Hartono ikut bersepeda.')
  t.deepEqual(personNames(graph).sort(), ['Dadan Hidayat', 'Rudi Hartono'])
})

test('a discourse word opening a sentence before a comma names no one (Alhasil, …; Terakhir, …), nor joins the name after it', (t) => {
  const graph = graphOf(t, 'BEKASI, KOMPAS — Warga menolak pindah ke posko. Alhasil, banyak warga memilih bertahan di lantai dua. Terakhir, petugas membagikan masker. Alhasil Dani Saputra memilih mengungsi ke rumah saudaranya.\n\n' +
    '"Air masuk sampai dapur," kata Dani.')
  t.deepEqual(personNames(graph), ['Dani Saputra'])
})

test('a sentence adverb opening a sentence is no part of the name after it (Praktis Bima …)', (t) => {
  const graph = graphOf(t, 'Wali Kota Bogor itu dirawat selama dua pekan. Praktis Bima tidak bisa bekerja. "Saya harus memaksa diri untuk makan," kata Bima.')
  t.deepEqual(personNames(graph), ['Bima'])
  t.is(entityById(graph, quoteWith(graph, 'memaksa diri')?.speaker ?? null)?.name, 'Bima', describeQuotes(graph))
})

speakerTest('capitalised words right after a resident noun name a place (warga Gedebage), and katanya skips them', [
  'Lestari (41), warga Gedebage, setiap pagi mengantar dua anaknya ke sekolah.',
  '"Kalau ada bus, saya tidak perlu lagi buru-buru," katanya.'
], [['Kalau ada bus', 'Lestari']], (t, graph) => {
  t.is(graph.entities.find((entity) => entity.name === 'Gedebage'), undefined)
})
