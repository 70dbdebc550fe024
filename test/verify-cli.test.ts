/**
 * `kutip verify` end to end through bin/kutip.js, with the real engine:
 * text and JSON output, exit codes, usage errors, unreadable sources, and
 * `--consistency`. Drafts and sources are our own (test/fixtures/verify).
 */
import test, {type ExecutionContext} from 'ava'
import {writeFile, mkdir} from 'node:fs/promises'
import path from 'node:path'
import {validateGraph} from '../src/graph/schema.ts'
import type {VerificationDetail, VerifiedGraph} from '../src/verify/types.ts'
import {repo, runKutip as kutip} from './fixtures/cli/run-kutip.ts'
import {tempFolder} from './helpers/temp-folder.ts'

const sources = path.join(repo, 'test', 'fixtures', 'verify', 'sources')

// Child processes on a busy machine are slow: run one at a time, with room.
function serial(title: string, body: (t: ExecutionContext) => Promise<void>): void {
  test.serial(title, async (t) => {
    t.timeout(120_000)
    await body(t)
  })
}

const draftText = [
  'Jakarta - Pemerintah provinsi menambah armada bus.',
  '',
  '"Kami sudah menyiapkan tiga ratus bus tambahan yang akan beroperasi mulai Jumat pagi sampai Senin malam," kata Gubernur Rahmat Hidayat.',
  '',
  '"Penumpang tidak perlu khawatir karena tarif tetap sama dan jadwal keberangkatan diumumkan setiap hari," kata Sinta Maharani.',
  '',
  '"Warga bisa melapor melalui aplikasi atau langsung ke posko yang buka dua puluh empat jam," kata Wakil Gubernur Sinta Maharani.',
  '',
  '"Semua bus akan digratiskan selama libur panjang ini," ujar Rahmat.',
  ''
].join('\n')

async function draftFile(text = draftText): Promise<string> {
  const folder = tempFolder('kutip-verify-')
  const file = path.join(folder, 'draft.txt')
  await writeFile(file, text)
  return file
}

function verdicts(graph: VerifiedGraph): string[] {
  return graph.quotes.map((quote) => quote.verification!.verdict)
}

serial('json: the draft graph with a verdict per quote, source nodes and edges; exit 1 when a quote is flagged', async (t) => {
  const {code, stdout, stderr} = await kutip(['verify', await draftFile(), '--sources', sources, '--format', 'json'])
  t.is(stderr, '')
  t.is(code, 1)
  const graph = JSON.parse(stdout) as VerifiedGraph
  t.deepEqual(validateGraph(graph).errors, [], 'still a contract graph (added fields are allowed)')
  t.deepEqual(verdicts(graph), ['altered', 'misattributed', 'verbatim', 'unsupported'])
  const altered = graph.quotes[0].verification as VerificationDetail
  t.true(altered.source!.document.endsWith('wire.txt'))
  t.deepEqual(altered.diff!.filter((step) => step.op !== 'equal'), [
    {op: 'delete', text: 'dua'},
    {op: 'insert', text: 'tiga'}
  ])
  t.deepEqual(altered.changes, {replaced: 1, added: 0, dropped: 0})
  t.is((graph.quotes[1].verification as VerificationDetail).changes, undefined, 'counts only on an altered quote')
  t.is((graph.quotes[1].verification as VerificationDetail).sourceSpeaker, 'Dedi Kurniawan')
  t.is(graph.verification.documents, 5)
  t.deepEqual(graph.edges.filter((edge) => edge.to.startsWith('source-')).map((edge) => edge.type), ['altered-from', 'contradicted-by', 'verified-by'])
  for (const node of graph.sources) t.is(node.type, 'source-span')
})

serial('text: one block per quote with place, verdict, source, reason and diff', async (t) => {
  const {code, stdout} = await kutip(['verify', await draftFile(), '--sources', sources])
  t.is(code, 1)
  t.regex(stdout, /3:2-3:104 +altered +“Kami sudah menyiapkan tiga ratus/)
  t.regex(stdout, /diff: Kami sudah menyiapkan \[-dua-\] \{\+tiga\+\} ratus/)
  t.regex(stdout, /misattributed .*\n.*source: .*wire\.txt \d+:\d+–\d+:\d+ \(Dedi Kurniawan\)/)
  t.regex(stdout, /4 quotes: 1 verbatim, 1 altered, 1 misattributed, 1 unsupported \(against 5 source documents\)/)
})

serial('--flagged and --minimum-match', async (t) => {
  const file = await draftFile()
  const flagged = await kutip(['verify', file, '--sources', sources, '--flagged'])
  t.notRegex(flagged.stdout, / verbatim /)
  t.regex(flagged.stdout, / altered /)
  t.regex(flagged.stdout, /4 quotes: 1 verbatim/)
  const strict = await kutip(['verify', file, '--sources', sources, '--minimum-match', '1', '--format', 'json'])
  t.deepEqual(verdicts(JSON.parse(strict.stdout) as VerifiedGraph), ['unsupported', 'misattributed', 'verbatim', 'unsupported'])
  const bad = await kutip(['verify', file, '--sources', sources, '--minimum-match', '70%'])
  t.is(bad.code, 2)
  t.regex(bad.stderr, /--minimum-match expects a share from 0 to 1/)
})

serial('exit 0 when every quote is supported', async (t) => {
  const draft = '"Warga bisa melapor melalui aplikasi atau langsung ke posko yang buka dua puluh empat jam," kata Wakil Gubernur Sinta Maharani.\n'
  const {code, stdout} = await kutip(['verify', await draftFile(draft), '--sources', sources])
  t.is(code, 0)
  t.regex(stdout, /verbatim/)
})

serial('usage errors exit 2 with one line and a pointer to --help', async (t) => {
  const noSources = await kutip(['verify', await draftFile()])
  t.is(noSources.code, 2)
  t.regex(noSources.stderr, /^kutip verify: no sources/)
  const format = await kutip(['verify', await draftFile(), '--sources', sources, '--format', 'xml'])
  t.is(format.code, 2)
  t.regex(format.stderr, /unknown --format 'xml'/)
  const nothing = await kutip(['verify', '--sources', sources])
  t.is(nothing.code, 2)
  const help = await kutip(['verify', '--help'])
  t.is(help.code, 0)
  t.regex(help.stdout, /Usage: kutip verify DRAFT/)
})

serial('a missing source or a bad JSON line is reported and the run goes on (exit 2)', async (t) => {
  const folder = tempFolder('kutip-verify-src-')
  await writeFile(path.join(folder, 'a.jsonl'), '{"id": "x", "text": "\\"Harga beras turun,\\" kata Budi."}\nnot json\n')
  const {code, stdout, stderr} = await kutip(['verify', await draftFile(), '--sources', folder, '--sources', path.join(folder, 'missing.txt'), '--format', 'json'])
  t.is(code, 2)
  t.regex(stderr, /a\.jsonl:2: not JSON/)
  t.regex(stderr, /missing\.txt: no such file or directory/)
  t.is((JSON.parse(stdout) as VerifiedGraph).verification.documents, 1)
})

serial('several drafts: JSON Lines with the file', async (t) => {
  const a = await draftFile()
  const b = await draftFile('"Semua bus akan digratiskan selama libur panjang ini," ujar Rahmat.\n')
  const {stdout} = await kutip(['verify', a, b, '--sources', sources, '--format', 'json'])
  const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as VerifiedGraph & {file: string})
  t.deepEqual(lines.map((line) => line.file), [a, b])
  t.deepEqual(verdicts(lines[1]), ['unsupported'])
})

serial('--consistency: a statement credited to different speakers in two documents', async (t) => {
  const folder = tempFolder('kutip-consistency-')
  await mkdir(path.join(folder, 'arsip'))
  const statement = 'Harga cabai di pasar tradisional sudah turun sejak awal pekan ini'
  await writeFile(path.join(folder, 'arsip', 'satu.txt'), `Malang - Harga bahan pokok mulai turun. "${statement}," kata Budi Santoso.\n`)
  await writeFile(path.join(folder, 'arsip', 'dua.txt'), `Malang - Pedagang lega. "${statement}," kata Dewi Lestari.\n`)
  await writeFile(path.join(folder, 'arsip', 'tiga.txt'), `Malang - Cuaca cerah. "Hujan belum akan turun sampai pekan depan," kata Agus Salim.\n`)
  const text = await kutip(['verify', '--sources', path.join(folder, 'arsip'), '--consistency'])
  t.is(text.code, 1)
  t.regex(text.stdout, /differs in speaker/)
  // line:column in each file (the statement starts after the opening quote mark); the JSON keeps offsets.
  const column = (lead: string) => lead.length + 1
  t.regex(text.stdout, new RegExp(`satu\\.txt 1:${column('Malang - Harga bahan pokok mulai turun. "')}–1:\\d+: Budi Santoso`))
  t.regex(text.stdout, new RegExp(`dua\\.txt 1:${column('Malang - Pedagang lega. "')}–1:\\d+: Dewi Lestari`))
  const json = await kutip(['verify', '--sources', path.join(folder, 'arsip'), '--consistency', '--format', 'json'])
  const {consistency} = JSON.parse(json.stdout) as {consistency: Array<{text: string; differs: string[]; occurrences: unknown[]}>}
  t.is(consistency.length, 1)
  t.deepEqual(consistency[0].differs, ['speaker'])
  t.is(consistency[0].occurrences.length, 2)
  const spans = (consistency[0].occurrences as Array<{span: {start: number; end: number}}>).map((occurrence) => occurrence.span)
  t.true(spans.every((span) => typeof span.start === 'number' && typeof span.end === 'number'))
})

serial('text: the source of each quote is located as line:column in the file as written (Markdown too); JSON keeps offsets', async (t) => {
  const folder = tempFolder('kutip-verify-lc-')
  const said = 'Jalan tol baru akan dibuka untuk umum pada akhir bulan depan'
  const source = `# Siaran pers\n\nSemarang - Dinas menggelar jumpa pers.\n\n**Kepala Dinas Joko Prasetyo** berkata: "${said}," katanya.\n`
  await writeFile(path.join(folder, 'pers.md'), source)
  const draft = path.join(folder, 'draft.txt')
  await writeFile(draft, `Semarang - Tol baru segera dibuka.\n\n"${said}," kata Joko Prasetyo.\n`)
  const text = await kutip(['verify', draft, '--sources', path.join(folder, 'pers.md')])
  const line = 5
  const start = source.split('\n')[line - 1]!.indexOf(said) + 1
  t.regex(text.stdout, new RegExp(`source: \\S*pers\\.md ${line}:${start}–${line}:\\d+`), text.stdout)
  const json = await kutip(['verify', draft, '--sources', path.join(folder, 'pers.md'), '--format', 'json'])
  const graph = JSON.parse(json.stdout) as VerifiedGraph
  const span = (graph.quotes[0]!.verification as VerificationDetail).source!.span
  t.is(typeof span.start, 'number')
})
