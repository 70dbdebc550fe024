/**
 * Every rule on drafts we wrote: invalid ones give the rule, line, column and
 * message; valid ones give nothing. Graph-based rules get hand-built graphs
 * (test/fixtures/lint/graph.ts) so they test the rule, not the engine.
 */
import test from 'ava'
import type {Graph} from '../src/contract/graph.ts'
import {lint, type LintFileOptions} from '../src/lint/core.ts'
import {graph} from './fixtures/lint/graph.ts'

async function found(text: string, ruleId: string, options: LintFileOptions & {graph?: Graph} = {}): Promise<string[]> {
  const {graph: fixed, ...rest} = options
  const file = await lint(text, {...rest, extract: fixed ? () => fixed : rest.extract})
  return file.messages.filter((message) => message.ruleId === ruleId).map((message) => `${message.line}:${message.column} ${message.reason}`)
}

const none: Graph = graph('', {})

// unattributed-quote

test('unattributed-quote: a quote with no cue and no speaker', async (t) => {
  const text = 'Harga beras naik lagi pekan ini.\n"Kami tidak bisa menahan harga lebih lama lagi."\n'
  t.deepEqual(await found(text, 'unattributed-quote'), [
    '2:1 Quote has no speaker a reader could identify: add a cue and a name (`"…," kata …`)'
  ])
})

test('unattributed-quote: cue after, cue before, continuation and quoted terms are fine', async (t) => {
  const text = [
    '"Kami tidak bisa menahan harga," kata Ketua Asosiasi Pedagang Beras Budi Santoso. "Kami juga rugi besar tahun ini."',
    'Budi Santoso mengatakan, "Stok di gudang masih cukup sampai bulan depan."',
    'Program "Beras Murah" diluncurkan di pasar itu.',
    'Webinar bertopik "Strategi dan peluang pemulihan ekonomi daerah" digelar Rabu.',
    'Makalahnya, "Kapabilitas Kompi Zeni dalam Menghadapi Ancaman Bencana", terbit 2019.',
    'Pasal itu berbunyi, "Barang siapa di muka umum menghasut supaya melakukan perbuatan pidana dihukum."',
    '"Pak, permisi, saya petugas sensus," panggil petugas itu.',
    '"Kami akan menambah armada pekan depan," Direktur Utama PT Transjakarta Budi Santoso.'
  ].join('\n')
  t.deepEqual(await found(text, 'unattributed-quote'), [])
})

test('unattributed-quote: a speaker in the graph without a cue is not enough; with a cue it is', async (t) => {
  const text = 'Budi Santoso hadir di pasar itu.\n"Kami tidak bisa menahan harga lebih lama lagi."'
  const sketch = {
    entities: [{id: 'b', name: 'Budi Santoso', mentions: ['Budi Santoso']}],
    quotes: [{content: 'Kami tidak bisa menahan harga lebih lama lagi', speaker: 'b'}]
  }
  t.deepEqual(await found(text, 'unattributed-quote', {graph: graph(text, sketch)}), [
    '2:1 Quote has no speaker a reader could identify: add a cue and a name (`"…," kata …`)'
  ])
  const withCue = graph(text, {...sketch, quotes: [{...sketch.quotes[0], cue: 'hadir'}]})
  t.deepEqual(await found(text, 'unattributed-quote', {graph: withCue}), [])
})

// ambiguous-speaker

test('ambiguous-speaker: `lanjut dia` with no earlier speaker', async (t) => {
  const text = '"Kami akan terus memantau situasi," lanjut dia.\nHarga beras naik.'
  t.deepEqual(await found(text, 'ambiguous-speaker', {graph: none}), [
    '1:37 `lanjut dia` has no earlier speaker: name the speaker before using a pronoun'
  ])
})

test('ambiguous-speaker: `ujarnya` right after two people spoke', async (t) => {
  const text =
    'Sri Mulyani dan Perry Warjiyo bertemu di Jakarta. Perry Warjiyo mengatakan suku bunga tetap, sedangkan Sri Mulyani menyebut inflasi terkendali. "Kami akan bekerja sama," ujarnya.'
  const g = graph(text, {
    entities: [
      {id: 's', name: 'Sri Mulyani', mentions: ['Sri Mulyani', 'Sri Mulyani#2']},
      {id: 'p', name: 'Perry Warjiyo', mentions: ['Perry Warjiyo', 'Perry Warjiyo#2']}
    ],
    quotes: [
      {kind: 'indirect', content: 'suku bunga tetap', cue: 'mengatakan', speaker: 'p', mention: 'Perry Warjiyo#2'},
      {kind: 'indirect', content: 'inflasi terkendali', cue: 'menyebut', speaker: 's', mention: 'Sri Mulyani#2'},
      {content: 'Kami akan bekerja sama', cue: 'ujarnya', speaker: 's'}
    ]
  })
  t.deepEqual(await found(text, 'ambiguous-speaker', {graph: g}), [
    '1:171 `ujarnya` could be Sri Mulyani or Perry Warjiyo: name the speaker'
  ])
  t.deepEqual(await found(text, 'ambiguous-speaker', {graph: g, rules: {'ambiguous-speaker': ['error', {twoCandidates: false}]}}), [])
})

test('ambiguous-speaker: a person named as an object is no candidate', async (t) => {
  const text =
    '"Saya menyesal," kata Wasmad di sidang pekan lalu.\nGubernur Ganjar Pranowo menyebut kasus yang menjerat Wasmad bisa menjadi peringatan. Ia juga berharap kasus serupa tidak terulang.'
  const g = graph(text, {
    entities: [
      {id: 'g', name: 'Ganjar Pranowo', mentions: ['Ganjar Pranowo']},
      {id: 'w', name: 'Wasmad Edi Susilo', mentions: ['Wasmad', 'Wasmad#2']}
    ],
    quotes: [
      {kind: 'indirect', content: 'kasus yang menjerat Wasmad bisa menjadi peringatan', cue: 'menyebut', speaker: 'g', mention: 'Ganjar Pranowo'},
      {kind: 'indirect', content: 'kasus serupa tidak terulang', cue: 'berharap', speaker: 'g', mention: 'Ia'},
      {content: 'Saya menyesal', cue: 'kata', speaker: 'w', mention: 'Wasmad'}
    ]
  })
  t.deepEqual(await found(text, 'ambiguous-speaker', {graph: g}), [])
})

test('ambiguous-speaker: a pronoun after one named speaker is fine', async (t) => {
  const text = 'Juru bicara Polri Ahmad Ramadhan mengatakan penyelidikan berlanjut. "Kami akan terus memantau situasi," lanjut dia.'
  const g = graph(text, {
    entities: [{id: 'a', name: 'Ahmad Ramadhan', mentions: ['Ahmad Ramadhan', 'dia']}],
    quotes: [
      {kind: 'indirect', content: 'penyelidikan berlanjut', cue: 'mengatakan', speaker: 'a', mention: 'Ahmad Ramadhan'},
      {content: 'Kami akan terus memantau situasi', cue: 'lanjut', speaker: 'a', mention: 'dia'}
    ]
  })
  t.deepEqual(await found(text, 'ambiguous-speaker', {graph: g}), [])
})

// first-reference

test('first-reference: surname first, full name later', async (t) => {
  const text = '"Harga naik," kata Santoso. Ketua asosiasi pedagang beras, Budi Santoso, menambahkan bahwa stok cukup.'
  const g = graph(text, {
    entities: [{id: 'b', name: 'Budi Santoso', mentions: ['Santoso', 'Budi Santoso'], roles: [{title: 'Ketua', affiliation: null}]}],
    quotes: [{content: 'Harga naik', cue: 'kata', speaker: 'b', mention: 'Santoso'}]
  })
  t.deepEqual(await found(text, 'first-reference', {graph: g}), [
    '1:20 First mention of Budi Santoso is `Santoso`: give the full name at the first mention, shorten later'
  ])
})

test('first-reference: full name first, surname later; role required only when asked', async (t) => {
  const text = 'Ketua asosiasi pedagang beras, Budi Santoso, mengatakan stok cukup. "Harga naik," kata Santoso. "Kami siap," kata Andi Wijaya.'
  const g = graph(text, {
    entities: [
      {id: 'b', name: 'Budi Santoso', mentions: ['Budi Santoso', 'Santoso#2'], roles: [{title: 'Ketua', affiliation: null}]},
      {id: 'a', name: 'Andi Wijaya', mentions: ['Andi Wijaya']}
    ],
    quotes: [
      {content: 'Harga naik', cue: 'kata', speaker: 'b', mention: 'Santoso#2'},
      {content: 'Kami siap', cue: 'kata#2', speaker: 'a', mention: 'Andi Wijaya'}
    ]
  })
  t.deepEqual(await found(text, 'first-reference', {graph: g}), [])
  t.deepEqual(await found(text, 'first-reference', {graph: g, rules: {'first-reference': {requireRole: true}}}), [
    '1:115 Andi Wijaya is quoted without a role: say who they are at the first mention'
  ])
})

test('first-reference: a quoted person named by one word only and never described is reported by default (in the locale asked)', async (t) => {
  const text = 'Harga gabah di Ngawen turun sejak pekan lalu. "Kami rugi besar musim ini," kata Hartono. "Pupuk juga makin mahal," ujar Hartono.'
  const g = graph(text, {
    entities: [{id: 'h', name: 'Hartono', mentions: ['Hartono', 'Hartono#2']}],
    quotes: [
      {content: 'Kami rugi besar musim ini', cue: 'kata', speaker: 'h', mention: 'Hartono'},
      {content: 'Pupuk juga makin mahal', cue: 'ujar', speaker: 'h', mention: 'Hartono#2'}
    ]
  })
  t.deepEqual(await found(text, 'first-reference', {graph: g, locale: 'en', rules: {'first-reference': {mononyms: true}}}), [
    '1:81 Hartono is quoted by one name only and never described: give a role or a fuller description at the first mention'
  ])
  t.deepEqual(await found(text, 'first-reference', {graph: g, locale: 'id', rules: {'first-reference': {mononyms: true}}}), [
    '1:81 Hartono dikutip hanya dengan satu nama dan tak pernah dijelaskan siapa dia: tambahkan jabatan, peran, atau keterangan lain pada penyebutan pertama'
  ])
  t.deepEqual(
    await found(text, 'first-reference', {graph: g, locale: 'en'}),
    ['1:81 Hartono is quoted by one name only and never described: give a role or a fuller description at the first mention'],
    'on by default'
  )
  t.deepEqual(await found(text, 'first-reference', {graph: g, locale: 'en', rules: {'first-reference': {mononyms: false}}}), [], 'off when asked')
})

test('first-reference: a mononym is fine with a role, a fuller name or a description at a mention', async (t) => {
  const quoted = (lead: string, after: string): {text: string; g: Graph} => {
    const text = `${lead}"Kami rugi besar musim ini," kata Hartono${after}. "Pupuk juga makin mahal," ujar Hartono.`
    return {
      text,
      g: graph(text, {
        entities: [{id: 'h', name: 'Hartono', mentions: ['Hartono', 'Hartono#2']}],
        quotes: [
          {content: 'Kami rugi besar musim ini', cue: 'kata', speaker: 'h', mention: 'Hartono'},
          {content: 'Pupuk juga makin mahal', cue: 'ujar', speaker: 'h', mention: 'Hartono#2'}
        ]
      })
    }
  }
  const described: Array<[string, string]> = [
    ['', ', petani di Desa Sukamaju'],
    ['', ' (52)'],
    ['', ' yang sudah 20 tahun menanam padi'],
    ['', ' dari Kelompok Tani Makmur'],
    ['', ', Ketua Kelompok Tani Makmur'],
    ['Ketua kelompok tani di desa itu, Hartono, mengeluhkan harga. ', ''],
    ['Petani padi Hartono mengeluhkan harga. ', ''],
    ['Seorang petani bernama Hartono mengeluhkan harga. ', ''],
    ['Ketua RT 05 Hartono mengeluhkan harga. ', ''],
    ['', '. Budi Hartono sudah lama bertani'],
    // A title of learning or profession says who he is; a longer name he is a short form of introduces him.
    ['Pemeriksaan dipimpin dr Hartono. ', ''],
    ['Tim peneliti diketuai Hartonowidjojo Surya. ', ''],
    // An age after a comma, a role clause, a description before `Pak`, a nickname inside the full name, a parenthesis before the comma.
    ['', ', 52 tahun'],
    ['', ' selaku Ketua Kelompok Tani Makmur'],
    ['Panitia mengundang petani Ngawen, Pak Hartono, sebagai narasumber. ', ''],
    ["Ketua kelompok tani Suryo 'Hartono' Wibowo datang. ", ''],
    ['Kepala Kantor Pertanian Ngawen (Kantan Ngawen), Hartono mengeluh. ', '']
  ]
  for (const [lead, after] of described) {
    const {text, g} = quoted(lead, after)
    t.deepEqual(await found(text, 'first-reference', {graph: g, locale: 'en', rules: {'first-reference': {mononyms: true}}}), [], text)
  }
  // A role in the graph is enough.
  const {text, g} = quoted('', '')
  g.entities[0]!.roles.push({title: 'Ketua', affiliation: 'Kelompok Tani Makmur'} as never)
  t.deepEqual(await found(text, 'first-reference', {graph: g, locale: 'en', rules: {'first-reference': {mononyms: true}}}), [])
  // `Pak` only addresses him: still undescribed.
  const addressed = quoted('Pak Hartono mengeluh soal harga. ', '')
  t.is((await found(addressed.text, 'first-reference', {graph: addressed.g, locale: 'en'})).length, 1)
  // A misspelling of someone introduced in full is inconsistent-name's business, not an undescribed mononym.
  const misspelt = quoted('Ketua kelompok tani, Hartomo Wiryo, datang. ', '')
  misspelt.g.entities.push({...misspelt.g.entities[0]!, id: 'hw', name: 'Hartomo Wiryo', mentions: []})
  t.deepEqual(await found(misspelt.text, 'first-reference', {graph: misspelt.g, locale: 'en'}), [])
  // A handle (`@Hartono`) or a word capitalised only where a sentence starts is no person's name.
  const handle = quoted('Unggahan akun @Hartono ramai. ', '')
  t.deepEqual(await found(handle.text, 'first-reference', {graph: handle.g, locale: 'en', rules: {'first-reference': {mononyms: true}}}), [])
})

// inconsistent-name

test('inconsistent-name: Jeon Ha-kyou / Jeon Ha-kyu, Kim Jong Un / Kim Jong-un', async (t) => {
  const text =
    'Juru bicara Jeon Ha-kyou mengatakan Kim Jong Un tiba. "Kami memantau," kata Jeon Ha-kyu.\nKunjungan Kim Jong-un berlanjut.'
  t.deepEqual(await found(text, 'inconsistent-name', {graph: none}), [
    '1:77 `Jeon Ha-kyu` is spelled `Jeon Ha-kyou` earlier in the text: use one spelling',
    '2:11 `Kim Jong-un` is spelled `Kim Jong Un` earlier in the text: use one spelling'
  ])
  t.deepEqual(await found(text, 'inconsistent-name', {graph: none, rules: {'inconsistent-name': {allow: [['Kim Jong Un', 'Kim Jong-un']]}}}), [
    '1:77 `Jeon Ha-kyu` is spelled `Jeon Ha-kyou` earlier in the text: use one spelling'
  ])
})

test('inconsistent-name, non-neutral-cue: words inside a quotation are the speaker\'s and are left alone', async (t) => {
  const text = 'Kim Jong Un tiba di Rusia. "Diskusi berlanjut selama kunjungan Kim Jong-un, dan mereka mengklaim semuanya lancar," kata Watson.'
  t.deepEqual(await found(text, 'inconsistent-name', {graph: none}), [])
  t.deepEqual(await found(text, 'non-neutral-cue', {graph: none}), [])
})

test('inconsistent-name: different people and short forms are fine', async (t) => {
  const text = 'Presiden Joko Widodo dan Menteri Budi Karya hadir. Jokowi meminta Budi Gunadi bersiap. Jawa Barat dan Jawa Timur siaga.'
  t.deepEqual(await found(text, 'inconsistent-name', {graph: none}), [])
})

// unbalanced-quote

test('unbalanced-quote: opened never closed, closed never opened', async (t) => {
  const text = '"Kami tidak tahu, kata Budi Santoso.\nKami tidak tahu," kata Budi Santoso.'
  t.deepEqual(await found(text, 'unbalanced-quote'), [
    '1:1 Opening quote mark `"` is never closed in its paragraph',
    '2:17 Closing quote mark `"` has no opening mark before it in its paragraph'
  ])
})

test('unbalanced-quote: a quote running over paragraphs, Kompas ” marks and glued text are fine', async (t) => {
  const text = [
    '"Paragraf pertama kutipan panjang.',
    '"Paragraf kedua," kata Budi Santoso.',
    '”Kami tidak tahu,” kata Budi.”Itu benar,” lanjutnya.',
    'Senjata."Mengingat ada banyak personel," kata Jeon.'
  ].join('\n')
  t.deepEqual(await found(text, 'unbalanced-quote'), [])
})

// quote-punctuation

test('quote-punctuation: the EYD cases, with certain fixes', async (t) => {
  const text = [
    '"Kami tidak tahu", kata Budi.',
    '"Kami tidak tahu." kata Budi.',
    '"Kami tidak tahu" kata Budi.',
    '"Kenapa?," kata Budi.',
    '"Kami tidak tahu," Kata Budi.',
    'Kata Budi, "Kami tidak tahu".'
  ].join('\n')
  const file = await lint(text, {extract: () => none})
  const messages = file.messages.filter((message) => message.ruleId === 'quote-punctuation')
  t.deepEqual(
    messages.map((message) => `${message.line}:${message.column} ${message.reason}`),
    [
      '1:17 Put the comma inside the closing quote mark: `", kata` → `," kata`',
      '2:17 Use a comma, not a full stop, before the cue: `." kata` → `," kata`',
      '3:17 Add a comma inside the closing quote mark before the cue: `" kata` → `," kata`',
      '4:9 `?` replaces the comma: remove the `,` after it',
      '5:20 The cue after a quote is lower case: `Kata` → `kata`',
      '6:28 Put the full stop inside the closing quote mark: `".` → `."`'
    ]
  )
  t.deepEqual(
    messages.map((message) => [message.actual, message.expected]),
    [
      ['",', [',"']],
      ['.', [',']],
      ['"', [',"']],
      [',', ['']],
      ['Kata', ['kata']],
      ['".', ['."']]
    ]
  )
})

test('quote-punctuation: correct quotes and quoted terms are fine', async (t) => {
  const text = [
    '"Kami tidak tahu," kata Budi.',
    '"Kenapa harus sekarang?" tanya Budi.',
    'Kata Budi, "Kami tidak tahu."',
    'Media Rusia "Vesti Primorye" melaporkan kedatangan itu.',
    'Ia menyebut program itu "tidak masuk akal".'
  ].join('\n')
  t.deepEqual(await found(text, 'quote-punctuation', {graph: none}), [])
})

// anonymous-source

test('anonymous-source: an unnamed source with neither affiliation nor reason', async (t) => {
  const text = 'Rapat itu batal.\nMenurut seorang pejabat, rapat itu batal karena hujan.'
  t.deepEqual(await found(text, 'anonymous-source', {graph: none}), [
    '2:9 `seorang pejabat` is an unnamed source with no affiliation and no reason for anonymity: say where the source works or why it is not named'
  ])
})

test('anonymous-source: a reason, an affiliation, a known official, resources, a whole class, or a reporting verb as a second predicate of an action are fine', async (t) => {
  const text = [
    'Menurut seorang pejabat yang enggan disebut namanya, rapat itu batal.',
    'Seorang pejabat di Kementerian Keuangan mengatakan rapat batal.',
    'Vesti Primorye melaporkan kedatangan itu, mengutip sumber di kereta api.',
    'Pejabat itu mengatakan rapat batal.',
    'Sumber daya alam Indonesia melimpah, kata Budi.',
    'Namun, tak semua pejabat mau menyatakan terbuka dirinya sakit.',
    'Setiap pejabat wajib melaporkan hartanya.',
    'Setelah itu, seorang petugas turun dan meminta foto tersebut dihapus.'
  ].join('\n')
  t.deepEqual(await found(text, 'anonymous-source', {graph: none}), [])
})

test('anonymous-source: a source still counts when it shares its verb with someone, or is one of several', async (t) => {
  const text = ['Seorang pejabat dan stafnya mengatakan rapat itu batal.', 'Beberapa pejabat mengatakan anggaran dipotong.'].join('\n')
  t.deepEqual(await found(text, 'anonymous-source', {graph: none}), [
    '1:1 `Seorang pejabat` is an unnamed source with no affiliation and no reason for anonymity: say where the source works or why it is not named',
    '2:1 `Beberapa pejabat` is an unnamed source with no affiliation and no reason for anonymity: say where the source works or why it is not named'
  ])
})

// missing-credit

test('missing-credit: a quote given to another outlet, no credit', async (t) => {
  const text = 'WASHINGTON - Presiden Joe Biden mengatakan tarif akan naik. "Kami tidak akan mundur," kata Biden kepada Reuters.'
  t.deepEqual(await found(text, 'missing-credit', {graph: none}), [
    '1:105 The story relays reporting by Reuters but credits no source: add a `Sumber:` line or an inline credit (`dikutip dari …`)'
  ])
})

test('missing-credit: a quote given to the newsroom itself (option publishers) is its own reporting', async (t) => {
  const text = '"Jaga kehormatan kita," kata Arnold kepada Kompas di Ambon, Sabtu.'
  t.deepEqual(await found(text, 'missing-credit', {graph: none}), [
    '1:44 The story relays reporting by Kompas but credits no source: add a `Sumber:` line or an inline credit (`dikutip dari …`)'
  ])
  t.deepEqual(await found(text, 'missing-credit', {graph: none, rules: {'missing-credit': ['warn', {publishers: ['Kompas', 'Kompas.com']}]}}), [])
})

test('missing-credit: a Sumber line, an inline credit or a wire dateline credit it', async (t) => {
  const quote = '"Kami tidak akan mundur," kata Biden kepada Reuters.'
  for (const text of [
    `WASHINGTON - ${quote}\n\nSumber: Reuters`,
    `WASHINGTON - ${quote} Seperti dikutip Reuters, tarif naik.`,
    `WASHINGTON (ANTARA/Reuters) - ${quote}`,
    'JAKARTA - "Kami siap," kata Budi kepada wartawan.'
  ]) {
    t.deepEqual(await found(text, 'missing-credit', {graph: none}), [], text)
  }
})

// mixed-speakers

test('mixed-speakers: a second speaker runs on without attribution before the quote', async (t) => {
  const text = 'Budi dan Andi hadir. "Jalan harus diperbaiki," kata Budi. "Dana belum turun," kata Andi.'
  const g = graph(text, {
    entities: [
      {id: 'b', name: 'Budi Santoso', mentions: ['Budi', 'Budi#2']},
      {id: 'a', name: 'Andi Wijaya', mentions: ['Andi', 'Andi#2']}
    ],
    quotes: [
      {content: 'Jalan harus diperbaiki', cue: 'kata', speaker: 'b', mention: 'Budi#2'},
      {content: 'Dana belum turun', cue: 'kata#2', speaker: 'a', mention: 'Andi#2'}
    ]
  })
  t.deepEqual(await found(text, 'mixed-speakers', {graph: g}), [
    '1:59 Quote by Andi Wijaya follows a quote by Budi Santoso with no attribution between them: name the new speaker first or start a new paragraph'
  ])
})

test('mixed-speakers: a new paragraph, or the new speaker named first, is fine', async (t) => {
  const text = '"Jalan harus diperbaiki," kata Budi.\n"Dana belum turun," kata Andi. Andi menambahkan, "Kami menunggu pusat."'
  const g = graph(text, {
    entities: [
      {id: 'b', name: 'Budi Santoso', mentions: ['Budi']},
      {id: 'a', name: 'Andi Wijaya', mentions: ['Andi', 'Andi#2']}
    ],
    quotes: [
      {content: 'Jalan harus diperbaiki', cue: 'kata', speaker: 'b', mention: 'Budi'},
      {content: 'Dana belum turun', cue: 'kata#2', speaker: 'a', mention: 'Andi'},
      {content: 'Kami menunggu pusat', cue: 'menambahkan', speaker: 'a', mention: 'Andi#2'}
    ]
  })
  t.deepEqual(await found(text, 'mixed-speakers', {graph: g}), [])
})

// non-neutral-cue

test('non-neutral-cue: editorialising cues are reported at info level', async (t) => {
  const text = 'Menteri itu mengklaim bahwa harga turun. Direktur itu berdalih, "Kami sudah bekerja."'
  const file = await lint(text, {extract: () => none})
  const messages = file.messages.filter((message) => message.ruleId === 'non-neutral-cue')
  t.deepEqual(
    messages.map((message) => `${message.line}:${message.column} ${message.reason}`),
    [
      '1:13 `mengklaim` suggests the statement is doubtful; a neutral cue such as `mengatakan` reports the statement without judging it',
      '1:55 `berdalih` suggests the speaker is making excuses; a neutral cue such as `mengatakan` reports the statement without judging it'
    ]
  )
  t.true(messages.every((message) => message.fatal === undefined))
  t.deepEqual(await found(text, 'non-neutral-cue', {graph: none, rules: {'non-neutral-cue': {allow: ['mengklaim', 'berdalih']}}}), [])
})

test('non-neutral-cue: neutral cues are fine', async (t) => {
  t.deepEqual(await found('Menteri itu mengatakan harga turun. "Kami sudah bekerja," kata Direktur.', 'non-neutral-cue', {graph: none}), [])
})

// quote-style

test('quote-style: consistent with the first mark; smart or straight when configured', async (t) => {
  const text = '"Kami tidak tahu," kata Budi. “Kami juga,” kata Andi.'
  t.deepEqual(await found(text, 'quote-style', {graph: none}), [
    '1:31 Unexpected smart quote `“`, expected `"`',
    '1:42 Unexpected smart quote `”`, expected `"`'
  ])
  t.deepEqual(await found(text, 'quote-style', {graph: none, rules: {'quote-style': {preferred: 'smart'}}}), [
    '1:1 Unexpected straight quote `"`, expected `“`',
    '1:18 Unexpected straight quote `"`, expected `”`'
  ])
})

test("quote-style: no false alarm on Jum'at, Qur'an, Ma'ruf or single-quoted glosses", async (t) => {
  const text = "“Kami tidak tahu,” kata Budi. Salat Jum'at dan membaca Qur’an, Ma'ruf Amin hadir. Kata ruwet ‘rumit’ dipakai."
  t.deepEqual(await found(text, 'quote-style', {graph: none}), [])
  // A straight-quoted gloss in a smart text: single smart marks, not the double ones retext-quotes asks for.
  t.deepEqual(await found(text.replace('‘rumit’', "'rumit'"), 'quote-style', {graph: none}), [
    "1:94 Unexpected straight quote `'`, expected `‘`",
    "1:100 Unexpected straight quote `'`, expected `’`"
  ])
  t.deepEqual(await found(text, 'quote-style', {graph: none, rules: {'quote-style': {apostrophes: true}}}), [
    "1:40 Unexpected straight apostrophe `'`, expected `’`",
    "1:66 Unexpected straight apostrophe `'`, expected `’`"
  ])
})

// every message

test('every message carries ruleId, source, url, actual and a severity', async (t) => {
  const file = await lint('"Kami tidak tahu", kata Budi. Ia mengklaim bahwa "harga naik.', {extract: () => none})
  t.true(file.messages.length >= 3)
  for (const message of file.messages) {
    t.is(message.source, 'kutip')
    t.is(message.url, `https://github.com/kutip/kutip/blob/main/docs/rules/${message.ruleId}.md`)
    t.is(typeof message.actual, 'string')
  }
})

test('severity: off removes a rule, error makes it fatal, a bad setting throws', async (t) => {
  const text = '"Kami tidak tahu", kata Budi.'
  const off = await lint(text, {extract: () => none, rules: {'quote-punctuation': 'off'}})
  t.deepEqual(off.messages.map((message) => message.ruleId), [])
  const error = await lint(text, {extract: () => none, rules: {'quote-punctuation': 2}})
  t.deepEqual(error.messages.map((message) => [message.ruleId, message.fatal]), [['quote-punctuation', true]])
  await t.throwsAsync(lint(text, {rules: {'quote-punctuation': 'loud'}}), {message: /Invalid severity for rule `quote-punctuation`/})
  await t.throwsAsync(lint(text, {rules: {'no-such-rule': 'warn'}}), {message: /Unknown rule `no-such-rule`/})
})

test('the graph is computed once per file and shared by every rule', async (t) => {
  let calls = 0
  await lint('"Kami tidak tahu," kata Budi. "Itu benar," lanjut dia.', {
    extract: () => {
      calls++
      return none
    }
  })
  t.is(calls, 1)
})

test('isSpellingVariant: typos and hyphenation yes; short forms, other people, case no', async (t) => {
  const {isSpellingVariant} = await import('../src/text/names.ts')
  t.true(isSpellingVariant('Jeon Ha-kyou', 'Jeon Ha-kyu'))
  t.true(isSpellingVariant('Kim Jong Un', 'Kim Jong-un'))
  t.true(isSpellingVariant('Zainuddin Amali', 'Zainudin Amali'))
  t.true(isSpellingVariant('Aziz Yanuar', 'Aziz Yanuari'))
  t.false(isSpellingVariant('Joko Widodo', 'Jokowi Widodo'))
  t.false(isSpellingVariant('Jawa Barat', 'Jawa Timur'))
  t.false(isSpellingVariant('Budi Gunadi', 'Budi Karya'))
  t.false(isSpellingVariant('Kim Jong Un', 'KIM JONG UN'))
  t.false(isSpellingVariant('Putra Wijaya', 'Putri Wijaya'))
})
