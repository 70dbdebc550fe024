/**
 * The reports people read speak the report's locale: the HTML (every label,
 * `<html lang>`, verification reasons from `verification.why`), the graph
 * picture and the DOT export, the Markdown's kinds, types, credits and
 * verdicts. The article's own words keep the article's language; the English
 * report is the same page with English words.
 */
import {execFile} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'
import test from 'ava'
import {parse, type DefaultTreeAdapterMap} from 'parse5'
import {report, verify, type Graph, type ReportInput, type Verification} from '../src/index.ts'
import {catalogs, type MessageKey} from '../src/lang/messages.ts'
import {reportWords} from '../src/report/labels.ts'
import {dotToSvg} from '../src/report/svg.ts'
import {tempFolder} from './helpers/temp-folder.ts'
import {graphFromReading, ownArticle, repoRoot} from './report-fixtures.ts'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

/** The own article, verified (one quote altered, with its reason as data), with Indonesian lint findings. */
function article(id = 'pagi.txt'): ReportInput & {graph: Graph} {
  const graph = graphFromReading(ownArticle.text, ownArticle.reading)
  const altered: Verification = {
    verdict: 'altered',
    source: {document: 'rilis.txt', span: {start: 0, end: 10, text: 'Kami belum'}},
    score: 0.8,
    diff: [
      {op: 'equal', text: 'Kami'},
      {op: 'delete', text: 'belum'},
      {op: 'insert', text: 'tidak'},
      {op: 'equal', text: 'menerima jadwal apa pun,'}
    ]
  }
  Object.assign(altered, {
    reason: '1 word changed without marking, against `rilis.txt`',
    why: {kind: 'altered', facts: {document: 'rilis.txt', changes: {replaced: 1, added: 0, dropped: 0}}}
  })
  graph.quotes[4]!.verification = altered
  const start = ownArticle.text.indexOf('seorang pejabat')
  return {
    id,
    text: ownArticle.text,
    graph,
    findings: [
      {ruleId: 'anonymous-source', reason: '`seorang pejabat` adalah sumber anonim tanpa keterangan instansi', fatal: false, place: {start: {offset: start}, end: {offset: start + 15}}},
      {ruleId: 'missing-credit', reason: 'Berita ini mengutip liputan Nusa tanpa mencantumkan sumber', fatal: true}
    ]
  }
}

const corpus = (): ReportInput[] => [article('pagi.txt'), article('siang.txt'), {id: 'rusak.txt', error: 'berkas tidak dapat dibaca'}]

/**
 * What the report's vocabulary says in English (the report's keys, verdicts,
 * reasons), cut at parameters and punctuation into the words a reader would
 * see: each with the key it comes from. Words the Indonesian message of the
 * same key also uses (`Dateline`) are not English-only and are left out.
 */
function englishLabels(): Map<string, MessageKey[]> {
  const prefixes = ['report.', 'verify.verdict.', 'verify.reason.', 'verify.changes.', 'verify.edit.']
  const labels = new Map<string, MessageKey[]>()
  for (const key of Object.keys(catalogs.en) as MessageKey[]) {
    if (!prefixes.some((prefix) => key.startsWith(prefix))) continue
    const indonesian = catalogs.id[key].toLowerCase()
    for (const piece of catalogs.en[key].split(/\{[a-zA-Z]+\}|[|*_#()“”"`:;,.!?<>→↓·—+]/u)) {
      const words = piece.trim()
      if (!/\p{L}{2}/u.test(words) || indonesian.includes(words.toLowerCase())) continue
      labels.set(words, [...(labels.get(words) ?? []), key])
    }
  }
  return labels
}

/**
 * What a reader of the page sees that the report wrote (not the article's):
 * text outside the article text, quotes, diffs, code and rule ids, and the
 * labels in `title` (but a cell's deciding-rule title), `aria-label` and
 * `data-label` attributes everywhere.
 */
function reportWordsIn(html: string): string[] {
  const out: string[] = []
  const articleWords = (element: Element): boolean =>
    ['style', 'q', 'del', 'ins', 'code'].includes(element.tagName) ||
    (element.tagName === 'div' && classes(element).includes('text')) ||
    classes(element).includes('paraphrase') ||
    (element.tagName === 'strong' && element.parentNode !== null && 'tagName' in element.parentNode && element.parentNode.tagName === 'li')
  const walk = (node: Node, skipText: boolean): void => {
    if (node.nodeName === '#text' && !skipText) out.push((node as DefaultTreeAdapterMap['textNode']).value)
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const child of node.childNodes) walk(child, skipText)
      return
    }
    for (const attribute of node.attrs) {
      if (['aria-label', 'data-label'].includes(attribute.name) || (attribute.name === 'title' && node.tagName !== 'td')) out.push(attribute.value)
    }
    const skip = skipText || articleWords(node)
    for (const child of node.tagName === 'template' ? [] : node.childNodes) walk(child, skip)
  }
  walk(parse(html), false)
  return out.filter((text) => text.trim() !== '')
}

const classes = (element: Element): string[] => element.attrs.find((attribute) => attribute.name === 'class')?.value.split(/\s+/u) ?? []

/** The English labels found in the report's own words of `html`, as `"label" (key) in "text"`. */
function englishLeft(html: string): string[] {
  const texts = reportWordsIn(html)
  const found: string[] = []
  for (const [label, keys] of englishLabels()) {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu')
    const text = texts.find((candidate) => pattern.test(candidate))
    if (text !== undefined) found.push(`"${label}" (${keys.join(', ')}) in "${text.trim().slice(0, 80)}"`)
  }
  return found
}

test('the labels checked come from the English catalog, and the check finds them in the English report', async (t) => {
  const labels = englishLabels()
  // Every report.html.* message gives at least one label (so a new one is checked as soon as it is added).
  const htmlKeys = (Object.keys(catalogs.en) as MessageKey[]).filter((key) => key.startsWith('report.html.') && key !== 'report.html.dateline')
  t.true(htmlKeys.length > 60)
  const covered = new Set([...labels.values()].flat())
  for (const key of htmlKeys) t.true(covered.has(key), key)
  t.true(labels.has('Other findings'))
  t.true(labels.has('of quotes from anonymous sources'))
  t.true(labels.has('The graph could not be drawn'))
  t.false(labels.has('Dateline'), 'a word Indonesian newsrooms use as well is not English-only')
  // The same check on the English page finds its labels: it cannot pass for want of looking.
  const english = englishLeft(await report(corpus(), {format: 'html', locale: 'en'}))
  for (const label of ['"Other findings"', '"of quotes from anonymous sources"', '"Kind"', '"Most-quoted speakers"', '"Made by kutip"', '"direct"', '"person"', '"altered"', '"Attribution graph of"', '"to"']) {
    t.true(english.some((line) => line.startsWith(label)), label)
  }
})

test('the HTML report in Indonesian: Indonesian labels, no English label left, <html lang="id">', async (t) => {
  const html = await report(corpus(), {format: 'html', locale: 'id', generated: '2026-12-07'})
  t.deepEqual(englishLeft(html), [])
  t.regex(html, /^<html lang="id">$/mu)
  t.regex(html, /<title>Laporan kutip<\/title>/u)
  t.regex(html, /<span class="label">kutipan dari sumber anonim<\/span>/u)
  t.regex(html, /<p>Verifikasi: <span class="badge v-edited">disunting 2<\/span> <span class="badge v-altered">diubah 2<\/span><\/p>/u)
  t.regex(html, /<h3 id="top-speakers">Narasumber yang paling sering dikutip<\/h3>/u)
  t.regex(html, /<th>Jenis<\/th><th>Kata-kata<\/th><th>Narasumber<\/th><th>Kata pengantar<\/th><th>Kepada<\/th><th>Mengutip<\/th>/u)
  t.regex(html, /<td data-label="Jenis"><span class="kind">tidak langsung<\/span><\/td>/u)
  t.regex(html, /seorang pejabat yang enggan disebut namanya <span class="kind">anonim<\/span>/u)
  t.regex(html, /<dt>Pewarta<\/dt><dd>Dewi Lestari<\/dd><dt>Penyunting<\/dt><dd>Agus Salim<\/dd><dt>Hak cipta<\/dt>/u)
  t.regex(html, /<h3>Temuan lain<\/h3>/u)
  t.regex(html, /<p class="muted">1 kutipan tanpa narasumber\.<\/p>/u)
  t.regex(html, /<svg role="img" aria-label="Graf atribusi pagi\.txt"/u)
  t.regex(html, /<footer>Dibuat dengan kutip pada 2026-12-07\./u)
  // Numbers are written as before (a decimal point), whatever the locale.
  t.regex(html, /<span class="value">16\.7%<\/span>/u)
  t.regex(html, /<td class="num" data-label="Keyakinan" title="fixture">0\.90<\/td>/u)
})

test('the article keeps its own language; the page takes the report\'s', async (t) => {
  const input = article()
  input.graph.lang = 'en'
  const html = await report([input], {format: 'html', locale: 'id', graph: false})
  t.regex(html, /^<html lang="id">$/mu)
  t.regex(html, /<div class="text" lang="en">/u)
  t.regex(html, /<q lang="en">Kami sudah menyiapkan/u)
  const english = await report([article()], {format: 'html', locale: 'en', graph: false})
  t.regex(english, /^<html lang="en">$/mu)
  t.regex(english, /<div class="text" lang="id">/u)
  t.regex(english, /<span class="paraphrase" lang="id">vaksin tambahan/u)
})

/** Every element's name and attributes, but the words (text, and the labels in title, aria-label, data-label). */
function shape(html: string): string[] {
  const out: string[] = []
  const walk = (node: Node): void => {
    if ('tagName' in node) {
      const kept = node.attrs.filter((attribute) => !['title', 'aria-label', 'data-label', 'lang'].includes(attribute.name))
      out.push(node.tagName + kept.map((attribute) => ` ${attribute.name}=${attribute.value}`).join(''))
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child)
  }
  walk(parse(html))
  return out
}

test('the English and the Indonesian page are the same page: only the words differ; English is the default', async (t) => {
  const options = {format: 'html', graph: false, generated: '2026-12-07'} as const
  const [english, indonesian, unset] = await Promise.all([
    report(corpus(), {...options, locale: 'en'}),
    report(corpus(), {...options, locale: 'id'}),
    report(corpus(), options)
  ])
  t.deepEqual(shape(indonesian), shape(english))
  t.not(indonesian, english)
  // The test environment sets LC_ALL=C.UTF-8: no language asked for is English.
  t.is(unset, english)
  // The English page reads as it always has.
  t.regex(english, /<span class="label">of quotes from anonymous sources<\/span>/u)
  t.regex(english, /<th>Kind<\/th><th>Words<\/th><th>Speaker<\/th><th>Cue<\/th><th>To<\/th><th>Cites<\/th><th class="num">Conf\.<\/th><th>Checks<\/th>/u)
  t.regex(english, /<dt>Reporter<\/dt><dd>Dewi Lestari<\/dd><dt>Editor<\/dt>/u)
  t.regex(english, /<footer>Made by kutip on 2026-12-07\. Highlighted spans link to their rows; every figure comes from the attribution graph\.<\/footer>/u)
  t.regex(english, /<title>kutip report<\/title>/u)
})

test('a verification reason is said in the report\'s language from verification.why; without why, the English reason is shown', async (t) => {
  const indonesian = await report([article()], {format: 'html', locale: 'id', graph: false})
  t.regex(indonesian, /<span class="badge v-altered">diubah<\/span> <span class="muted">0\.80<\/span> <span class="muted">di rilis\.txt<\/span> <span class="role">1 kata diubah tanpa penanda, dibandingkan dengan <code>rilis\.txt<\/code><\/span>/u)
  t.notRegex(indonesian, /without marking/u)
  const english = await report([article()], {format: 'html', locale: 'en', graph: false})
  t.regex(english, /<span class="role">1 word changed without marking, against <code>rilis\.txt<\/code><\/span>/u)

  // An older graph (no why), and a why this kutip does not know: the English reason, as written.
  for (const why of [undefined, {kind: 'from-the-future', facts: {}}, 'altered', null]) {
    const input = article()
    const verification = input.graph.quotes[4]!.verification as Verification & {why?: unknown}
    if (why === undefined) delete verification.why
    else verification.why = why
    t.regex(await report([input], {format: 'html', locale: 'id', graph: false}), /<span class="role">1 word changed without marking, against <code>rilis\.txt<\/code><\/span>/u, String(why))
  }
  // Facts of the wrong type never crash the report: what is usable is said.
  const input = article()
  ;(input.graph.quotes[4]!.verification as Verification & {why?: unknown}).why = {kind: 'found-edited', facts: {document: 7, edits: ['omission', 'shouting', null], changes: null, share: 'much'}}
  t.regex(await report([input], {format: 'html', locale: 'id', graph: false}), /<span class="role">Ditemukan dengan suntingan bertanda \(penghilangan\) di <\/span>/u)
})

test('a quote verified by kutip verify: its reason in Indonesian in the Indonesian report', async (t) => {
  const source = {id: 'rilis.txt', text: 'BANDUNG - Dinas Perhubungan menambah armada.\n\n"Kami sudah menyiapkan dua ratus bus tambahan untuk libur panjang," kata Kepala Dinas Perhubungan Rahmat Hidayat.\n'}
  const draft = 'BANDUNG - Armada ditambah.\n\n"Kami sudah menyiapkan tiga ratus bus tambahan untuk libur panjang," kata Kepala Dinas Perhubungan Rahmat Hidayat.\n'
  const graph = verify(draft, [source])
  const html = await report([{id: 'draf.txt', text: draft, graph}], {format: 'html', locale: 'id', graph: false})
  t.regex(html, /<span class="badge v-altered">diubah<\/span>/u)
  t.regex(html, /<span class="role">1 kata diubah tanpa penanda, dibandingkan dengan <code>rilis\.txt<\/code><\/span>/u)
  t.deepEqual(englishLeft(html), [])
})

test('the graph picture and the DOT export label kinds and edges in the locale; node classes stay English', async (t) => {
  const dot = await report([article('pagi.txt'), article('siang.txt')], {format: 'dot', locale: 'id'})
  t.regex(dot, /label="1\. tidak langsung\\nvaksin tambahan akan tiba pekan depan" class="quote indirect"/u)
  t.regex(dot, /\[label="kepada" style=dashed\]/u)
  t.regex(dot, /\[label="mengutip" style=dotted\]/u)
  t.regex(dot, /\[label="melalui" style=dashed/u)
  t.notRegex(dot, /label="(?:to|cites|via)"/u)
  const english = await report([article('pagi.txt'), article('siang.txt')], {format: 'dot', locale: 'en'})
  t.regex(english, /label="1\. indirect\\nvaksin tambahan akan tiba pekan depan" class="quote indirect"/u)
  t.regex(english, /\[label="to" style=dashed\]/u)
  // Graphviz failing is said in the locale too.
  t.regex(await dotToSvg('digraph {', 'x', reportWords('id').say), /^<p class="warn">Graf tidak dapat digambar: .+<\/p>$/u)
  t.regex(await dotToSvg('digraph {', 'x', reportWords('en').say), /^<p class="warn">The graph could not be drawn: .+<\/p>$/u)
})

test('a large article\'s grouped picture nodes count quotes in the locale', async (t) => {
  const sentences = Array.from({length: 90}, (_, index) => `"Kalimat nomor ${index + 1} dari rapat," kata ${index % 2 === 0 ? 'Budi' : 'Rina'}.`)
  const text = sentences.join(' ') + ' "Tanpa nama," bunyi pernyataan itu.'
  const graph = graphFromReading(text, {
    entities: [
      {name: 'Budi', type: 'person'},
      {name: 'Rina', type: 'person'}
    ],
    quotes: [
      ...sentences.map((_, index) => ({kind: 'direct' as const, content: `Kalimat nomor ${index + 1} dari rapat,`, cue: 'kata', speaker: index % 2 === 0 ? 'Budi' : 'Rina'})),
      {kind: 'direct' as const, content: 'Tanpa nama,', cue: 'bunyi'}
    ]
  })
  const dot = await report([{id: 'rapat', text, graph}], {format: 'dot', locale: 'id'})
  t.regex(dot, /label="45 kutipan\\n45 langsung" class="quote group"/u)
  t.regex(dot, /label="1 kutipan tanpa narasumber\\n1 langsung" class="quote group"/u)
  const english = await report([{id: 'rapat', text, graph}], {format: 'dot', locale: 'en'})
  t.regex(english, /label="45 quotes\\n45 direct" class="quote group"/u)
  t.regex(english, /label="1 quote without a speaker\\n1 direct" class="quote group"/u)
})

test('Markdown in Indonesian: kinds, entity types, credit roles, verdicts and the title too; English as before', async (t) => {
  const indonesian = await report(corpus(), {format: 'md', locale: 'id'})
  t.regex(indonesian, /^## Laporan kutip$/mu)
  t.regex(indonesian, /^Verifikasi: disunting 2, diubah 2$/mu)
  t.regex(indonesian, /^\| 1 \| Budi Santoso \| orang \| 4 \| 2 \| 2 \|$/mu)
  t.regex(indonesian, /\*\*Pewarta\*\* Dewi Lestari · \*\*Penyunting\*\* Agus Salim/u)
  t.regex(indonesian, /\| \*\*diubah\*\* \|$/mu)
  t.regex(indonesian, /^\| seorang pejabat yang enggan disebut namanya _\(anonim\)_ \| anonim \|/mu)
  const english = await report(corpus(), {format: 'md', locale: 'en'})
  t.regex(english, /^## kutip report$/mu)
  t.regex(english, /^Verification: edited 2, altered 2$/mu)
  t.regex(english, /^\| 1 \| Budi Santoso \| person \| 4 \| 2 \| 2 \|$/mu)
  t.regex(english, /\*\*Reporter\*\* Dewi Lestari · \*\*Editor\*\* Agus Salim/u)
})

test('JSON and JSON-LD are data: the same in every locale; only messages for people (why a document failed) follow it', async (t) => {
  for (const format of ['json', 'jsonld'] as const) {
    t.is(await report(corpus(), {format, locale: 'id'}), await report(corpus(), {format, locale: 'en'}), format)
  }
  const json = JSON.parse(await report(corpus(), {format: 'json', locale: 'id'})) as {title: string; articles: Array<{quotes: Array<{kind: string}>}>}
  t.is(json.title, 'kutip report')
  t.is(json.articles[0]!.quotes[0]!.kind, 'indirect')
  const failed = (locale: string) => report([{id: 'kosong.txt'}, {id: 'rusak.txt', text: 5 as unknown as string}], {format: 'json', locale}).then((text) => (JSON.parse(text) as {articles: Array<{error: string}>}).articles.map((article) => article.error))
  t.deepEqual(await failed('id'), ['tidak ada teks dan tidak ada graf', 'tidak ada teks dan tidak ada graf'])
  t.deepEqual(await failed('en'), ['no text and no graph', 'no text and no graph'])
  t.regex(await report([{id: 'kosong.txt'}], {format: 'html', locale: 'id', graph: false}), /<p class="warn">tidak ada teks dan tidak ada graf<\/p>/u)
})

test('kutip report --locale id: the page, its pictures (drawn while the workers analyse), verdicts and lint findings in Indonesian', async (t) => {
  const dir = tempFolder('kutip-report-locale-')
  const draft =
    'Jakarta (Kabar Kutip) - Menteri Pekerjaan Umum Budi Santoso meninjau lokasi banjir di Bekasi, Senin.\n\n' +
    '"Kami akan membangun tanggul baru sepanjang tiga kilometer tahun depan," kata Budi kepada wartawan.\n\n' +
    '"Air sudah surut," kata seorang warga.\n'
  writeFileSync(path.join(dir, 'a.txt'), draft)
  writeFileSync(path.join(dir, 'b.txt'), draft.replace('tiga kilometer', 'lima kilometer'))
  writeFileSync(path.join(dir, 'rilis.txt'), 'Menteri Pekerjaan Umum Budi Santoso mengatakan, "Kami akan membangun tanggul baru sepanjang tiga kilometer tahun depan."\n')
  const {stdout} = await promisify(execFile)(process.execPath, [path.join(repoRoot, 'bin', 'kutip.js'), 'report', 'a.txt', 'b.txt', '--sources', 'rilis.txt', '--lint', '--locale', 'id', '-f', 'html', '--jobs', '2'], {
    cwd: dir,
    maxBuffer: 64 * 1024 * 1024
  })
  t.regex(stdout, /^<html lang="id">$/mu)
  t.regex(stdout, /<svg role="img" aria-label="Graf atribusi a\.txt"/u)
  t.regex(stdout, /<span class="badge v-verbatim">persis<\/span>/u)
  t.regex(stdout, /<span class="badge v-altered">diubah<\/span>/u)
  t.regex(stdout, /<ul class="findings"><li class="f-/u)
  t.deepEqual(englishLeft(stdout), [])
})

test('over 500 articles the note about left-out pictures is in the locale, its options as code', async (t) => {
  const inputs = Array.from({length: 501}, (_, index) => ({id: `berkas-${index + 1}.txt`, error: 'berkas kosong'}))
  const indonesian = await report(inputs, {format: 'html', locale: 'id'})
  t.regex(indonesian, /<p class="muted">Gambar graf tidak disertakan untuk laporan lebih dari 500 artikel \(pakai <code>--graph<\/code>, atau <code>graph: true<\/code> di API, untuk tetap menggambarnya\)\.<\/p>/u)
  const english = await report(inputs, {format: 'html', locale: 'en'})
  t.regex(english, /<p class="muted">Graph pictures are left out for reports of more than 500 articles \(use <code>--graph<\/code>, or <code>graph: true<\/code> in the API, to draw them anyway\)\.<\/p>/u)
})
