/**
 * The outlet chain: the publisher and place from the dateline, the sources
 * of a relayed story (`Sumber: A-B`), the credits (spaced and glued), the
 * copyright line.
 */
import test from 'ava'
import type {ExecutionContext} from 'ava'
import type {Graph} from '../src/contract/graph.ts'
import {creditsOf, entityById, graphOf, sourceNames} from './helpers/engine.ts'

const body = ' Polisi menangkap dua pencuri sepeda motor di kawasan pasar, Senin malam.'

/**
 * [the dateline as written, the place ('' when none: an outlet line, no
 * dateline, that names the publisher), the outlet's brand, the outlet as written]. Place and brand are compared without case (an
 * outlet's canonical name may be its brand: `REPUBLIKA.CO.ID` → Republika);
 * the dateline span is the text up to the dash.
 */
const datelines: Array<[dateline: string, place: string, brand: string, written: string]> = [
  ['Semarang (ANTARA) -', 'Semarang', 'ANTARA', 'ANTARA'],
  ['JAKARTA, KOMPAS —', 'JAKARTA', 'KOMPAS', 'KOMPAS'],
  ['KOMPAS.com -', '', 'KOMPAS.com', 'KOMPAS.com'],
  ['MALANG, KOMPAS.com -', 'MALANG', 'KOMPAS.com', 'KOMPAS.com'],
  ['REPUBLIKA.CO.ID, JAKARTA --', 'JAKARTA', 'Republika', 'REPUBLIKA.CO.ID'],
  ['Liputan6.com, Jakarta -', 'Jakarta', 'Liputan6.com', 'Liputan6.com'],
  ['VIVA.co.id -', '', 'VIVA', 'VIVA.co.id'],
  ['Merdeka.com -', '', 'Merdeka.com', 'Merdeka.com'],
  ['TRIBUNNEWS.COM -', '', 'Tribunnews', 'TRIBUNNEWS.COM'],
  ['TRIBUNNEWS.COM, MEDAN -', 'MEDAN', 'Tribunnews', 'TRIBUNNEWS.COM'],
  ['TEMPO.CO, Jakarta -', 'Jakarta', 'Tempo', 'TEMPO.CO'],
  ['Jakarta, CNN Indonesia --', 'Jakarta', 'CNN Indonesia', 'CNN Indonesia'],
  ['Makassar, IDN Times -', 'Makassar', 'IDN Times', 'IDN Times'],
  ['Bisnis.com, JAKARTA —', 'JAKARTA', 'Bisnis.com', 'Bisnis.com'],
  ['KONTAN.CO.ID - JAKARTA.', 'JAKARTA', 'Kontan', 'KONTAN.CO.ID'],
  ['KONTAN.CO.ID -', '', 'Kontan', 'KONTAN.CO.ID'],
  ['tirto.id -', '', 'Tirto', 'tirto.id'],
  ['JawaPos.com –', '', 'Jawa Pos', 'JawaPos.com']
]

function assertDateline(t: ExecutionContext, graph: Graph, text: string, place: string, brand: string, span: string): void {
  const {dateline, publisher} = graph.document
  if (place === '') {
    // An outlet line with no place (`Merdeka.com -`) names the publisher but is no dateline.
    t.is(dateline, null, 'no dateline without a place')
    t.is(entityById(graph, publisher)?.name.toLowerCase(), brand.toLowerCase(), 'the outlet line names the publisher')
    return
  }
  t.truthy(dateline, 'a dateline')
  if (!dateline) return
  t.is(dateline.place.toLowerCase(), place.toLowerCase(), 'place')
  t.is(dateline.span.text, span, 'span')
  t.is(text.slice(dateline.span.start, dateline.span.end), dateline.span.text)
  const entity = entityById(graph, dateline.outlet)
  t.is(entity?.type, 'outlet')
  t.is(entity?.name.toLowerCase(), brand.toLowerCase(), 'the dateline outlet')
  t.is(publisher, dateline.outlet, 'the dateline outlet publishes the text')
}

for (const [written, place, brand] of datelines) {
  test(`dateline ${written}`, (t) => {
    const text = `${written}${body}`
    assertDateline(t, graphOf(t, text), text, place, brand, written)
  })
}

for (const [written, , , outlet] of datelines) {
  test(`the outlet as the dateline writes it is its name or an alias: ${written}`, (t) => {
    const graph = graphOf(t, `${written}${body}`)
    const entity = entityById(graph, graph.document.dateline?.outlet ?? graph.document.publisher)
    t.true(entity !== undefined && [entity.name, ...entity.aliases].includes(outlet), `${JSON.stringify(entity?.name)} ${JSON.stringify(entity?.aliases)}`)
  })
}

test('no dateline, no publisher in a plain text', (t) => {
  const graph = graphOf(t, 'Polisi menangkap dua pencuri sepeda motor di kawasan pasar, Senin malam.')
  t.is(graph.document.dateline, null)
  t.is(graph.document.publisher, null)
})

const antaraFooter = (parts: string[]) =>
  `Tokyo (ANTARA) - Gempa bermagnitudo 6,1 mengguncang Prefektur Miyagi, kata badan meteorologi Jepang.${parts.join('')}`

test('Sumber: A-B gives two source outlets', (t) => {
  const graph = graphOf(t, antaraFooter(['\n\nSumber: Kyodo-OANA\n\nEditor: Agus Salim']))
  t.deepEqual(sourceNames(graph), ['Kyodo', 'OANA'])
  t.true(graph.document.sources.every((id) => entityById(graph, id)?.type === 'outlet'))
})

test('Sumber: with one outlet', (t) => {
  const graph = graphOf(t, antaraFooter(['\n\nSumber: Reuters\n\nEditor: Agus Salim']))
  t.deepEqual(sourceNames(graph), ['Reuters'])
})

test('Sumber: glued to the last sentence', (t) => {
  const graph = graphOf(t, antaraFooter(['Sumber: Kyodo-OANA\n\nEditor: Agus Salim']))
  t.deepEqual(sourceNames(graph), ['Kyodo', 'OANA'])
})

test('credits on their own lines: Pewarta, Penerjemah, Editor', (t) => {
  const text = antaraFooter(['\n\nPewarta: Dewi Kartika\nPenerjemah: Sri Handayani\nEditor: Agus Salim\nCOPYRIGHT © ANTARA 2025'])
  const graph = graphOf(t, text)
  t.deepEqual(creditsOf(graph), ['reporter: Dewi Kartika', 'translator: Sri Handayani', 'editor: Agus Salim'])
  t.deepEqual(graph.document.credits.map((credit) => credit.span.text), ['Pewarta: Dewi Kartika', 'Penerjemah: Sri Handayani', 'Editor: Agus Salim'])
})

test('credits with a space before the colon (Pewarta : …)', (t) => {
  const graph = graphOf(t, antaraFooter(['\n\nPewarta : Dewi Kartika\nEditor : Agus Salim']))
  t.deepEqual(creditsOf(graph), ['reporter: Dewi Kartika', 'editor: Agus Salim'])
})

test('credits without a space after the colon (Editor:Agus Salim)', (t) => {
  const graph = graphOf(t, antaraFooter(['\n\nPewarta:Dewi Kartika\nEditor:Agus Salim']))
  t.deepEqual(creditsOf(graph), ['reporter: Dewi Kartika', 'editor: Agus Salim'])
})

test('a two-word label with any white space inside (Alih  bahasa:), a label in capitals (EDITOR:), one glued to a name (SalimFoto:)', (t) => {
  const graph = graphOf(t, antaraFooter(['\n\nPewarta: Dewi Kartika\nAlih  bahasa: Sri Handayani\nEDITOR: Agus SalimFoto: Rudi Hartono']))
  t.deepEqual(creditsOf(graph), ['reporter: Dewi Kartika', 'translator: Sri Handayani', 'editor: Agus Salim', 'photographer: Rudi Hartono'])
})

test('a colon after a word that is no label gives no credit; a label inside running text neither (penulis: in mid-sentence)', (t) => {
  const graph = graphOf(t, antaraFooter([' Ia mengutip dua hal: harga dan pasokan, kata penulis: buku itu laris.']))
  t.deepEqual(creditsOf(graph), [])
})

test('COPYRIGHT © ANTARA 2025 gives the holder and year', (t) => {
  const graph = graphOf(t, antaraFooter(['\n\nEditor: Agus Salim\nCOPYRIGHT © ANTARA 2025']))
  t.deepEqual(graph.document.copyright, {holder: 'ANTARA', year: 2025})
})

test('copyright lines in other forms: Hak Cipta … 2024, © 2023 Holder; none without the word or the sign', (t) => {
  const body = 'Gempa bermagnitudo 6,1 mengguncang Prefektur Miyagi pada Selasa pagi.'
  t.deepEqual(graphOf(t, `${body}\n\nHak Cipta Harian Nusantara 2024`).document.copyright, {holder: 'Harian Nusantara', year: 2024})
  t.deepEqual(graphOf(t, `${body}\n\n© 2023 Harian Nusantara`).document.copyright, {holder: 'Harian Nusantara', year: 2023})
  t.is(graphOf(t, `${body}\n\nHarian Nusantara 2024`).document.copyright, null)
})

test('the copyright holder is the publisher when there is no dateline', (t) => {
  const graph = graphOf(t, 'Gempa bermagnitudo 6,1 mengguncang Prefektur Miyagi pada Selasa pagi.\n\nCOPYRIGHT © ANTARA 2024')
  t.deepEqual(graph.document.copyright, {holder: 'ANTARA', year: 2024})
  const publisher = entityById(graph, graph.document.publisher)
  t.is(publisher?.name, 'ANTARA')
  t.is(publisher?.type, 'outlet')
})

test('a credited journalist is not a person entity', (t) => {
  const graph = graphOf(t, antaraFooter(['\n\nPewarta: Dewi Kartika\nEditor: Agus Salim']))
  t.false(graph.entities.some((entity) => entity.name === 'Dewi Kartika' || entity.name === 'Agus Salim'))
})

test('credits glued to each other and to the copyright line', (t) => {
  const graph = graphOf(t, antaraFooter(['Sumber: Kyodo-OANAPenerjemah: Sri HandayaniEditor: Agus SalimCOPYRIGHT © ANTARA 2025']))
  t.deepEqual(creditsOf(graph), ['translator: Sri Handayani', 'editor: Agus Salim'])
  t.deepEqual(sourceNames(graph), ['Kyodo', 'OANA'])
  t.deepEqual(graph.document.copyright, {holder: 'ANTARA', year: 2025})
})

test('Penulis: with a contributor label keeps only the name', (t) => {
  const text = 'MALANG, KOMPAS.com - Harga cabai rawit di Pasar Besar Malang naik, kata pedagang.\n\nPenulis: Kontributor Malang, Rendi Kurniawan\nEditor: Sari Hartati'
  t.deepEqual(creditsOf(graphOf(t, text)), ['reporter: Rendi Kurniawan', 'editor: Sari Hartati'])
})

test('Reporter: is a reporter credit', (t) => {
  const text = 'Liputan6.com, Jakarta - Banjir merendam puluhan rumah di Cawang.\n\nReporter: Nanda Wijaya\nEditor: Sari Hartati'
  t.deepEqual(creditsOf(graphOf(t, text)), ['reporter: Nanda Wijaya', 'editor: Sari Hartati'])
})

test('the relayed sources are not the publisher', (t) => {
  const graph = graphOf(t, antaraFooter(['\n\nSumber: Kyodo-OANA\n\nEditor: Agus Salim']))
  t.is(entityById(graph, graph.document.publisher)?.name, 'ANTARA')
  t.false(graph.document.sources.includes(graph.document.publisher ?? ''))
})

test('seperti dikutip dari Reuters makes Reuters a source of the story', (t) => {
  const text = 'TEMPO.CO, Jakarta - Kapal tanker itu dibajak di lepas pantai Togo, seperti dikutip dari Reuters, Selasa.'
  const graph = graphOf(t, text)
  t.true(sourceNames(graph).includes('Reuters'), JSON.stringify(sourceNames(graph)))
})

test('a Detik byline header (Nama - detikNews) with a bare place dateline (Jakarta -) gives the publisher, the dateline and the reporter', (t) => {
  const text = 'Fajar Nugroho - detikNews\nKamis, 12 Sep 2024 14:20 WIB\n\nJakarta - Polda Metro Jaya menangkap tiga pelaku penipuan investasi bodong.'
  const graph = graphOf(t, text)
  const publisher = entityById(graph, graph.document.publisher)
  t.is(publisher?.type, 'outlet')
  t.true(publisher?.aliases.includes('detikNews') || publisher?.name === 'detikNews', JSON.stringify(publisher))
  t.is(graph.document.dateline?.place, 'Jakarta')
  t.is(graph.document.dateline?.span.text, 'Jakarta -')
  t.is(graph.document.dateline?.outlet ?? null, graph.document.publisher)
  t.deepEqual(graph.document.credits.map((credit) => [credit.role, credit.name, credit.span.text]), [['reporter', 'Fajar Nugroho', 'Fajar Nugroho']])
})

test('a report line above the dateline (Laporan Wartawan Desk, Nama) gives the reporter, and the dateline under it is read', (t) => {
  const text = 'Laporan Wartawan Tribun Jambi, Rudi Hartanto\n\nTRIBUNNEWS.COM, JAMBI - Polisi menangkap dua pencuri sepeda motor di kawasan pasar.\n\nPenulis: Rudi Hartanto | Editor: Sinta Maharani'
  const graph = graphOf(t, text)
  t.is(graph.document.dateline?.place, 'Jambi')
  t.is(graph.document.dateline?.span.text, 'TRIBUNNEWS.COM, JAMBI -')
  t.is(entityById(graph, graph.document.publisher)?.name, 'Tribunnews')
  t.deepEqual(graph.document.credits.map((credit) => [credit.role, credit.name, credit.span.text]), [
    // Credited twice as the reporter (the report line, then Penulis:): once, where first named.
    ['reporter', 'Rudi Hartanto', 'Rudi Hartanto'],
    ['editor', 'Sinta Maharani', 'Editor: Sinta Maharani']
  ])
  // Not a report line: a sentence that opens with the same words and has no name after its comma.
  t.deepEqual(creditsOf(graphOf(t, 'Laporan wartawan itu dibantah, kata polisi.\n\nJakarta - Polisi membantah laporan itu.')), [])
})

test('credits on one line separated by a bar (Penulis: A | Editor: B); Kontributor: is a contributor', (t) => {
  t.deepEqual(creditsOf(graphOf(t, 'Suara.com - Harga cabai naik.\n\nPenulis: Nanda Wijaya | Editor: Sari Hartati')), ['reporter: Nanda Wijaya', 'editor: Sari Hartati'])
  t.deepEqual(creditsOf(graphOf(t, 'Suara.com - Harga cabai naik.\n\nKontributor : Nanda Wijaya')), ['contributor: Nanda Wijaya'])
})

test('a first line with a dash but no known outlet is no byline header', (t) => {
  const graph = graphOf(t, 'Banjir di Jakarta - warga mengungsi\nSenin pagi\n\nJakarta - Ratusan warga mengungsi.')
  t.deepEqual(graph.document.credits, [])
})

test('a credit note written as a sentence at the end: X (dan Y) turut berkontribusi dalam penulisan artikel ini', (t) => {
  const body = 'TEMPO.CO, Jakarta - Harga beras naik di 12 provinsi, kata Kepala Badan Pangan Arman Siregar.\n\n'
  let graph = graphOf(t, body + 'Dewi Anggraini berkontribusi dalam penulisan artikel ini.')
  t.deepEqual(creditsOf(graph), ['contributor: Dewi Anggraini'])
  t.deepEqual(graph.document.credits.map((credit) => credit.span.text), ['Dewi Anggraini'])
  graph = graphOf(t, body + 'Dewi Anggraini dan Budi Santoso turut berkontribusi dalam penulisan artikel ini.')
  t.deepEqual(creditsOf(graph), ['contributor: Dewi Anggraini', 'contributor: Budi Santoso'])
  // The same words inside running text credit no one.
  graph = graphOf(t, body + 'Menurut dia, banyak pihak berkontribusi dalam penulisan artikel ini dan artikel lain.')
  t.deepEqual(creditsOf(graph), [])
})

test('credit lines on top (Reporter: A | Editor: B) before an outlet line with its place after the dash (KONTAN.CO.ID - JAKARTA.)', (t) => {
  const text = 'Reporter: Dimas Aryo | Editor: Sekar Wulan\n\nKONTAN.CO.ID - JAKARTA. PT Contoh Jaya Tbk membagikan dividen. Direktur Utama Contoh Jaya Rudi Hartono mengatakan laba naik.'
  const graph = graphOf(t, text)
  t.is(graph.document.dateline?.place.toLowerCase(), 'jakarta')
  t.is(graph.document.dateline?.span.text, 'KONTAN.CO.ID - JAKARTA.')
  t.is(entityById(graph, graph.document.publisher)?.name, 'Kontan')
  t.deepEqual(creditsOf(graph), ['reporter: Dimas Aryo', 'editor: Sekar Wulan'])
  t.true(graph.quotes.some((quote) => quote.content.text === 'laba naik'), 'the body is read after the place')
})

test('a byline with the role after the name (Nama, Jurnalis · date) is a credit; a bare place dateline is the publisher\'s, who is the outlet a speaker talks to', (t) => {
  const text = 'Rina Kartika, Jurnalis · Senin 3 Maret 2025 10:15 WIB\n\nDEPOK - Banjir merendam 200 rumah di Depok. "Air naik sejak subuh," kata Lurah Sukamaju Budi Santoso kepada Okezone.'
  const graph = graphOf(t, text)
  t.deepEqual(creditsOf(graph), ['reporter: Rina Kartika'])
  t.is(entityById(graph, graph.document.publisher)?.name, 'Okezone')
  t.is(graph.document.dateline?.place.toLowerCase(), 'depok')
  t.is(graph.document.dateline?.outlet ?? null, graph.document.publisher)
  t.false(graph.entities.some((entity) => entity.name === 'Rina Kartika'), 'the credited journalist is no person entity')
})

test('the outlet a speaker talks to, written in lower case (kepada kumparan), is the publisher; a wire abroad (kepada AFP) is not', (t) => {
  const home = graphOf(t, 'Banjir merendam 200 rumah. "Air naik sejak subuh," kata Budi Santoso kepada kumparan.')
  t.is(entityById(home, home.document.publisher)?.name, 'kumparan')
  t.is(entityById(home, home.quotes[0]?.addressee ?? null)?.type, 'outlet')
  const wire = graphOf(t, 'Banjir merendam 200 rumah di Manila. "Air naik sejak subuh," kata Jose Santos kepada AFP.')
  t.is(wire.document.publisher, null)
  t.is(entityById(wire, wire.quotes[0]?.addressee ?? null)?.name, 'AFP')
})

test('kepada VOA is the outlet VOA Indonesia, which publishes the story', (t) => {
  const graph = graphOf(t, 'Dimas Putra, mahasiswa di Ohio, mengatakan kepada VOA bahwa wawancara visanya ditunda.')
  const quote = graph.quotes.find((candidate) => candidate.content.text === 'wawancara visanya ditunda')
  const addressee = entityById(graph, quote?.addressee ?? null)
  t.is(addressee?.type, 'outlet')
  t.is(addressee?.name, 'VOA Indonesia')
  t.deepEqual(addressee?.aliases, ['VOA'], 'the outlet as written is an alias')
  t.is(graph.document.publisher, addressee?.id ?? null)
})

test('an outlet that names itself by its web address opening a sentence publishes the story; one it relays does not', (t) => {
  const own = graphOf(t, 'Penjualan motor listrik turun. Katadata.co.id mencoba meminta tanggapan PT Volta Jaya, tetapi belum mendapat jawaban.')
  const publisher = entityById(own, own.document.publisher)
  t.is(publisher?.name, 'Katadata')
  t.deepEqual(publisher?.aliases, ['Katadata.co.id'])
  const relayed = graphOf(t, 'Penjualan motor listrik turun. Liputan6.com melaporkan stok menumpuk di gudang.\n\nSumber: Liputan6.com')
  t.is(relayed.document.publisher, null)
})

test('an intern reporter\'s credit (Reporter Magang:) is a reporter credit', (t) => {
  const graph = graphOf(t, 'Harga cabai naik di Pasar Baru.\n\nReporter Magang: Nadia Safitri\n\nSumber: Liputan6.com')
  t.deepEqual(creditsOf(graph), ['reporter: Nadia Safitri'])
})
