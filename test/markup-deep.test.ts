/**
 * Deep markup is read like any other (issue 13): an HTML page nested 3,000
 * elements deep and a Markdown table of 6,000 rows are linted, and such a
 * page is a source `verify` reads, with findings at the right place in the
 * file. Only a tree too deep for the recursive walk of kutip comments is
 * refused, with one line.
 */
import test from 'ava'
import path from 'node:path'
import {writeFile} from 'node:fs/promises'
import {lint} from '../src/lint/core.ts'
import {parseHtml} from '../src/markup/html.ts'
import {deepestLevel, recursionLimit} from '../src/markup/depth.ts'
import {readMarkup} from '../src/markup/read.ts'
import {markdownNesting, markdownNestingLimit} from '../src/markup/markdown.ts'
import {originalOffset} from '../src/verify/source-document.ts'
import {parseSource} from '../src/verify/load-sources.ts'
import {runKutip} from './fixtures/cli/run-kutip.ts'
import {tempFolder} from './helpers/temp-folder.ts'

const quote = '<p>“Kami siap bekerja sama dengan semua pihak,” kata Ketua Panitia Raka Wibisana.</p>'
/** The quote, then an opening mark never closed, inside `depth` nested divs (one line). */
function nestedPage(depth: number, inside = quote + '<p>“Kami belum selesai, kata dia.</p>'): string {
  return '<!doctype html><html><body>' + '<div>'.repeat(depth) + inside + '</div>'.repeat(depth) + '</body></html>\n'
}

function tableRows(rows: number): string {
  const lines = ['| Nama | Jabatan | Kota | Keterangan |', '|---|---|---|---|']
  for (let row = 0; row < rows; row++) lines.push(`| Raka Wibisana ${row} | Kepala Dinas Perhubungan | Bandung | Hadir pada rapat pagi ini |`)
  lines.push('', '“Kami belum selesai, kata dia.', '')
  return lines.join('\n')
}

test('lint: an HTML page nested 3,000 levels deep is linted, with the finding at its place in the file', async (t) => {
  const html = nestedPage(3000)
  const file = await lint({value: html, path: 'deep.html'})
  const unbalanced = file.messages.filter((message) => message.ruleId === 'unbalanced-quote')
  t.is(unbalanced.length, 1, file.messages.map(String).join('\n'))
  t.is(unbalanced[0]!.line, 1)
  t.is(unbalanced[0]!.column, html.indexOf('“Kami belum') + 1)
  t.false(file.messages.some((message) => /call stack/u.test(message.reason)))
})

test('lint: a Markdown table of 6,000 rows is linted (one paragraph of 100,000 words), with the finding on its line', async (t) => {
  const markdown = tableRows(6000)
  const file = await lint({value: markdown, path: 'table.md'})
  const unbalanced = file.messages.filter((message) => message.ruleId === 'unbalanced-quote')
  t.is(unbalanced.length, 1, file.messages.slice(0, 5).map(String).join('\n'))
  t.is(unbalanced[0]!.line, 6004)
  t.is(unbalanced[0]!.column, 1)
})

test('lint: kutip comments in a page nested 3,000 levels deep still control the messages', async (t) => {
  const html = nestedPage(3000, '<!-- kutip disable unbalanced-quote -->' + quote + '<p>“Kami belum selesai, kata dia.</p>')
  const file = await lint({value: html, path: 'deep.html'})
  t.deepEqual(file.messages.filter((message) => message.ruleId === 'unbalanced-quote'), [])
})

test('lint: kutip comments in a tree deeper than the walk of comments can take are refused in one line naming the depth', async (t) => {
  const depth = recursionLimit + 1000
  const html = nestedPage(depth, '<!-- kutip disable -->' + quote)
  const error = await t.throwsAsync(lint({value: html, path: 'deeper.html'}))
  t.regex(error!.message, new RegExp(`^too deeply nested \\(${depth + 4} levels; kutip comments are read up to ${recursionLimit}\\)$`, 'u'))
  // Without comments to read, the same page is linted.
  const file = await lint({value: nestedPage(depth), path: 'deeper.html'})
  t.is(file.messages.filter((message) => message.ruleId === 'unbalanced-quote').length, 1)
})

test('the HTML parser reads 20,000 levels, the same tree rehype-parse builds on shallow pages', async (t) => {
  t.is(deepestLevel(parseHtml(nestedPage(20_000))), 20_000 + 4)
  const {unified} = await import('unified')
  const {default: rehypeParse} = await import('rehype-parse')
  const page = '<!doctype html><title>T</title><p>Satu &amp; <b>dua</b><br>tiga<p>empat<table><tr><td>sel</table><template><p>t</p></template><!-- c -->'
  t.deepEqual(parseHtml(page), unified().use(rehypeParse).parse(page))
})

test('verify: a source page nested 3,000 levels deep is read, and its spans map back into the file', (t) => {
  const html = nestedPage(3000)
  const [document] = parseSource(html, 'deep.html', 'html')
  const at = document!.text.indexOf('Kami siap')
  t.true(at >= 0)
  const start = originalOffset(document!, at)
  t.is(html.slice(start, start + 'Kami siap'.length), 'Kami siap')
  t.is(readMarkup(html, 'html').text, document!.text)
})

test('verify (CLI): a source page nested 5,000 levels deep gives a verdict, not a stack trace', async (t) => {
  t.timeout(120_000)
  const folder = tempFolder('kutip-deep-')
  const draft = path.join(folder, 'draft.txt')
  const source = path.join(folder, 'deep.html')
  await writeFile(draft, '“Kami siap bekerja sama dengan semua pihak,” kata Ketua Panitia Raka Wibisana.\n')
  await writeFile(source, nestedPage(5000))
  const run = await runKutip(['verify', draft, '--sources', source])
  t.is(run.code, 0, run.stderr)
  t.regex(run.stdout, /verbatim/u)
  t.notRegex(run.stderr, /\n\s+at /u)
})

/** A list nested `depth` levels, one item a level, with an unclosed quote at the bottom. */
function nestedList(depth: number): string {
  const lines: string[] = []
  for (let level = 0; level < depth; level++) lines.push('  '.repeat(level) + '- butir')
  lines.push('  '.repeat(depth) + '“Kami belum selesai, kata dia.', '')
  return lines.join('\n')
}

test('markdownNesting counts the list items and block quotes open at the deepest line', (t) => {
  t.deepEqual(markdownNesting('# Judul\n\nParagraf.\n'), {depth: 0, line: 0})
  t.deepEqual(markdownNesting('- a\n  - b\n    - c\n\nteks\n\n- d\n'), {depth: 3, line: 3})
  t.deepEqual(markdownNesting('> kutipan\n> > dalam\n>\n1. satu\n   > kutip di butir\n'), {depth: 2, line: 2})
  t.deepEqual(markdownNesting('- - - x\n'), {depth: 3, line: 1})
  // Not list markers: a thematic break, a hyphenated word, a number without its delimiter.
  t.deepEqual(markdownNesting('***\n-kata\n2026 adalah tahun\n'), {depth: 0, line: 0})
  t.deepEqual(markdownNesting(nestedList(1000)), {depth: 1000, line: 1000})
})

test('lint: Markdown nested past the limit is refused in one line before the parser runs; a list 10 deep is linted', async (t) => {
  const error = await t.throwsAsync(lint({value: nestedList(1000), path: 'deep.md'}))
  t.is(error!.message, `too deeply nested (lists and block quotes 1000 levels deep at line 1000; kutip reads Markdown up to ${markdownNestingLimit})`)
  const quotes = '>'.repeat(markdownNestingLimit + 1) + ' “Kami siap,” kata Raka.\n'
  t.throws(() => readMarkup(quotes, 'markdown'), {message: /^too deeply nested \(lists and block quotes 51 levels deep at line 1;/u})
  const file = await lint({value: nestedList(10), path: 'list.md'})
  const unbalanced = file.messages.filter((message) => message.ruleId === 'unbalanced-quote')
  t.is(unbalanced.length, 1)
  t.is(unbalanced[0]!.line, 11)
})

test('lint (CLI): a Markdown list nested 1,000 deep is one line and exit 2, the other drafts are linted', async (t) => {
  const folder = tempFolder('kutip-deep-md-', {'deep.md': nestedList(1000), 'ok.md': '“Kami belum selesai, kata dia.\n'})
  const run = await runKutip(['lint', 'deep.md', 'ok.md'], {cwd: folder})
  t.is(run.code, 2)
  t.regex(run.stderr, /^kutip lint: deep\.md: too deeply nested \(lists and block quotes 1000 levels deep at line 1000; kutip reads Markdown up to 50\)$/mu)
  t.regex(run.stderr, /ok\.md/u)
  t.notRegex(run.stderr, /\n\s+at /u)
})

test('lint (CLI) --locale id: the refusal in Indonesian', async (t) => {
  const folder = tempFolder('kutip-deep-md-id-', {'deep.md': nestedList(200)})
  const run = await runKutip(['lint', 'deep.md', '--locale', 'id'], {cwd: folder})
  t.is(run.code, 2)
  t.regex(run.stderr, /deep\.md: bersarang terlalu dalam \(daftar dan kutipan blok 200 tingkat di baris 200; kutip membaca Markdown sampai 50 tingkat\)$/mu)
})
