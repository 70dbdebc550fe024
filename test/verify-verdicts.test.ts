/**
 * Verification verdicts on drafts and sources we wrote (test/fixtures/verify).
 * The graphs come from a small stand-in extractor (fixtures/verify/mini-extract.ts)
 * so these tests pin the verifier's own logic, whatever the engine reads today.
 */
import test from 'ava'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadSources} from '../src/verify/load-sources.ts'
import {SourceIndex} from '../src/verify/source-index.ts'
import type {Graph} from '../src/contract/graph.ts'
import type {VerificationDetail, VerifiedGraph} from '../src/verify/types.ts'
import {verify} from '../src/verify/verify.ts'
import {miniExtract} from './fixtures/verify/mini-extract.ts'

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'verify', 'sources')
const loaded = await loadSources([folder])
const index = new SourceIndex(loaded.documents, {extract: miniExtract})

function check(draft: string): {graph: VerifiedGraph; detail: VerificationDetail} {
  const graph = verify(draft, index, {extract: miniExtract})
  if (graph.quotes.length !== 1) throw new Error(`expected one quote in the draft, the stand-in found ${graph.quotes.length}`)
  return {graph, detail: graph.quotes[0].verification as VerificationDetail}
}

const busQuote = 'Kami sudah menyiapkan dua ratus bus tambahan yang akan beroperasi mulai Jumat pagi sampai Senin malam'

test('sources load without problems', (t) => {
  t.deepEqual(loaded.problems, [])
  t.is(loaded.documents.length, 5)
})

test('verbatim: the words and the speaker are in a source', (t) => {
  const {graph, detail} = check(`"${busQuote}," kata Rahmat.`)
  t.is(detail.verdict, 'verbatim')
  t.true(detail.source!.document.endsWith('wire.txt'))
  t.is(detail.source!.span.text, busQuote)
  t.is(detail.sourceSpeaker, 'Rahmat Hidayat')
  t.is(detail.score, 1)
  t.is(detail.diff, undefined)
  const wire = loaded.documents.find((document) => document.id.endsWith('wire.txt'))!
  t.is(wire.text.slice(detail.source!.span.start, detail.source!.span.end), detail.source!.span.text)
  const edge = graph.edges.find((candidate) => candidate.from === graph.quotes[0].id && candidate.type === 'verified-by')!
  t.truthy(edge)
  const node = graph.sources.find((candidate) => candidate.id === edge.to)!
  t.is(node.type, 'source-span')
  t.deepEqual(node.span, detail.source!.span)
  t.is(node.speaker, 'Rahmat Hidayat')
  t.deepEqual(edge.evidence, [graph.quotes[0].content])
})

test('verbatim after normalising quote marks, white space, case and hyphenation', (t) => {
  const draft = '“Kami sudah  menyiapkan dua ratus BUS tam-\nbahan yang akan beroperasi mulai Jumat pagi sampai Senin malam,” kata Rahmat.'
  t.is(check(draft).detail.verdict, 'verbatim')
})

test('verbatim: words spaced differently (dirumah / di rumah) are the same words', (t) => {
  const sources = [{id: 's.txt', text: '"Warga diminta tetap berada di rumah selama hujan deras malam ini," kata Rahmat Hidayat.'}]
  const graph = verify('"Warga diminta tetap berada dirumah selama hujan deras malam ini," kata Rahmat.', sources, {extract: miniExtract})
  t.is(graph.quotes[0].verification!.verdict, 'verbatim')
  t.is(graph.quotes[0].verification!.score, 1)
})

test('edited: a quote shortened with … shows the omitted words', (t) => {
  const {detail} = check('"Kami sudah menyiapkan dua ratus bus tambahan … mulai Jumat pagi sampai Senin malam," kata Rahmat.')
  t.is(detail.verdict, 'edited')
  t.deepEqual(detail.edits, ['omission'])
  t.deepEqual(
    detail.diff!.filter((step) => step.op !== 'equal'),
    [{op: 'delete', text: 'yang akan beroperasi'}]
  )
  t.is(detail.source!.span.text, busQuote)
})

test('edited: (...) as an omission mark', (t) => {
  const {detail} = check('"Kami sudah menyiapkan dua ratus bus tambahan (...) sampai Senin malam," kata Rahmat.')
  t.is(detail.verdict, 'edited')
  t.deepEqual(detail.edits, ['omission'])
})

test('edited: a bracketed insertion replacing a word', (t) => {
  const {detail} = check('"(Pemerintah) sudah menyiapkan dua ratus bus tambahan yang akan beroperasi mulai Jumat pagi," kata Rahmat.')
  t.is(detail.verdict, 'edited')
  t.deepEqual(detail.edits, ['insertion'])
  t.deepEqual(
    detail.diff!.filter((step) => step.op !== 'equal'),
    [
      {op: 'delete', text: 'Kami'},
      {op: 'insert', text: 'Pemerintah'}
    ]
  )
})

test('edited: a changed first-letter case', (t) => {
  const {detail} = check('"Tarif tetap sama dan jadwal keberangkatan diumumkan setiap hari," kata Dedi.')
  t.is(detail.verdict, 'edited')
  t.deepEqual(detail.edits, ['case'])
  t.is(detail.sourceSpeaker, 'Dedi Kurniawan')
})

test('altered: one word swapped, shown as a word diff with the source span', (t) => {
  const {graph, detail} = check(`"${busQuote.replace('dua ratus', 'tiga ratus')}," kata Rahmat.`)
  t.is(detail.verdict, 'altered')
  t.regex(detail.reason, /1 word changed/)
  t.deepEqual(
    detail.diff!.filter((step) => step.op !== 'equal'),
    [
      {op: 'delete', text: 'dua'},
      {op: 'insert', text: 'tiga'}
    ]
  )
  t.is(detail.source!.span.text, busQuote)
  t.true(graph.edges.some((edge) => edge.type === 'altered-from' && edge.from === graph.quotes[0].id))
})

test('altered: one word dropped without marking', (t) => {
  const {detail} = check(`"${busQuote.replace(' tambahan', '')}," kata Rahmat.`)
  t.is(detail.verdict, 'altered')
  t.regex(detail.reason, /1 word dropped/)
  t.deepEqual(detail.diff!.filter((step) => step.op !== 'equal'), [{op: 'delete', text: 'tambahan'}])
})

test('altered: a word dropped before the speaker’s own brackets is not a bracketed insertion', (t) => {
  const sources = [{id: 's.txt', text: '"Tim gabungan melakukan operasi search and rescue (SAR) di perairan utara," kata Rahmat Hidayat.'}]
  const graph = verify('"Tim gabungan melakukan operasi search and (SAR) di perairan utara," kata Rahmat.', sources, {extract: miniExtract})
  const detail = graph.quotes[0].verification as VerificationDetail
  t.is(detail.verdict, 'altered')
  t.deepEqual(detail.diff!.filter((step) => step.op !== 'equal'), [{op: 'delete', text: 'rescue'}])
})

test('altered: a word added without brackets', (t) => {
  const {detail} = check(`"${busQuote.replace('bus tambahan', 'bus listrik tambahan')}," kata Rahmat.`)
  t.is(detail.verdict, 'altered')
  t.regex(detail.reason, /1 word added/)
})

test('misattributed: words credited to someone the source does not give them to', (t) => {
  const {graph, detail} = check('"Penumpang tidak perlu khawatir karena tarif tetap sama dan jadwal keberangkatan diumumkan setiap hari," kata Rahmat.')
  t.is(detail.verdict, 'misattributed')
  t.is(detail.sourceSpeaker, 'Dedi Kurniawan')
  t.regex(detail.reason, /credits `Rahmat`.*from `Dedi Kurniawan`/)
  const edge = graph.edges.find((candidate) => candidate.type === 'contradicted-by')!
  t.is(graph.sources.find((node) => node.id === edge.to)!.speaker, 'Dedi Kurniawan')
})

test('misattributed: the same person in a different role', (t) => {
  const {detail} = check(`"${busQuote}," kata Wakil Gubernur Rahmat Hidayat.`)
  t.is(detail.verdict, 'misattributed')
  t.regex(detail.reason, /another role/)
})

test('misattributed: the same wrong speaker entity on both sides, but the attribution clauses name different people', (t) => {
  // An engine that credits the quote to a word of the role phrase (`Commuter`) in both texts,
  // while still seeing the person named after it.
  const confused = (text: string): Graph => {
    const graph = miniExtract(text)
    const cueAt = text.indexOf('kata ')
    const name = /Commuter (\p{Lu}\p{L}+ \p{Lu}\p{L}+)/u.exec(text)!
    const roleWord = {start: name.index, end: name.index + 8, text: 'Commuter'}
    const person = {start: name.index + 9, end: name.index + 9 + name[1].length, text: name[1]}
    graph.entities = [
      {id: 'e1', type: 'person', name: 'Commuter', aliases: [], roles: [], mentions: [roleWord]},
      {id: 'e2', type: 'person', name: name[1], aliases: [], roles: [], mentions: [person]}
    ]
    graph.quotes = graph.quotes.map((quote) => ({...quote, speaker: 'e1', speakerMention: roleWord, cue: {start: cueAt, end: cueAt + 4, text: 'kata'}}))
    graph.edges = []
    return graph
  }
  const words = 'Kami berharap masyarakat dapat menggunakan transportasi publik yang semakin baik'
  const source = {id: 'rilis.txt', text: `"${words}," kata Direktur Utama PT Kereta Commuter Wiwik Widayanti melalui keterangan tertulis.`}
  const swapped = verify(`"${words}," kata Direktur Utama PT Kereta Commuter Anne Purba melalui keterangan tertulis.`, [source], {extract: confused})
  const detail = swapped.quotes[0].verification as VerificationDetail
  t.is(detail.verdict, 'misattributed')
  t.regex(detail.reason, /attribution names `Anne Purba`, but `rilis\.txt` names `Wiwik Widayanti`/)
  t.is(detail.sourceSpeaker, 'Wiwik Widayanti')
  const same = verify(source.text, [source], {extract: confused})
  t.is(same.quotes[0].verification!.verdict, 'verbatim')
})

test('unsupported: no source holds the words', (t) => {
  const {graph, detail} = check('"Semua bus akan digratiskan selama libur panjang ini," kata Rahmat.')
  t.is(detail.verdict, 'unsupported')
  t.is(detail.source, null)
  t.is(graph.edges.filter((edge) => edge.from === graph.quotes[0].id && edge.type !== 'said-by').length, 0)
})

test('unsupported: a quotation made of words the source has only as indirect speech', (t) => {
  const {graph, detail} = check('"Dinas perhubungan akan menambah petugas di terminal selama masa libur," kata Rahmat.')
  t.is(detail.verdict, 'unsupported')
  t.regex(detail.reason, /only as indirect speech of `Rahmat Hidayat`, not as a quotation/)
  t.is(detail.source!.span.text, 'dinas perhubungan akan menambah petugas di terminal selama masa libur')
  t.true(graph.edges.some((edge) => edge.type === 'reported-indirectly-in' && edge.from === graph.quotes[0].id))
})

test('indirect speech: a source sentence from that speaker with the same content words supports it', (t) => {
  const {detail} = check('Rahmat mengatakan bahwa petugas di terminal akan ditambah dinas perhubungan selama libur.')
  t.is(detail.verdict, 'edited')
  t.deepEqual(detail.edits, ['paraphrase'])
  t.true(detail.score! >= 0.6)
  t.regex(detail.source!.span.text, /^Rahmat mengatakan bahwa dinas perhubungan/)
})

test('indirect speech: a paraphrase that drops or adds a negation is unsupported', (t) => {
  const {detail} = check('Rahmat mengatakan bahwa dinas perhubungan tidak akan menambah petugas terminal selama libur.')
  t.is(detail.verdict, 'unsupported')
  t.regex(detail.reason, /says otherwise .*one side negated/)
})

test('indirect speech: a paraphrase with another figure is unsupported', (t) => {
  const sources = [{id: 's.txt', text: 'Rahmat Hidayat mengatakan bahwa pemerintah menyiapkan 200 bus tambahan untuk libur panjang.'}]
  const changed = verify('Rahmat mengatakan bahwa pemerintah menyiapkan 300 bus tambahan untuk libur panjang.', sources, {extract: miniExtract})
  t.is(changed.quotes[0].verification!.verdict, 'unsupported')
  t.regex((changed.quotes[0].verification as VerificationDetail).reason, /a number differs/)
  const kept = verify('Rahmat mengatakan bahwa untuk libur panjang pemerintah menyiapkan 200 bus tambahan.', sources, {extract: miniExtract})
  t.is(kept.quotes[0].verification!.verdict, 'edited')
})

test('indirect speech: unsupported, with the overlap score', (t) => {
  const {detail} = check('Rahmat mengatakan bahwa jalan tol akan ditutup sepanjang malam.')
  t.is(detail.verdict, 'unsupported')
  t.true(detail.score! < 0.6)
})

test('indirect speech: the statement is someone else’s in the source', (t) => {
  const {detail} = check('Sinta mengatakan bahwa dinas perhubungan akan menambah petugas di terminal selama masa libur.')
  t.is(detail.verdict, 'misattributed')
  t.is(detail.sourceSpeaker, 'Rahmat Hidayat')
})

test('indirect speech: a sentence the source states as fact is not the speaker’s words', (t) => {
  const {detail} = check('Rahmat mengatakan bahwa kepadatan kendaraan diperkirakan memuncak pada Sabtu siang.')
  t.is(detail.verdict, 'unsupported')
  t.regex(detail.reason, /not as words of `Rahmat`/)
})

test('a transcript’s declared speaker attributes its words', (t) => {
  const right = check('"Kami meminta pemerintah memberi subsidi bahan bakar untuk angkutan umum," kata Dedi.').detail
  t.is(right.verdict, 'verbatim')
  t.true(right.source!.document.endsWith('transcripts.jsonl#wawancara-dedi'))
  t.is(right.sourceSpeaker, 'Dedi Kurniawan')
  const wrong = check('"Kami meminta pemerintah memberi subsidi bahan bakar untuk angkutan umum," kata Sinta.').detail
  t.is(wrong.verdict, 'misattributed')
})

test('a plain-text transcript: the speaker of the turn (`Nama: …`) attributes its words', (t) => {
  const transcript = {
    id: 'wawancara.txt',
    text: 'Transkrip wawancara, Kamis malam.\nWartawan: Berapa bus yang disiapkan untuk libur panjang?\nRahmat Hidayat: Kami menambah armada bus sampai tiga kali lipat dari biasanya.\nDedi Kurniawan: Sopir cadangan juga kami siapkan di setiap terminal.\n'
  }
  const right = verify('"Kami menambah armada bus sampai tiga kali lipat dari biasanya," kata Rahmat.', [transcript], {extract: miniExtract})
  t.is(right.quotes[0].verification!.verdict, 'verbatim')
  t.is((right.quotes[0].verification as VerificationDetail).sourceSpeaker, 'Rahmat Hidayat')
  const wrong = verify('"Sopir cadangan juga kami siapkan di setiap terminal," kata Rahmat.', [transcript], {extract: miniExtract})
  t.is(wrong.quotes[0].verification!.verdict, 'misattributed')
  t.is((wrong.quotes[0].verification as VerificationDetail).sourceSpeaker, 'Dedi Kurniawan')
  const question = verify('"Berapa bus yang disiapkan untuk libur panjang?" kata Rahmat.', [transcript], {extract: miniExtract})
  // `Wartawan:` names nobody: the words are found, no speaker contradicts the draft.
  t.is(question.quotes[0].verification!.verdict, 'verbatim')
  t.is((question.quotes[0].verification as VerificationDetail).sourceSpeaker, null)
})

test('HTML source: span in its plain text, origin in the file', async (t) => {
  const {graph, detail} = check('"Jalur sepeda akan kami perluas hingga seratus kilometer pada akhir tahun," kata Rahmat.')
  t.is(detail.verdict, 'verbatim')
  const node = graph.sources[0]
  t.true(node.document.endsWith('page.html'))
  t.is(node.span.text, 'Jalur sepeda akan kami perluas hingga <seratus> kilometer pada akhir tahun')
  const {readFile} = await import('node:fs/promises')
  const html = await readFile(node.origin!.path, 'utf8')
  t.is(html.slice(node.origin!.start, node.origin!.end), 'Jalur sepeda akan kami perluas hingga &lt;seratus&gt; kilometer pada akhir tahun')
})

test('Markdown source: markup stripped, quote found', (t) => {
  const {detail} = check('"Warga bisa melapor melalui aplikasi atau langsung ke posko yang buka dua puluh empat jam," kata Sinta.')
  t.is(detail.verdict, 'verbatim')
  t.true(detail.source!.document.endsWith('press.md'))
  t.is(detail.sourceSpeaker, 'Sinta Maharani')
})

test('of two sources, the one that agrees on the speaker wins', (t) => {
  const words = 'Harga beras akan turun setelah panen raya bulan depan'
  const sources = [
    {id: 'a.txt', text: `"${words}," kata Dedi Kurniawan.`},
    {id: 'b.txt', text: `"${words}," kata Sinta Maharani.`}
  ]
  const graph = verify(`"${words}," kata Sinta.`, sources, {extract: miniExtract})
  const detail = graph.quotes[0].verification as VerificationDetail
  t.is(detail.verdict, 'verbatim')
  t.is(detail.source!.document, 'b.txt')
})

test('a quote syndicated to many documents: the one source that names the draft’s speaker is found', (t) => {
  const words = 'Harga beras akan turun setelah panen raya bulan depan'
  const sources = Array.from({length: 20}, (_, n) => ({id: `outlet-${n}.txt`, text: `Berita ${n}. "${words}," kata ${n === 17 ? 'Sinta Maharani' : 'Dedi Kurniawan'}.`}))
  const index = new SourceIndex(sources, {extract: miniExtract})
  const detail = verify(`"${words}," kata Sinta.`, index, {extract: miniExtract}).quotes[0].verification as VerificationDetail
  t.is(detail.verdict, 'verbatim')
  t.is(detail.source!.document, 'outlet-17.txt')
  const wrong = verify(`"${words}," kata Agus Salim.`, index, {extract: miniExtract}).quotes[0].verification as VerificationDetail
  t.is(wrong.verdict, 'misattributed')
})

test('a quote split by its cue in the source, joined in the draft, is verbatim', (t) => {
  const sources = [{id: 'split.txt', text: '"Kami sudah menyiapkan bus tambahan," kata Rahmat Hidayat, "untuk libur panjang akhir pekan ini."'}]
  const graph = verify('"Kami sudah menyiapkan bus tambahan untuk libur panjang akhir pekan ini," kata Rahmat.', sources, {extract: miniExtract})
  const detail = graph.quotes[0].verification as VerificationDetail
  t.is(detail.verdict, 'verbatim')
  t.is(detail.sourceSpeaker, 'Rahmat Hidayat')
  // Without the quote marks around the cue, the same words are an unmarked drop.
  const unquoted = verify('"Kami sudah menyiapkan bus tambahan untuk libur panjang," kata Rahmat.', [{id: 'x', text: '"Kami sudah menyiapkan bus tambahan baru untuk libur panjang," kata Rahmat Hidayat.'}], {extract: miniExtract})
  t.is(unquoted.quotes[0].verification!.verdict, 'altered')
})

test('the draft graph can be passed in; the summary counts verdicts', (t) => {
  const draft = `"${busQuote}," kata Rahmat. "Semua bus akan digratiskan selama libur panjang ini," kata Rahmat.`
  const graph = verify(draft, index, {graph: miniExtract(draft), extract: () => { throw new Error('draft must not be re-extracted') }})
  t.is(graph.verification.counts.verbatim, 1)
  t.is(graph.verification.counts.unsupported, 1)
  t.is(graph.verification.documents, 5)
})

test('no sources, empty draft, odd input: no crash', (t) => {
  t.is(verify('', [], {extract: miniExtract}).quotes.length, 0)
  const graph = verify('"…," kata Rahmat. "(...)," kata Sinta.', [], {extract: miniExtract})
  t.true(graph.quotes.every((quote) => quote.verification!.verdict === 'unsupported'))
  t.throws(() => verify(42 as unknown as string, []), {instanceOf: TypeError})
})
