/**
 * Forms of Indonesian news writing that the outlets the engine was developed on rarely use and others use often
 * (issue 15, the held-out check's weak classes): a unit named between a role and its organisation, unnamed sources
 * described by a relative clause, bodies named for their members, verbs of belief, subheadings. Every example is
 * made up.
 */
import test from 'ava'
import {affiliationName, assertNoQuoteWith, assertQuote, entityById, graphOf, quotesWith, quoteWith} from './helpers/engine.ts'

// Bodies named for their members: the name runs to its end, its last word is no person.

test('a body named for its members speaks as one, its last word no person', (t) => {
  const text = 'Makassar - Ratusan mahasiswa berunjuk rasa di depan kampus. Aliansi Pelajar Pesisir Bergerak menyatakan akan kembali turun ke jalan pekan depan.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'akan kembali turun ke jalan pekan depan', cue: 'menyatakan', speaker: 'Aliansi Pelajar Pesisir Bergerak', speakerType: 'organization'})
  t.false(graph.entities.some((entity) => entity.type === 'person'), 'no one called Bergerak')
})

test('a member noun inside a body\'s name is no role, and its short name in brackets is an alias', (t) => {
  const text = 'Bogor - Serikat Petani Lereng Salak (SPLS) menilai harga pupuk terlalu tinggi bagi petani kecil.'
  const graph = graphOf(t, text)
  const quote = assertQuote(t, graph, text, {content: 'harga pupuk terlalu tinggi bagi petani kecil', speaker: 'Serikat Petani Lereng Salak', speakerType: 'organization'})
  t.deepEqual(entityById(graph, quote?.speaker ?? null)?.aliases, ['SPLS'])
})

test('a body named for its members whose end the text calls someone by ends before that person', (t) => {
  const text = 'Bogor - Forum Guru Honorer Sinta Maharani mengatakan gaji belum dibayar. "Sudah tiga bulan," kata Sinta.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'gaji belum dibayar', speaker: 'Sinta Maharani', speakerType: 'person'})
})

// Unnamed sources described by an indefinite description and a relative clause.

test('an indefinite description with a relative clause is an unnamed source, and later cues point back to it', (t) => {
  const text = 'Sleman - Jumlah pasien demam terus bertambah. Seorang perawat di rumah sakit itu yang enggan disebut namanya mengungkapkan bahwa ruang rawat inap sudah penuh sejak pekan lalu.\n\n"Kami kewalahan," ujarnya.\n\nPerawat itu menambahkan bahwa obat masih cukup.'
  const graph = graphOf(t, text)
  const first = assertQuote(t, graph, text, {content: 'ruang rawat inap sudah penuh sejak pekan lalu', cue: 'mengungkapkan', mention: 'Seorang perawat di rumah sakit itu yang enggan disebut namanya', speakerType: 'anonymous'})
  const source = first?.speaker ?? null
  t.truthy(source)
  t.is(quoteWith(graph, 'Kami kewalahan')?.speaker, source, '`ujarnya` is the nurse')
  t.is(quoteWith(graph, 'obat masih cukup')?.speaker, source, '`Perawat itu` is the nurse')
  t.deepEqual(entityById(graph, source)?.roles.map((role) => role.title), ['perawat'])
})

test('a relative clause asking for anonymity is no statement: the verb after it is', (t) => {
  const text = 'Morowali - Salah satu pekerja smelter yang meminta namanya tidak ditulis mengatakan gaji belum dibayar dua bulan.\n\n"Kami hanya diberi janji," katanya.'
  const graph = graphOf(t, text)
  const said = assertQuote(t, graph, text, {content: 'gaji belum dibayar dua bulan', cue: 'mengatakan', mention: 'Salah satu pekerja smelter yang meminta namanya tidak ditulis', speakerType: 'anonymous'})
  assertNoQuoteWith(t, graph, 'namanya tidak ditulis')
  t.is(quoteWith(graph, 'diberi janji')?.speaker, said?.speaker)
})

test('an unnamed source takes the body named in its description as its affiliation', (t) => {
  const text = 'Palu - Seorang pekerja PT Logam Sentosa Abadi yang meminta namanya tidak disebut mengatakan kolam pendingin sering meluap.'
  const graph = graphOf(t, text)
  const quote = assertQuote(t, graph, text, {content: 'kolam pendingin sering meluap', speakerType: 'anonymous'})
  const role = entityById(graph, quote?.speaker ?? null)?.roles[0]
  t.is(role?.title, 'pekerja')
  t.is(affiliationName(graph, role?.affiliation ?? null), 'PT Logam Sentosa Abadi')
})

test('a relative clause with a subject of its own reports what follows', (t) => {
  const text = 'Jakarta - Salah satunya adalah Menteri Hukum Arman Siregar yang menegaskan polisi tidak bisa melaporkan warga atas kritik.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'polisi tidak bisa melaporkan warga atas kritik', cue: 'menegaskan', speaker: 'Arman Siregar'})
})

// A unit named between a role and its organisation: part of the title.

/** The role of the speaker of the first statement holding `fragment`, as `title @ affiliation`. */
function roleAt(t: import('ava').ExecutionContext, text: string, fragment: string): string[] {
  const graph = graphOf(t, text)
  const speaker = entityById(graph, quoteWith(graph, fragment)?.speaker ?? null)
  return speaker?.roles.map((role) => `${role.title} @ ${affiliationName(graph, role.affiliation)}`) ?? []
}

test('a unit joined by `dan` between a role and a ministry stays in the title', (t) => {
  const text = 'Jakarta - Stok pupuk bersubsidi aman hingga akhir tahun. Direktur Pupuk dan Pestisida Kementerian Pertanian Bayu Wicaksono mengatakan penyaluran dipercepat.'
  t.deepEqual(roleAt(t, text, 'penyaluran dipercepat'), ['Direktur Pupuk dan Pestisida @ Kementerian Pertanian'])
  t.false(graphOf(t, text).entities.some((entity) => entity.name === 'Pupuk'), 'no one called Pupuk')
})

test('a unit opened by `Bidang` stays in the title, the university is the affiliation', (t) => {
  const text = 'Manado - Wakil Rektor Bidang Akademik dan Kemahasiswaan Universitas Teluk Biru Prof Ir Hendrik Lumi menyatakan kuliah tatap muka dimulai Senin.'
  t.deepEqual(roleAt(t, text, 'kuliah tatap muka'), ['Wakil Rektor Bidang Akademik dan Kemahasiswaan @ Universitas Teluk Biru'])
  t.false(graphOf(t, text).entities.some((entity) => entity.name === 'Akademik'), 'no one called Akademik')
})

test('a field opened by `Bidang` with no organisation after it ends the title', (t) => {
  const text = 'Jakarta - Menteri Koordinator Bidang Kelautan dan Perikanan Darmawan Saleh mengatakan ekspor ikan naik.'
  t.deepEqual(roleAt(t, text, 'ekspor ikan naik'), ['Menteri Koordinator Bidang Kelautan dan Perikanan @ null'])
  t.false(graphOf(t, text).entities.some((entity) => entity.name === 'Kelautan'), 'no one called Kelautan')
})

test('a unit before an acronym: the acronym is the affiliation', (t) => {
  const text = 'Jakarta - Kepala Pusat Data dan Informasi BNPB Yudha Pratama mengatakan hujan masih turun.'
  t.deepEqual(roleAt(t, text, 'hujan masih turun'), ['Kepala Pusat Data dan Informasi @ BNPB'])
})

test('two people joined by `dan` after one role stay two people', (t) => {
  const graph = graphOf(t, 'Jakarta - Menteri Rudi Hartono dan Ani Lestari datang ke Bogor. Rudi mengatakan bantuan sudah tiba.')
  t.truthy(graph.entities.find((entity) => entity.name === 'Rudi Hartono'))
  t.truthy(graph.entities.find((entity) => entity.name === 'Ani Lestari'))
})

test('a unit whose own short name follows in brackets is the organisation', (t) => {
  const text = 'Kendari - Ketua Pusat Kajian dan Advokasi Lingkungan (Puskal) Sultra Rahman Saleh mengatakan tambang mencemari sungai.'
  t.deepEqual(roleAt(t, text, 'tambang mencemari'), ['Ketua @ Pusat Kajian dan Advokasi Lingkungan (Puskal) Sultra'])
})

test('a body named for its members after a role is the affiliation', (t) => {
  const text = 'Bogor - Ketua Kelompok Tani Sumber Makmur Sutrisno Adi mengatakan panen gagal.'
  t.deepEqual(roleAt(t, text, 'panen gagal'), ['Ketua @ Kelompok Tani Sumber Makmur'])
})

// Subheadings: no statements, no one to point back to.

test('a numbered subheading is no statement, and the person it names is no antecedent', (t) => {
  const text = 'Makassar - Ratusan mahasiswa berunjuk rasa di depan kampus, Senin.\n\n1. Mahasiswa menuntut biaya kuliah turun\n\nKetua BEM Andi Saputra mengatakan kenaikan itu memberatkan. "Kami menolak," katanya.\n\n2. Rektor Hasan Basri sebut kampus akan meninjau\n\n"Kami akan mendengar semua pihak," ujarnya.'
  const graph = graphOf(t, text)
  assertNoQuoteWith(t, graph, 'biaya kuliah turun')
  assertNoQuoteWith(t, graph, 'kampus akan meninjau')
  t.is(entityById(graph, quoteWith(graph, 'mendengar semua pihak')?.speaker ?? null)?.name, 'Andi Saputra')
  t.false(graph.entities.some((entity) => entity.name === 'Hasan Basri' || entity.name === 'Mahasiswa'))
})

test('a bold subheading without a number is no sentence either', (t) => {
  const text = 'Bandung - Banjir merendam tiga kecamatan.\n\nWarga Desak Pemkot Perbaiki Drainase\n\nKetua RW 05 Slamet Riyadi mengatakan air naik sejak subuh.'
  const graph = graphOf(t, text)
  assertNoQuoteWith(t, graph, 'Perbaiki Drainase')
  assertQuote(t, graph, text, {content: 'air naik sejak subuh', speaker: 'Slamet Riyadi'})
})

test('names listed one a line are people, not subheadings', (t) => {
  const text = 'Jakarta - Presiden melantik para menteri baru.\n\nBerikut daftarnya:\n1. Menteri Sosial Ratna Dewi Lestari\n2. Menteri Desa Arman Siregar\n\nRatna mengatakan bantuan segera disalurkan.'
  const graph = graphOf(t, text)
  t.truthy(graph.entities.find((entity) => entity.name === 'Arman Siregar'))
  assertQuote(t, graph, text, {content: 'bantuan segera disalurkan', speaker: 'Ratna Dewi Lestari'})
})

test('members belonging to a body speak as the body', (t) => {
  const text = 'Makassar - Massa yang tergabung dalam Aliansi Pelajar Pesisir Bergerak menilai kenaikan itu diputuskan sepihak. Sementara itu, ratusan buruh yang bergabung di Serikat Pekerja Logam (SPL) menuntut upah naik.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'kenaikan itu diputuskan sepihak', mention: 'Massa yang tergabung dalam Aliansi Pelajar Pesisir Bergerak', speaker: 'Aliansi Pelajar Pesisir Bergerak', speakerType: 'organization'})
  assertQuote(t, graph, text, {content: 'upah naik', speaker: 'Serikat Pekerja Logam', speakerType: 'organization'})
})

// Belief and estimation are no statements; the believer stays the one a later cue points back to.

test('a group\'s belief between a speaker and `pesannya` takes nothing from the speaker', (t) => {
  const text = 'Sleman - Dokter anak RSUD Mawar, dr Rina Kartika, mengatakan pasien bertambah.\n\nRina mengingatkan gejala sering muncul malam hari. Banyak orang tua mengira anaknya hanya masuk angin.\n\n"Segera bawa ke puskesmas bila demam tidak turun," pesannya.'
  const graph = graphOf(t, text)
  assertNoQuoteWith(t, graph, 'masuk angin')
  assertQuote(t, graph, text, {content: 'Segera bawa ke puskesmas bila demam tidak turun', cue: 'pesannya', speaker: 'Rina Kartika'})
})

test('`yakin`, `menduga` and `memperkirakan` report no statement, and `katanya` after them is the believer', (t) => {
  const text = 'Bogor - Ketua koperasi Budi Hartono mengatakan stok beras aman.\n\nPeneliti tanah Universitas Pakuan, Sinta Dewi, menduga pupuk yang dipakai sudah kedaluwarsa.\n\n"Cirinya terlihat di daun," ucapnya.\n\nSeorang pedagang memperkirakan harga naik bulan depan. Pedagang itu yakin pasokan tertahan.\n\n"Truk belum datang sejak Senin," katanya.'
  const graph = graphOf(t, text)
  assertNoQuoteWith(t, graph, 'sudah kedaluwarsa')
  assertNoQuoteWith(t, graph, 'harga naik bulan depan')
  assertNoQuoteWith(t, graph, 'pasokan tertahan')
  assertQuote(t, graph, text, {content: 'Cirinya terlihat di daun', speaker: 'Sinta Dewi'})
  assertQuote(t, graph, text, {content: 'Truk belum datang sejak Senin', speakerType: 'anonymous'})
})

test('after a unit\'s `dan` the trained reader says where the name starts', (t) => {
  const text = 'Jakarta - Deputi Bidang Ketersediaan dan Distribusi Pangan Bapanas Budi Santoso mengatakan stok beras aman. "Kami siap," katanya.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'stok beras aman', mention: 'Budi Santoso', speaker: 'Budi Santoso'})
  t.is(entityById(graph, quoteWith(graph, 'Kami siap')?.speaker ?? null)?.name, 'Budi Santoso')
})

// An organisation as the subject, with its capacity or an adjunct between it and its cue.

const subjectsWithCapacity: Array<[about: string, text: string, content: string, cue: string, speaker: string, type: 'organization' | 'person']> = [
  ['an organisation with its capacity (selaku …) and an adjunct (dalam keterangan tertulisnya) before the cue',
    'Bogor - PT Mitra Pasar Lestari selaku pengelola terminal dalam keterangan tertulisnya menyatakan akan membuka loket sementara.',
    'akan membuka loket sementara', 'menyatakan', 'PT Mitra Pasar Lestari', 'organization'],
  ['an organisation with its capacity after sebagai',
    'Jakarta - PT Roda Cepat Nusantara sebagai salah satu perusahaan angkutan menyebut tarif baru diperlukan untuk perawatan armada.',
    'tarif baru diperlukan untuk perawatan armada', 'menyebut', 'PT Roda Cepat Nusantara', 'organization'],
  ['a person with a capacity after selaku, in their own name',
    'Depok - Budi Santoso selaku ketua panitia mengatakan acara ditunda sepekan.', 'acara ditunda sepekan', 'mengatakan', 'Budi Santoso', 'person']
]

for (const [about, text, content, cue, speaker, speakerType] of subjectsWithCapacity) {
  test(`${about} speaks`, (t) => {
    assertQuote(t, graphOf(t, text), text, {content, cue, speaker, speakerType})
  })
}

test('an organisation with its short name in brackets and an adjunct before the cue speaks as the organisation', (t) => {
  const text = 'Jakarta - Otoritas Pengawas Koperasi Nasional (OPKN) dalam keterangan resminya menyatakan telah menerima laporan itu.'
  const graph = graphOf(t, text)
  const quote = assertQuote(t, graph, text, {content: 'telah menerima laporan itu', cue: 'menyatakan', speaker: 'Otoritas Pengawas Koperasi Nasional', speakerType: 'organization'})
  t.deepEqual(entityById(graph, quote?.speaker ?? null)?.aliases, ['OPKN'])
})

test('two adjuncts between an organisation and its cue; the one naming who heard it gives the addressee', (t) => {
  const text = 'Kementerian Luar Negeri Kanada dalam pernyataan tertulis kepada VOA Indonesia menyatakan bahwa setiap berkas diperiksa satu per satu.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'setiap berkas diperiksa satu per satu', cue: 'menyatakan', speaker: 'Kementerian Luar Negeri Kanada', speakerType: 'organization', addressee: 'VOA Indonesia', addresseeType: 'outlet'})
})

// A quote inside a quote in straight apostrophes, by someone the speaker names by whose they are.

test('a quote inside a quote in straight apostrophes after Petugasnya bilang is the officer\'s, an unnamed source', (t) => {
  const text = 'Surabaya - Warni Astuti, 58, penghuni blok D, mengaku baru tahu soal tunggakan itu.\n\n"Petugasnya bilang, \'Kalau belum lunas, listriknya diputus.\' Saya bingung harus bagaimana," tuturnya.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Kalau belum lunas, listriknya diputus', kind: 'direct', cue: 'bilang', mention: 'Petugasnya', speakerType: 'anonymous'})
  assertQuote(t, graph, text, {content: 'Petugasnya bilang, \'Kalau belum lunas, listriknya diputus.\' Saya bingung harus bagaimana', cue: 'tuturnya', speaker: 'Warni Astuti'})
})

test('a quote inside a quote after a noun and a personal pronoun and an adverb (Anak kami tanya terus, \'…?\') is theirs', (t) => {
  const text = 'Boston - Rina Sari menunggu suaminya sejak Mei.\n\n"Anak kami tanya terus, \'Ayah kapan pulang?\' Saya cuma bisa diam," katanya.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Ayah kapan pulang?', cue: 'tanya', mention: 'Anak kami', speakerType: 'anonymous'})
})

test('a pronoun with the possessive suffix is no description: Pihaknya bilang stays the pronoun\'s reading', (t) => {
  const text = '"Pihaknya bilang, \'Tunggu saja,\' lalu pergi," kata Budi Santoso.'
  const graph = graphOf(t, text)
  t.is(quotesWith(graph, 'Tunggu saja').find((quote) => quote.content.text === 'Tunggu saja')?.rule, 'quote-in-quote/unresolved', 'read as the pronoun it is, not as someone unnamed')
})

// The management or board of a company speaks as the company.

test('Manajemen <company> speaks as the company, named by the full form the text defines its short name with', (t) => {
  const text = 'Jakarta - PT Kebun Raya Sentosa Tbk (KRSA) menyiapkan dana Rp200 miliar. Manajemen KRSA dalam keterbukaan informasi, Senin (3/3), menyampaikan bahwa pembelian kembali dilakukan bertahap.'
  const graph = graphOf(t, text)
  const quote = assertQuote(t, graph, text, {content: 'pembelian kembali dilakukan bertahap', cue: 'menyampaikan', speaker: 'PT Kebun Raya Sentosa Tbk', speakerType: 'organization'})
  t.true(entityById(graph, quote?.speaker ?? null)?.aliases.includes('KRSA'))
  t.false(graph.entities.some((entity) => entity.type === 'person'), 'no one called Manajemen')
})

test('Direksi <company> speaks as the company', (t) => {
  const text = 'Jakarta - Direksi PT Sinar Laut Abadi menyatakan tidak ada pemutusan hubungan kerja.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'tidak ada pemutusan hubungan kerja', cue: 'menyatakan', speaker: 'PT Sinar Laut Abadi', speakerType: 'organization'})
})

// English job titles before and after a name: the title, then the body it works for.

const englishTitles: Array<[text: string, name: string, title: string, affiliation: string]> = [
  ['Research Analyst Bintang Sekuritas Indonesia Rara Wulandari menilai harga saham itu sudah murah.', 'Rara Wulandari', 'Research Analyst', 'Bintang Sekuritas Indonesia'],
  ['Head of Corporate Communication PT Antar Cepat Sentosa, Melati Kusuma, membantah kabar itu.', 'Melati Kusuma', 'Head of Corporate Communication', 'PT Antar Cepat Sentosa'],
  ['Managing Director PT Sinar Pagi Abadi Bayu Pratama mengatakan laba naik tipis.', 'Bayu Pratama', 'Managing Director', 'PT Sinar Pagi Abadi'],
  ['Chief Executive Officer Tokomurah Dimas Anggara menyebut transaksi naik dua kali lipat.', 'Dimas Anggara', 'Chief Executive Officer', 'Tokomurah'],
  ['Bayu Pratama, Managing Director PT Samudra Jaya Abadi, mengatakan laba naik tipis.', 'Bayu Pratama', 'Managing Director', 'PT Samudra Jaya Abadi']
]

for (const [text, name, title, affiliation] of englishTitles) {
  test(`an English title: ${text.slice(0, 60)}…`, (t) => {
    const graph = graphOf(t, text)
    const person = graph.entities.find((entity) => entity.name === name)
    t.truthy(person, `${name} is a person`)
    const role = person?.roles.find((candidate) => candidate.title === title)
    t.truthy(role, `${JSON.stringify(person?.roles)} holds ${title}`)
    t.is(affiliationName(graph, role?.affiliation ?? null), affiliation)
  })
}

// A role and a unit of several words (fields joined by `serta`, listed with commas, a directorate's long name, `Fungsi`),
// then the organisation, then the name.

const unitRoles: Array<[text: string, name: string, title: string, affiliation: string]> = [
  ['Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman serta Pertanahan Kota Malang Arif Nugroho menyebut 40 unit kosong.',
    'Arif Nugroho', 'Kepala', 'Dinas Perumahan Rakyat dan Kawasan Permukiman serta Pertanahan Kota Malang'],
  ['Direktur Industri Kimia, Farmasi, dan Tekstil Kementerian Perindustrian Rina Kusumawati menyatakan skema baru disiapkan.',
    'Rina Kusumawati', 'Direktur Industri Kimia, Farmasi, dan Tekstil', 'Kementerian Perindustrian'],
  ['Direktur Bina Penempatan Tenaga Kerja Kemnaker, Yudi Pratama, mengatakan aturan itu selesai tahun depan.',
    'Yudi Pratama', 'Direktur Bina Penempatan Tenaga Kerja', 'Kementerian Ketenagakerjaan'],
  ['Pelaksana Fungsi Politik KBRI Canberra, Dewi Anggraini, mengatakan pihaknya menerima laporan itu.',
    'Dewi Anggraini', 'Pelaksana Fungsi Politik', 'KBRI Canberra']
]

for (const [text, name, title, affiliation] of unitRoles) {
  test(`a role and a unit of several words: ${text.slice(0, 60)}…`, (t) => {
    const graph = graphOf(t, text)
    const person = graph.entities.find((entity) => entity.name === name)
    t.deepEqual(person?.roles.map((role) => [role.title, affiliationName(graph, role.affiliation)]), [[title, affiliation]])
    t.deepEqual(graph.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name), [name], 'no word of the unit is a person')
  })
}

test('a role before the short name a text defines for an organisation: Ketua IPKN is a Ketua of the organisation', (t) => {
  const text = 'Ikatan Petani Kopi Nusantara (IPKN) mencatat panen turun. Ketua IPKN, Rudi Hartono, berharap harga pupuk turun.'
  const graph = graphOf(t, text)
  const person = graph.entities.find((entity) => entity.name === 'Rudi Hartono')
  t.deepEqual(person?.roles.map((role) => [role.title, affiliationName(graph, role.affiliation)]), [['Ketua', 'Ikatan Petani Kopi Nusantara']])
})

test('officials listed with serta each keep their own role', (t) => {
  const text = 'Menteri Sosial Ratna Dewi serta Menteri Keuangan Arif Budiman mengatakan bantuan cair pekan depan.'
  const graph = graphOf(t, text)
  t.deepEqual(graph.entities.find((entity) => entity.name === 'Arif Budiman')?.roles.map((role) => role.title), ['Menteri Keuangan'])
})

// People named by their occupation alone, opening the sentence, with where they work: an unnamed group.

test('an occupation opening the sentence with a place after it speaks as an unnamed group', (t) => {
  const text = 'Jakarta - Pengemudi ojek di sejumlah kota besar mengaku pendapatan turun sejak Oktober.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'pendapatan turun sejak Oktober', cue: 'mengaku', mention: 'Pengemudi ojek di sejumlah kota besar', speakerType: 'anonymous'})
})

test('an occupation followed by a verb or an adverb is no description of the speaker', (t) => {
  const text = 'Jakarta - Warga terdampak banjir diminta menyampaikan bahwa rumah mereka rusak.'
  const graph = graphOf(t, text)
  t.false(graph.quotes.some((quote) => quote.speakerMention?.text.startsWith('Warga terdampak') ?? false), 'no speaker "Warga terdampak banjir diminta"')
})

test('who heard a quote, named after an adjunct of how it was said (dalam keterangan tertulis kepada Tirto)', (t) => {
  const text = '"Target itu hanya acuan insentif," kata Melati Kusuma dalam keterangan tertulis kepada Tirto, Jumat (14/11/2025).'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Target itu hanya acuan insentif', cue: 'kata', speaker: 'Melati Kusuma', addressee: 'Tirto', addresseeType: 'outlet'})
})

// A person introduced at the end of a sentence with an occupation, then described: the description is that person.

test('a full name introduced with an occupation closing its sentence is a person the next description points back to', (t) => {
  const text = 'Boston - Dimas Putra, mahasiswa doktoral di Ohio, mengatakan wawancaranya ditunda.\n\n"Proyek saya bisa berantakan," ujarnya.\n\nKisah serupa datang dari Rina Oktaviani, mahasiswi magister di Boston. Ibu satu anak itu menuturkan, suaminya sudah menunggu empat bulan.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'suaminya sudah menunggu empat bulan', cue: 'menuturkan', speaker: 'Rina Oktaviani', mention: 'Ibu satu anak itu'})
})

test('the clause after Menurut X, opening with an occupation, is no description of X', (t) => {
  const text = 'Menurut Ketua Umum Asosiasi Petani Tebu Indonesia Budi Santoso, petani rugi jika harga mengacu harga acuan.'
  const graph = graphOf(t, text)
  t.false(graph.entities.find((entity) => entity.name === 'Budi Santoso')?.roles.some((role) => role.title.startsWith('petani')) ?? true)
})

test('a quantifier and its noun before an interjected cue are the subject of the clause, not a connective', (t) => {
  const text = 'Banyak bank kecil, kata dia, kesulitan mencetak laba tahun ini.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'Banyak bank kecil, kata dia, kesulitan mencetak laba tahun ini', cue: 'kata'})
})

test('a ministry\'s short name as the affiliation is the ministry, named in full', (t) => {
  const text = 'Direktur Bina Penempatan Tenaga Kerja Kemnaker, Yudi Pratama, mengatakan aturan itu selesai tahun depan.'
  const graph = graphOf(t, text)
  const ministry = graph.entities.find((entity) => entity.name === 'Kementerian Ketenagakerjaan')
  t.deepEqual(ministry?.aliases, ['Kemnaker'])
  t.is(graph.entities.find((entity) => entity.name === 'Yudi Pratama')?.roles[0]?.affiliation, ministry?.id)
})

test('an acronym and the place it serves as an affiliation is an organisation; an abbreviated region is not', (t) => {
  const office = graphOf(t, 'Surabaya - Kepala BPBD Kabupaten Gresik Herman Wijaya mengatakan tanggul itu jebol.')
  const affiliation = office.entities.find((entity) => entity.name === 'Herman Wijaya')?.roles[0]?.affiliation ?? null
  t.is(entityById(office, affiliation)?.name, 'BPBD Kabupaten Gresik')
  const region = graphOf(t, 'Gubernur DKI Jakarta Arman Siregar mengatakan banjir surut.')
  t.false(region.entities.some((entity) => entity.name === 'DKI Jakarta'))
})

test('a capacity noun given to an organisation (selaku pengelola …), opening a later sentence alone, is that organisation', (t) => {
  const text = 'Bogor - PT Mitra Pasar Lestari selaku pengelola terminal menyatakan akan membuka loket sementara.\n\nPengelola juga berjanji membebaskan biaya sewa selama dua bulan.'
  const graph = graphOf(t, text)
  assertQuote(t, graph, text, {content: 'membebaskan biaya sewa selama dua bulan', cue: 'berjanji', speaker: 'PT Mitra Pasar Lestari', speakerType: 'organization', mention: 'Pengelola'})
})
