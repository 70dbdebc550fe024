/**
 * `kutip extract` end to end, through bin/kutip.js in a child process: output
 * shapes (one object, JSON Lines per file, --jsonl records), order, the
 * one-line problems and exit codes, --output, usage errors, byte-identical
 * output for the same input, and decoding of awkward files.
 */
import test from 'ava'
import {spawn} from 'node:child_process'
import {chmod, readFile} from 'node:fs/promises'
import path from 'node:path'
import {checkGraphIntegrity, validateGraph} from '../src/graph/schema.ts'
import type {Graph} from '../src/contract/graph.ts'
import {kutipBin, runKutip, type CliRun} from './fixtures/cli/run-kutip.ts'
import {tempFolder} from './helpers/temp-folder.ts'

const bin = kutipBin

type Run = CliRun
const kutip = (args: string[], options: {cwd?: string; input?: string | Buffer} = {}) => runKutip(args, options)

const folder = (files: Record<string, string | Buffer>): string => tempFolder('kutip-cli-', files)

/** Our own small drafts (not corpus text). */
const draftA = 'JAKARTA, KOMPAS — "Kami siap membantu," kata Menteri Sosial Budi Santoso.\n\nIa menambahkan bahwa bantuan tiba besok.\n'
const draftB = 'Menurut juru bicara Kementerian Pertahanan, Rina Wulandari, latihan berjalan lancar.\n“Tidak ada insiden,” ujarnya.\n'
const draftC = 'SURABAYA — Kepala desa mengatakan, "Air sudah surut." Warga kembali ke rumah.\n'

/** The graph is valid and every span is a slice of `input`. */
function assertSound(t: import('ava').ExecutionContext, graph: Graph, input: string, label: string): void {
  const schema = validateGraph(graph)
  t.deepEqual(schema.errors, [], `${label}: schema`)
  t.deepEqual(checkGraphIntegrity(graph, input), [], `${label}: integrity`)
}

/** The records of JSON Lines output (which must end with a newline). */
function jsonLines(stdout: string): Array<Record<string, unknown>> {
  if (stdout !== '' && !stdout.endsWith('\n')) throw new Error('output does not end with a newline')
  return stdout
    .split('\n')
    .slice(0, -1)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

function withoutKey(record: Record<string, unknown>, key: string): Graph {
  const {[key]: _, ...graph} = record
  return graph as unknown as Graph
}

test.serial('one file: one pretty JSON object, valid, spans slice the file', async (t) => {
  t.timeout(120_000) // child processes; slow on a busy machine (also suspends ava's global timeout)
  const root = await folder({'a.txt': draftA})
  const run = await kutip(['extract', 'a.txt', '--format', 'json'], {cwd: root})
  t.is(run.stderr, '')
  t.is(run.code, 0)
  t.true(run.stdout.startsWith('{\n  "version": 1,'))
  assertSound(t, JSON.parse(run.stdout) as Graph, draftA, 'a.txt')
})

test.serial('a BOM is dropped and CRLF kept: spans index the decoded text', async (t) => {
  t.timeout(120_000) // child processes; slow on a busy machine (also suspends ava's global timeout)
  const text = draftB.replace(/\n/g, '\r\n')
  const root = await folder({'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])})
  const run = await kutip(['extract', 'bom.txt'], {cwd: root})
  t.is(run.code, 0)
  assertSound(t, JSON.parse(run.stdout) as Graph, text, 'bom.txt')
})

test.serial('several files and folders: JSON Lines {"file", …graph} in argument order; problems on stderr, exit 2, the rest still done', async (t) => {
  t.timeout(120_000) // child processes; slow on a busy machine (also suspends ava's global timeout)
  const root = await folder({
    'a.txt': draftA,
    'news/2-b.md': draftB,
    'news/1-c.txt': draftC,
    'news/notes.json': '{}',
    'empty/readme.json': '{}',
    'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])
  })
  const run = await kutip(['extract', 'missing.txt', 'news', 'empty', 'image.png', 'a.txt'], {cwd: root})
  t.is(run.code, 2)
  t.deepEqual(run.stderr.split('\n'), [
    'kutip: missing.txt: no such file or directory',
    'kutip: empty: no drafts in this directory (looked for .txt, .text, .md, .markdown, .html, .htm)',
    'kutip: image.png: binary file (NUL byte at 8), not text; kutip reads UTF-8 or UTF-16 text',
    ''
  ])
  const records = jsonLines(run.stdout)
  t.deepEqual(
    records.map((record) => record.file),
    [path.join('news', '1-c.txt'), path.join('news', '2-b.md'), 'a.txt']
  )
  const texts = [draftC, draftB, draftA]
  records.forEach((record, index) => assertSound(t, withoutKey(record, 'file'), texts[index]!, String(record.file)))
})

test.serial('an unreadable file is one problem line and exit 2', async (t) => {
  t.timeout(120_000) // child processes; slow on a busy machine (also suspends ava's global timeout)
  if (process.getuid?.() === 0) {
    // root reads any file: make it unreadable another way (a directory entry that is a FIFO would block), so check the message path instead.
    const root = await folder({'a.txt': draftA})
    const run = await kutip(['extract', 'a.txt', path.join('a.txt', 'inside.txt')], {cwd: root})
    t.is(run.code, 2)
    t.is(run.stderr, `kutip: ${path.join('a.txt', 'inside.txt')}: a path component is not a directory\n`)
    t.is(jsonLines(run.stdout).length, 1)
    return
  }
  const root = await folder({'a.txt': draftA, 'secret.txt': draftB})
  await chmod(path.join(root, 'secret.txt'), 0o000)
  const run = await kutip(['extract', 'secret.txt', 'a.txt'], {cwd: root})
  t.is(run.code, 2)
  t.is(run.stderr, 'kutip: secret.txt: permission denied\n')
  t.deepEqual(
    jsonLines(run.stdout).map((record) => record.file),
    ['a.txt']
  )
})

test.serial('a quoted glob is expanded by kutip, in path order', async (t) => {
  t.timeout(120_000) // child processes; slow on a busy machine (also suspends ava's global timeout)
  const root = await folder({'d/x/b.txt': draftB, 'd/a.txt': draftA, 'd/c.md': draftC})
  const run = await kutip(['extract', 'd/**/*.txt'], {cwd: root})
  t.is(run.code, 0)
  t.deepEqual(
    jsonLines(run.stdout).map((record) => record.file),
    ['d/a.txt', 'd/x/b.txt']
  )
  const none = await kutip(['extract', 'd/*.pdf'], {cwd: root})
  t.is(none.code, 2)
  t.is(none.stderr, 'kutip: d/*.pdf: no files match this pattern\n')
})

const records = [
  JSON.stringify({id: 'r1', text: draftA}),
  '{"id": "r2", "text": "tidak ditutup',
  JSON.stringify({id: 'r3'}),
  '',
  JSON.stringify({id: 4, text: draftB}),
  JSON.stringify([draftC]),
  JSON.stringify({id: 'r6', text: 17}),
  JSON.stringify({text: draftC})
]

test.serial('--jsonl: one line out per line in, same order, bad lines as error lines, exit 0', async (t) => {
  t.timeout(120_000) // child processes; slow on a busy machine (also suspends ava's global timeout)
  const run = await kutip(['extract', '--jsonl', '--jobs', '3'], {input: records.join('\r\n') + '\n'})
  t.is(run.stderr, '')
  t.is(run.code, 0)
  const out = jsonLines(run.stdout)
  t.is(out.length, records.length)
  t.deepEqual(
    out.map((record) => [record.id, typeof record.error === 'string' ? record.error.replace(/ \(.*\)$/, '') : 'graph']),
    [
      ['r1', 'graph'],
      ['r2', 'line 2: not valid JSON'],
      ['r3', 'line 3: missing "text"'],
      [null, 'line 4: empty line, expected {"id": …, "text": "…"}'],
      [4, 'graph'],
      [null, 'line 6: expected a JSON object {"id": …, "text": "…"}, got an array'],
      ['r6', 'line 7: "text" must be a string, got a number'],
      [null, 'graph']
    ]
  )
  assertSound(t, withoutKey(out[0]!, 'id'), draftA, 'r1')
  assertSound(t, withoutKey(out[4]!, 'id'), draftB, '4')
  assertSound(t, withoutKey(out[7]!, 'id'), draftC, 'line 8')
  t.deepEqual(Object.keys(out[0]!)[0], 'id')
})

test.serial('--jsonl on a pool under node options for the whole process (--max-old-space-size, a V8 flag): no crash, same output', async (t) => {
  t.timeout(120_000) // child processes; slow on a busy machine (also suspends ava's global timeout)
  const input = [draftA, draftB].map((text, index) => JSON.stringify({id: index, text})).join('\n') + '\n'
  const plain = await kutip(['extract', '--jsonl', '--jobs', '1'], {input})
  const run = await runKutip(['extract', '--jsonl', '--jobs', '2'], {input, nodeArgs: ['--max-old-space-size=1024', '--stack-size=2000']})
  t.is(run.stderr, '')
  t.is(run.code, 0)
  t.is(run.stdout, plain.stdout)
})

test.serial('--jsonl: many records keep their order on a pool, byte-identical to one job and to a second run', async (t) => {
  t.timeout(120_000) // child processes; slow on a busy machine (also suspends ava's global timeout)
  const drafts = [draftA, draftB, draftC]
  // Vary the sizes so that workers finish out of order.
  const input = Array.from({length: 120}, (_, n) => JSON.stringify({id: `doc-${n}`, text: drafts[n % 3]!.repeat(1 + ((n * 37) % 11))})).join('\n')
  const [pooled, again, single] = await Promise.all([
    kutip(['extract', '--jsonl', '-j', '4'], {input}),
    kutip(['extract', '--jsonl', '-j', '4'], {input}),
    kutip(['extract', '--jsonl', '-j', '1'], {input})
  ])
  t.is(pooled.code, 0)
  const ids = jsonLines(pooled.stdout).map((record) => record.id)
  t.deepEqual(
    ids,
    Array.from({length: 120}, (_, n) => `doc-${n}`)
  )
  t.is(pooled.stdout, again.stdout)
  t.is(pooled.stdout, single.stdout)
})

test.serial('--jsonl --timeout: a record over the limit becomes an error line with its id, the run goes on', async (t) => {
  t.timeout(120_000) // child processes; slow on a busy machine (also suspends ava's global timeout)
  const input = [JSON.stringify({id: 'slow-1', text: draftA.repeat(400)}), JSON.stringify({id: 'slow-2', text: draftB.repeat(400)})].join('\n')
  const run = await kutip(['extract', '--jsonl', '--timeout', '0.001', '--jobs', '1'], {input})
  t.is(run.code, 0)
  t.is(run.stderr, '')
  t.deepEqual(jsonLines(run.stdout), [
    {id: 'slow-1', error: 'line 1: gave up after 0.001 s (--timeout)'},
    {id: 'slow-2', error: 'line 2: gave up after 0.001 s (--timeout)'}
  ])
})

test.serial('--jsonl with empty input writes nothing and exits 0', async (t) => {
  t.timeout(120_000) // child processes; slow on a busy machine (also suspends ava's global timeout)
  const run = await kutip(['extract', '--jsonl'], {input: ''})
  t.deepEqual(run, {code: 0, signal: null, stdout: '', stderr: ''})
})

test.serial('--output writes only to that file', async (t) => {
  t.timeout(120_000) // child processes; slow on a busy machine (also suspends ava's global timeout)
  const root = await folder({'a.txt': draftA, 'b.txt': draftB})
  const run = await kutip(['extract', 'a.txt', 'b.txt', '-o', 'out.jsonl'], {cwd: root})
  t.deepEqual(run, {code: 0, signal: null, stdout: '', stderr: ''})
  const written = await readFile(path.join(root, 'out.jsonl'), 'utf8')
  t.deepEqual(
    jsonLines(written).map((record) => record.file),
    ['a.txt', 'b.txt']
  )
  const jsonl = await kutip(['extract', '--jsonl', '--output', 'records.jsonl'], {cwd: root, input: records[0] + '\n'})
  t.deepEqual(jsonl, {code: 0, signal: null, stdout: '', stderr: ''})
  t.is(jsonLines(await readFile(path.join(root, 'records.jsonl'), 'utf8'))[0]!.id, 'r1')
})

test.serial('--output into a folder that does not exist: one line naming it, exit 2', async (t) => {
  t.timeout(120_000) // child processes; slow on a busy machine (also suspends ava's global timeout)
  const root = await folder({'a.txt': draftA})
  const run = await kutip(['extract', 'a.txt', '-o', 'no/such/out.json'], {cwd: root})
  t.is(run.code, 2)
  t.is(run.stdout, '')
  t.is(run.stderr, 'kutip: no/such/out.json: no such file or directory\n')
})

test.serial('text piped in with no file argument, or -, is one document', async (t) => {
  t.timeout(120_000) // child processes; slow on a busy machine (also suspends ava's global timeout)
  const piped = await kutip(['extract'], {input: draftC})
  t.is(piped.code, 0)
  assertSound(t, JSON.parse(piped.stdout) as Graph, draftC, 'stdin')
  const dash = await kutip(['extract', '-', '--compact'], {input: draftC})
  t.is(dash.stdout, JSON.stringify(JSON.parse(piped.stdout)) + '\n')
})

test.serial('invalid UTF-8 in a file: a warning line, the graph of the repaired text, exit 0', async (t) => {
  t.timeout(120_000) // child processes; slow on a busy machine (also suspends ava's global timeout)
  const bytes = Buffer.concat([Buffer.from('"Harga naik', 'utf8'), Buffer.from([0xff, 0xfe]), Buffer.from('," kata pedagang.\n')])
  const root = await folder({'latin.txt': bytes})
  const run = await kutip(['extract', 'latin.txt'], {cwd: root})
  t.is(run.code, 0)
  t.is(run.stderr, 'kutip: latin.txt: warning: invalid UTF-8 at byte 11; bad bytes were replaced with U+FFFD (offsets count the replacements)\n')
  assertSound(t, JSON.parse(run.stdout) as Graph, new TextDecoder().decode(bytes), 'latin.txt')
})

test.serial('usage errors: one line naming the problem, a pointer to --help, exit 2', async (t) => {
  t.timeout(120_000) // child processes; slow on a busy machine (also suspends ava's global timeout)
  const cases: Array<[string[], string]> = [
    [['extract', '--bogus', 'a.txt'], 'kutip extract: unknown option --bogus'],
    [['extract', '--jobz', '2', 'a.txt'], 'kutip extract: unknown option --jobz (did you mean --jobs?)'],
    [['extract', '--jobs', 'many', 'a.txt'], "kutip extract: --jobs expects a whole number of workers, got 'many'"],
    [['extract', '--timeout', 'soon', 'a.txt'], "kutip extract: --timeout expects seconds (e.g. 30 or 2.5), got 'soon'"],
    [['extract', '--format', 'xml', 'a.txt'], "kutip extract: unknown --format 'xml' (known: summary, json)"],
    [['extract', '--jsonl', 'a.txt'], 'kutip extract: --jsonl reads records from stdin; give no file arguments (use `< file.jsonl`)']
  ]
  for (const [args, first] of cases) {
    const run = await kutip(args)
    t.is(run.code, 2, args.join(' '))
    t.is(run.stdout, '')
    const lines = run.stderr.trimEnd().split('\n')
    t.true(lines[0]!.startsWith(first), lines[0])
    t.is(lines[1], 'Run `kutip extract --help` for usage.')
  }
})

test.serial('--help prints the usage on stdout and exits 0', async (t) => {
  t.timeout(120_000) // child processes; slow on a busy machine (also suspends ava's global timeout)
  const run = await kutip(['extract', '--help'])
  t.is(run.code, 0)
  t.regex(run.stdout, /^Usage: kutip extract \[options\]/)
  t.regex(run.stdout, /--jsonl/)
  t.regex(run.stdout, /Exit codes:/)
})

test.serial('a reader that stops early (| head) ends the run quietly', async (t) => {
  t.timeout(120_000) // child processes; slow on a busy machine (also suspends ava's global timeout)
  const input = Array.from({length: 400}, (_, n) => JSON.stringify({id: n, text: draftA})).join('\n')
  const root = await folder({'in.jsonl': input})
  const result = await new Promise<Run>((resolve) => {
    const child = spawn('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" extract --jsonl -j 2 < in.jsonl | head -n 2; echo "status \${PIPESTATUS[0]}" >&2`], {cwd: root})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('close', (code, signal) => resolve({code, signal, stdout, stderr}))
  })
  t.is(result.stdout.split('\n').length, 3)
  t.is(result.stderr, 'status 0\n')
})
