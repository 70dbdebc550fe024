import {execFile} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'
import test from 'ava'
import {repoRoot} from './report-fixtures.ts'
import {tempFolder} from './helpers/temp-folder.ts'

const run = promisify(execFile)
const bin = path.join(repoRoot, 'bin', 'kutip.js')

async function kutip(args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await run(process.execPath, [bin, 'report', ...args], {maxBuffer: 64 * 1024 * 1024})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failed = error as {code: number; stdout: string; stderr: string}
    return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr}
  }
}

const draft =
  'Jakarta (Kabar Kutip) - Menteri Pekerjaan Umum Budi Santoso meninjau lokasi banjir di Bekasi, Senin.\n\n' +
  '"Kami akan membangun tanggul baru sepanjang tiga kilometer tahun depan," kata Budi kepada wartawan.\n'
const source =
  'Siaran pers. Menteri Pekerjaan Umum Budi Santoso mengatakan, "Kami akan membangun tanggul baru sepanjang tiga kilometer tahun depan." Demikian siaran pers itu.\n'

function workspace(): string {
  const dir = tempFolder('kutip-report-cli-')
  mkdirSync(path.join(dir, 'drafts'))
  writeFileSync(path.join(dir, 'drafts', 'a.txt'), draft)
  writeFileSync(path.join(dir, 'drafts', 'b.txt'), 'Hujan turun sejak pagi di Bogor.\n')
  writeFileSync(
    path.join(dir, 'drafts', 'records.jsonl'),
    JSON.stringify({id: 'rec-1', text: draft}) + '\n' + '{"id": "rec-2", "text": 5}\n' + JSON.stringify({id: 'rec-3', text: 'Tidak ada kutipan.'}) + '\n'
  )
  writeFileSync(path.join(dir, 'source.txt'), source)
  return dir
}

test.serial('a folder with texts and a .jsonl file: every article, in order; a bad record is reported and the run goes on', async (t) => {
  t.timeout(120_000)
  const dir = workspace()
  const out = path.join(dir, 'report.json')
  const result = await kutip([path.join(dir, 'drafts'), '--format', 'json', '-o', out, '--no-progress'])
  t.is(result.code, 2, 'a record that cannot be read gives exit code 2')
  t.regex(result.stderr, /records\.jsonl: line 2: "text" must be a string/)
  t.is(result.stdout, '', 'with -o nothing goes to stdout')
  const report = JSON.parse(readFileSync(out, 'utf8'))
  t.is(report.kutipReport, 1)
  t.deepEqual(
    report.articles.map((article: {id: string}) => article.id),
    [path.join(dir, 'drafts', 'a.txt'), path.join(dir, 'drafts', 'b.txt'), 'rec-1', 'rec-2', 'rec-3']
  )
  t.regex(report.articles[3].error, /must be a string/)
  const quote = report.articles[0].quotes.find((row: {kind: string}) => row.kind === 'direct')
  t.is(quote.content.text, 'Kami akan membangun tanggul baru sepanjang tiga kilometer tahun depan,'.replace(/,$/, ''))
  t.is(quote.speaker.name, 'Budi Santoso')
  t.is(report.totals.articles, 5)
  t.is(report.totals.failed, 1)
})

test.serial('--sources verifies every quote and the report shows the verdict', async (t) => {
  t.timeout(120_000)
  const dir = workspace()
  const result = await kutip([path.join(dir, 'drafts', 'a.txt'), '--sources', path.join(dir, 'source.txt'), '-f', 'md'])
  t.is(result.code, 0, result.stderr)
  t.regex(result.stdout, /\| Budi Santoso[^|]*\| kata \|[^\n]*\*\*verbatim\*\*/)
  t.regex(result.stdout, /\*\*Publisher\*\* Kabar Kutip/)
})

test.serial('a missing file is one problem line and exit code 2; the other files are still reported', async (t) => {
  t.timeout(120_000)
  const dir = workspace()
  const result = await kutip([path.join(dir, 'nope.txt'), path.join(dir, 'drafts', 'a.txt'), '-f', 'md', '--no-progress'])
  t.is(result.code, 2)
  t.regex(result.stderr, /^kutip: .*nope\.txt: no such file/m)
  t.regex(result.stdout, /Budi Santoso/)
})

test.serial('usage errors: unknown format, bad --top', async (t) => {
  t.timeout(120_000)
  const unknown = await kutip(['x.txt', '--format', 'pdf'])
  t.is(unknown.code, 2)
  t.regex(unknown.stderr, /unknown --format 'pdf' \(known: summary, html, md, json, jsonld, dot\)/)
  const top = await kutip(['x.txt', '--top', 'many'])
  t.is(top.code, 2)
  t.regex(top.stderr, /--top expects a whole number/)
})

test.serial('html, jsonld and dot from the command line', async (t) => {
  t.timeout(120_000)
  const dir = workspace()
  const file = path.join(dir, 'drafts', 'a.txt')
  const html = await kutip([file])
  t.is(html.code, 0, html.stderr)
  t.regex(html.stdout, /^<!doctype html>/)
  t.regex(html.stdout, /<svg role="img"/)
  t.notRegex((await kutip([file, '--no-graph'])).stdout, /<svg/)
  const jsonld = JSON.parse((await kutip([file, '-f', 'jsonld'])).stdout)
  t.true(jsonld['@graph'].some((node: {type: unknown}) => node.type === 'Quotation'))
  const dot = await kutip([file, '-f', 'dot'])
  t.regex(dot.stdout, /^digraph ".*a\.txt" \{/)
  t.regex(dot.stdout, /class="speaker"/)
})

test.serial('--lint shows the lint findings on the quote they concern', async (t) => {
  t.timeout(120_000)
  const dir = workspace()
  const file = path.join(dir, 'lintme.txt')
  writeFileSync(file, '"Kami akan membangun tanggul baru," kata dia.\n')
  const result = await kutip([file, '--lint', '-f', 'json'])
  t.is(result.code, 0, result.stderr)
  const [article] = JSON.parse(result.stdout).articles
  const quote = article.quotes.find((row: {content: {text: string}}) => row.content.text.startsWith('Kami akan'))
  t.truthy(quote)
  t.true(
    quote.findings.some((finding: {ruleId: string; start: number}) => finding.ruleId === 'ambiguous-speaker' && finding.start >= 0),
    JSON.stringify(quote.findings)
  )
  const without = JSON.parse((await kutip([file, '-f', 'json'])).stdout).articles[0]
  t.true(without.quotes.every((row: {findings: unknown[]}) => row.findings.length === 0), 'no findings unless asked')
})

test.serial('the CLI page (pictures drawn while the workers analyse) is the same page the API renders', async (t) => {
  t.timeout(120_000)
  const dir = workspace()
  const files = ['a.txt', 'b.txt'].map((name) => path.join(dir, 'drafts', name))
  const cli = await kutip([...files, '--jobs', '2', '--no-progress'])
  t.is(cli.code, 0, cli.stderr)
  const {report} = await import('../src/index.ts')
  const api = await report(files.map((file) => ({id: file, path: file, text: readFileSync(file, 'utf8')})))
  t.is(cli.stdout, api)
  t.is(cli.stdout.match(/<svg role="img"/g)?.length, 2)
})

test.serial('graphs from `kutip extract` (.json, and --jsonl lines) are reported without analysing again', async (t) => {
  t.timeout(120_000)
  const dir = workspace()
  const draftFile = path.join(dir, 'drafts', 'a.txt')
  const {report} = await import('../src/index.ts')
  const {extract} = await import('../src/index.ts')
  const graph = extract(draft)
  writeFileSync(path.join(dir, 'a.graph.json'), JSON.stringify(graph))
  writeFileSync(path.join(dir, 'graphs.jsonl'), JSON.stringify({id: 'g-1', ...graph}) + '\n' + JSON.stringify({id: 'g-2', text: draft, ...graph}) + '\n')
  writeFileSync(path.join(dir, 'other.json'), '{"name": "not a graph"}')
  const result = await kutip([path.join(dir, 'a.graph.json'), path.join(dir, 'graphs.jsonl'), path.join(dir, 'other.json'), '-f', 'json', '--no-progress'])
  t.is(result.code, 2)
  t.regex(result.stderr, /other\.json: not an attribution graph/)
  const model = JSON.parse(result.stdout)
  t.deepEqual(model.articles.map((article: {id: string}) => article.id), [path.join(dir, 'a.graph.json'), 'g-1', 'g-2'])
  for (const article of model.articles) t.is(article.quotes.length, graph.quotes.length)
  t.is(model.articles[1].text, null, 'a graph alone has no text')
  t.is(model.articles[2].text, draft, 'a record with its text keeps it')
  const fromText = JSON.parse(await report([{id: draftFile, text: draft}], {format: 'json'}))
  t.deepEqual(model.articles[2].quotes, fromText.articles[0].quotes.map((row: {anchor: string}) => ({...row, anchor: row.anchor.replace(/^a1-/, 'a3-')})))
})
