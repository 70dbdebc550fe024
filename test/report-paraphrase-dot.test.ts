/**
 * Reports, issue 16: several articles as DOT are one graph Graphviz draws
 * whole (one cluster per article); indirect speech is shown as a paraphrase
 * (no quote marks, its own style) in HTML, Markdown, DOT and verify's text;
 * Markdown from article text pings nobody and links nowhere.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import test from 'ava'
import {instance} from '@viz-js/viz'
import {micromark} from 'micromark'
import {articleDot, buildReport, report, type Graph} from '../src/index.ts'
import {loadSources} from '../src/verify/load-sources.ts'
import {SourceIndex} from '../src/verify/source-index.ts'
import {verify} from '../src/verify/verify.ts'
import {formatVerification} from '../src/verify/format-text.ts'
import {graphFromReading, ownArticle} from './report-fixtures.ts'
import {miniExtract} from './fixtures/verify/mini-extract.ts'

function own(id: string, text = ownArticle.text): {id: string; text: string; graph: Graph} {
  return {id, text, graph: graphFromReading(text, ownArticle.reading)}
}

test('several articles as DOT: one digraph, one cluster per article, no node shared, drawn whole by Graphviz', async (t) => {
  const dot = await report([own('pagi.txt'), own('siang.txt'), own('malam.txt')], {format: 'dot'})
  t.is(dot.match(/^\s*digraph\b/gmu)?.length, 1)
  t.deepEqual(dot.match(/subgraph cluster_\d+/gu), ['subgraph cluster_0', 'subgraph cluster_1', 'subgraph cluster_2'])
  // Node statements: every name is declared once, each within its article's prefix.
  const declared = [...dot.matchAll(/^\s+(a\d+_[nqg]\d+) \[/gmu)].map((match) => match[1]!)
  t.true(declared.length > 0)
  t.is(new Set(declared).size, declared.length)
  const perArticle = [0, 1, 2].map((index) => declared.filter((name) => name.startsWith(`a${index}_`)).length)
  t.is(perArticle[0], perArticle[1])
  t.is(perArticle[1], perArticle[2])
  const result = (await instance()).render(dot, {format: 'svg'})
  t.is(result.status, 'success', result.errors.map((error) => error.message).join('; '))
  const svg = result.status === 'success' ? result.output : ''
  // Graphviz draws every cluster with its article's label, and every quote node of all three.
  for (const id of ['pagi.txt', 'siang.txt', 'malam.txt']) t.true(svg.includes(`>${id}</text>`), id)
  t.is(svg.match(/<g id="clust\d+" class="cluster">/gu)?.length, 3)
  const quotes = buildReport([own('x')]).articles[0]!.quotes.length
  t.is(svg.match(/class="node quote /gu)?.length, 3 * quotes)
  // One article stays its own digraph, as before.
  const single = await report([own('pagi.txt')], {format: 'dot'})
  t.regex(single, /^digraph "pagi\.txt" \{\n {2}graph \[/u)
  t.false(single.includes('subgraph'))
  t.is(single, articleDot(buildReport([own('pagi.txt')]).articles[0]!) + '\n')
})

test('indirect speech is a paraphrase in every report: no quote marks, its own style', async (t) => {
  const model = buildReport([own('a.txt')])
  const rows = model.articles[0]!.quotes
  const indirect = rows.find((row) => row.kind === 'indirect')!
  const direct = rows.find((row) => row.kind === 'direct')!
  t.is(indirect.content.text, 'vaksin tambahan akan tiba pekan depan')

  const markdown = await report([own('a.txt')], {format: 'md'})
  const markdownRow = (number: number) => markdown.split('\n').find((line) => line.startsWith(`| ${number} | `))!
  t.true(markdownRow(indirect.number).includes('| _vaksin tambahan akan tiba pekan depan_ |'))
  t.false(/[“”"]/u.test(markdownRow(indirect.number)))
  t.regex(markdownRow(direct.number), /\| “Kami sudah menyiapkan/u)
  t.regex(micromark(markdownRow(indirect.number)), /<em>vaksin tambahan akan tiba pekan depan<\/em>/u)

  const html = await report([own('a.txt')], {format: 'html'})
  t.regex(html, /<span class="paraphrase" lang="id">vaksin tambahan akan tiba pekan depan<\/span>/u)
  t.false(html.includes('<q lang="id">vaksin tambahan'))
  t.regex(html, /<q lang="id">Kami sudah menyiapkan/u)
  t.regex(html, /\.paraphrase\{font-style:italic;border-left:2px dashed/u)

  const dot = articleDot(model.articles[0]!)
  const node = (number: number) => dot.split('\n').find((line) => line.startsWith(`  q${number} [`))!
  t.regex(node(indirect.number), /label="\d+\. indirect\\nvaksin tambahan akan tiba pekan depan"/u)
  t.regex(node(indirect.number), /style="filled,dashed"/u)
  t.regex(node(direct.number), /label="\d+\. direct\\n“Kami sudah/u)
  t.regex(node(direct.number), /style=filled /u)
})

test('verify as text: a paraphrase is marked so, without quote marks; in Indonesian with locale id', async (t) => {
  const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'verify', 'sources')
  const index = new SourceIndex((await loadSources([folder])).documents, {extract: miniExtract})
  const draft = 'Rahmat mengatakan bahwa petugas di terminal akan ditambah dinas perhubungan selama libur.'
  const graph = verify(draft, index, {extract: miniExtract})
  t.is(graph.quotes[0]!.kind, 'indirect')
  const text = formatVerification('draf.txt', draft, graph)
  t.regex(text, /edited {7} paraphrase: petugas di terminal akan ditambah/u)
  t.false(/[“”]petugas/u.test(text))
  // The verdict's name is in the locale too (the JSON keeps `edited`).
  t.regex(formatVerification('draf.txt', draft, graph, {locale: 'id'}), /disunting {6}parafrasa: petugas di terminal/u)
})

test('Markdown: @mentions, e-mail addresses and bare URLs from article text ping nobody and link nowhere', async (t) => {
  const text = ownArticle.text.replace(
    'vaksin tambahan akan tiba pekan depan',
    'vaksin tambahan dari @dinkes_ngawen akan tiba pekan depan, lihat https://contoh.id/jadwal, www.contoh.id atau tulis ke humas@contoh.id'
  )
  const reading = {
    ...ownArticle.reading,
    quotes: ownArticle.reading.quotes.map((quote, index) =>
      index === 0 ? {...quote, content: 'vaksin tambahan dari @dinkes_ngawen akan tiba pekan depan, lihat https://contoh.id/jadwal, www.contoh.id atau tulis ke humas@contoh.id'} : quote
    )
  }
  const markdown = await report([{id: '@redaksi <https://contoh.id>.txt', text, graph: graphFromReading(text, reading)}], {format: 'md'})
  t.true(markdown.includes('dinkes'))
  // What GitHub turns into a mention or a link (GFM autolink literals, `<…>` autolinks), nowhere in the output.
  t.notRegex(markdown, /@[\p{L}\p{N}_-]/u)
  t.notRegex(markdown, /https?:\/\//u)
  t.notRegex(markdown, /\bwww\./u)
  t.notRegex(markdown, /(?<!\\)<https?:/u)
  t.notRegex(micromark(markdown, {allowDangerousHtml: true}), /<a\b/u)
  // The text still reads the same once the zero-width spaces are taken out.
  t.true(markdown.replaceAll('\u200b', '').includes('@dinkes\\_ngawen akan tiba pekan depan, lihat https://contoh.id/jadwal, www.contoh.id atau tulis ke humas@contoh.id'))
})

test('Markdown labels in the locale asked (or LANG); article words and names as they are', async (t) => {
  const inputs = () => [own('pagi.txt'), own('siang.txt')]
  const indonesian = await report(inputs(), {format: 'md', locale: 'id'})
  const english = await report(inputs(), {format: 'md', locale: 'en'})
  t.regex(indonesian, /\*\*2\*\* artikel · \*\*12\*\* kutipan \(6 langsung, 2 campuran, 4 tidak langsung\)/u)
  t.regex(indonesian, /^### Narasumber yang paling sering dikutip$/mu)
  t.regex(indonesian, /^\| # \| Jenis \| Kata-kata \| Narasumber \| Kata pengantar \|/mu)
  t.regex(indonesian, /^\| 1 \| tidak langsung \| _vaksin tambahan akan tiba pekan depan_ \| Budi Santoso/mu)
  t.regex(indonesian, /<summary>1\. pagi\.txt \(6 kutipan\)<\/summary>/u)
  t.regex(indonesian, /seorang pejabat yang enggan disebut namanya _\(anonim\)_/u)
  t.regex(english, /\*\*2\*\* articles · \*\*12\*\* quotes \(6 direct, 2 mixed, 4 indirect\)/u)
  t.regex(english, /^\| 1 \| indirect \| _vaksin tambahan akan tiba pekan depan_ \|/mu)
  // The same table shape in both: only the words of the labels differ.
  const shape = (markdown: string) => markdown.split('\n').map((line) => (line.match(/\|/gu) ?? []).length)
  t.deepEqual(shape(indonesian), shape(english))
})
