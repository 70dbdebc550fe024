/**
 * The shared CLI helpers in src/cli/io: decoding bytes, splitting JSON Lines,
 * the record contract, globbing, listing inputs, and the ordered pool.
 */
import test from 'ava'
import path from 'node:path'
import {Readable} from 'node:stream'
import fc from 'fast-check'
import {jsonChunks} from '../src/cli/io/json-chunks.ts'
import {binaryReason, decodeText, firstInvalidUtf8} from '../src/cli/io/decode.ts'
import {listInputs} from '../src/cli/io/files.ts'
import {errorLine, parseRecord, resultLine} from '../src/cli/io/jsonl.ts'
import {readLines, type Line} from '../src/cli/io/lines.ts'
import {openPool, orderedMap, TaskTimeoutError} from '../src/cli/io/pool.ts'
import {describeError, formatProblem, Problems} from '../src/cli/io/problems.ts'
import {tempFolder} from './helpers/temp-folder.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

test('decode: plain UTF-8 passes through with line ends kept', (t) => {
  const decoded = decodeText(utf8('Kata dia,\r\n“ya.”\rSelesai'))
  t.deepEqual(decoded, {text: 'Kata dia,\r\n“ya.”\rSelesai', encoding: 'utf-8', warnings: []})
})

test('decode: a UTF-8 BOM is removed, so offsets count from the first character', (t) => {
  const decoded = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kata')]))
  t.like(decoded, {text: 'Kata', encoding: 'utf-8 (BOM)'})
})

test('decode: UTF-16 LE and BE by their BOM', (t) => {
  const le = new Uint8Array([0xff, 0xfe, 0x4b, 0x00, 0x1c, 0x20])
  const be = new Uint8Array([0xfe, 0xff, 0x00, 0x4b, 0x20, 0x1c])
  t.like(decodeText(le), {text: 'K“', encoding: 'utf-16le'})
  t.like(decodeText(be), {text: 'K“', encoding: 'utf-16be'})
})

test('decode: invalid UTF-8 becomes U+FFFD with one warning naming the first bad byte', (t) => {
  const decoded = decodeText(new Uint8Array([...utf8('ok '), 0xff, ...utf8(' lalu '), 0xc3]))
  if ('problem' in decoded) return t.fail(decoded.problem)
  t.is(decoded.text, 'ok \uFFFD lalu \uFFFD')
  t.deepEqual(decoded.warnings.length, 1)
  t.regex(decoded.warnings[0]!, /^invalid UTF-8 at byte 3;/)
})

test('decode: NUL bytes or mostly control bytes mean a binary file', (t) => {
  t.regex(binaryReason(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), /^binary file \(NUL byte at 4\)/)
  t.regex(binaryReason(new Uint8Array(64).fill(2)), /^binary file \(64 control bytes/)
  t.is(binaryReason(utf8('Teks biasa\twith tab\fand form feed\n'.repeat(3))), '')
  t.like(decodeText(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00])), {problem: 'binary file (NUL byte at 7), not text; kutip reads UTF-8 or UTF-16 text'})
})

test('decode: firstInvalidUtf8 rejects overlongs, surrogates and truncated sequences', (t) => {
  t.is(firstInvalidUtf8(utf8('aé€😀')), -1)
  t.is(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80])), 1) // overlong NUL
  t.is(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80])), 0) // UTF-16 surrogate
  t.is(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xf0, 0x9f, 0x98])), 2) // cut emoji
  t.is(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80])), 0) // above U+10FFFF
})

async function lines(chunks: Array<string | Buffer>): Promise<Line[]> {
  const out: Line[] = []
  for await (const line of readLines(Readable.from(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk))))) out.push(line)
  return out
}

test('lines: LF and CRLF ends, no phantom last line, BOM dropped, lone CR kept', async (t) => {
  const result = await lines(['\uFEFFsatu\r\ndua\n', 'ti', 'ga\rempat\n'])
  t.deepEqual(
    result.map((line) => [line.number, line.text]),
    [
      [1, 'satu'],
      [2, 'dua'],
      [3, 'tiga\rempat']
    ]
  )
  t.deepEqual((await lines(['a\nb'])).map((line) => line.text), ['a', 'b'])
  t.deepEqual(await lines([]), [])
})

test('lines: a multi-byte character split across chunks stays whole; invalid bytes flagged', async (t) => {
  const emoji = Buffer.from('😀“x”\n')
  const result = await lines([emoji.subarray(0, 2), emoji.subarray(2, 5), emoji.subarray(5), Buffer.from([0x61, 0xff, 0x0a])])
  t.is(result[0]!.text, '😀“x”')
  t.false(result[0]!.invalidUtf8)
  t.is(result[1]!.text, 'a\uFFFD')
  t.true(result[1]!.invalidUtf8)
})

test('jsonl: records, and every way a line can fail, with the id kept when there is one', (t) => {
  t.deepEqual(parseRecord('{"id":"a1","text":"Kata dia."}', 1), {id: 'a1', text: 'Kata dia.'})
  t.deepEqual(parseRecord('{"id":7,"text":"","extra":true}', 2), {id: 7, text: ''})
  t.deepEqual(parseRecord('{"text":"tanpa id"}', 3), {id: null, text: 'tanpa id'})
  t.deepEqual(parseRecord('{"id":"b","txt":"x"}', 4), {id: 'b', error: 'line 4: missing "text"'})
  t.deepEqual(parseRecord('{"id":"c","text":42}', 5), {id: 'c', error: 'line 5: "text" must be a string, got a number'})
  t.deepEqual(parseRecord('[1,2]', 6), {id: null, error: 'line 6: expected a JSON object {"id": …, "text": "…"}, got an array'})
  t.deepEqual(parseRecord('   ', 7), {id: null, error: 'line 7: empty line, expected {"id": …, "text": "…"}'})
  const broken = parseRecord('{"id": "d-9", "text": "unterminated', 8)
  t.is(broken.id, 'd-9')
  t.regex((broken as {error: string}).error, /^line 8: not valid JSON \(/)
  t.is(parseRecord('{"id": 12, "text": tr', 9).id, 12)
})

test('jsonl: output lines put the id first and stay one line', (t) => {
  t.is(resultLine('x', '{"version":1,"quotes":[]}'), '{"id":"x","version":1,"quotes":[]}')
  t.is(resultLine(null, '{}'), '{"id":null}')
  t.is(resultLine('a.txt', '{"v":1}', 'file'), '{"file":"a.txt","v":1}')
  t.is(errorLine(undefined, 'line 2:\nbad'), '{"id":null,"error":"line 2:\\nbad"}')
})

const tree = (files: Record<string, string>): string => tempFolder('kutip-io-', files)

const listed = async (root: string, args: string[]): Promise<Array<[string, string | undefined]>> => {
  const entries: Array<[string, string | undefined]> = []
  for await (const entry of listInputs(args.map((arg) => (arg.startsWith('!') ? '!' + path.join(root, arg.slice(1)) : path.join(root, arg))))) {
    entries.push([path.relative(root, entry.path), entry.problem])
  }
  return entries
}

test('glob: ** walks folders (not dot-folders or node_modules), results sorted', async (t) => {
  const root = await tree({'a/x.md': '', 'a/b/y.md': '', 'a/b/z.txt': '', 'a/.git/h.md': '', 'a/node_modules/n.md': '', 'top.md': ''})
  t.deepEqual(await listed(root, ['**/*.md']), [['a/b/y.md', undefined], ['a/x.md', undefined], ['top.md', undefined]])
})

test('glob: braces, classes and ! negations; a .gitignore leaves files out; no match is one problem', async (t) => {
  const root = await tree({'drafts/a.md': '', 'drafts/b.html': '', 'drafts/c.txt': '', 'drafts/old/d.md': '', 'drafts/tmp-1.md': '', '.gitignore': 'tmp-*.md\n', '.git/HEAD': ''})
  t.deepEqual(await listed(root, ['drafts/*.{md,html}']), [['drafts/a.md', undefined], ['drafts/b.html', undefined]])
  t.deepEqual(await listed(root, ['drafts/[ab].*']), [['drafts/a.md', undefined], ['drafts/b.html', undefined]])
  t.deepEqual(await listed(root, ['drafts/**/*.md', '!drafts/old/**']), [['drafts/a.md', undefined]])
  // A negation applies to folder walks too; a file named as it is is always read.
  t.deepEqual(await listed(root, ['drafts', '!**/*.txt', 'drafts/c.txt']), [['drafts/a.md', undefined], ['drafts/b.html', undefined], ['drafts/old/d.md', undefined], ['drafts/tmp-1.md', undefined], ['drafts/c.txt', undefined]])
  t.deepEqual(await listed(root, ['drafts/tmp-*.md']), [['drafts/tmp-*.md', 'no files match this pattern']])
  t.deepEqual(await listed(root, ['drafts/*.{doc,odt}']), [['drafts/*.{doc,odt}', 'no files match this pattern']])
  t.deepEqual(await listed(root, ['drafts/*.md', '!drafts/*']), [['drafts/*.md', 'no files match this pattern']])
})

test('glob: a symbolic link out of the pattern\'s fixed folder is not followed', async (t) => {
  const root = await tree({'in/a.md': '', 'out/secret.md': ''})
  const {symlinkSync} = await import('node:fs')
  symlinkSync(path.join(root, 'out/secret.md'), path.join(root, 'in/link.md'))
  symlinkSync(path.join(root, 'in/a.md'), path.join(root, 'in/same.md'))
  t.deepEqual(await listed(root, ['in/*.md']), [['in/a.md', undefined], ['in/same.md', undefined]])
})

test('listInputs: argument order, folder drafts in name order, one problem per bad argument', async (t) => {
  const root = await tree({'d/b.txt': '', 'd/a.md': '', 'd/sub/c.html': '', 'd/skip.json': '', 'only.json': '', 'empty/x.json': ''})
  const at = (name: string) => path.join(root, name)
  const entries = []
  for await (const entry of listInputs([at('only.json'), at('d'), at('nope.txt'), at('empty'), at('*.none'), '-'])) entries.push(entry)
  t.deepEqual(
    entries.map((entry) => [entry.path === '-' ? '-' : path.relative(root, entry.path), entry.problem]),
    [
      ['only.json', undefined],
      ['d/a.md', undefined],
      ['d/b.txt', undefined],
      ['d/sub/c.html', undefined],
      ['nope.txt', 'no such file or directory'],
      ['empty', 'no drafts in this directory (looked for .txt, .text, .md, .markdown, .html, .htm)'],
      ['*.none', 'no files match this pattern'],
      ['-', undefined]
    ]
  )
})

test('problems: one line per problem with control characters escaped; exit code 2 only for errors', (t) => {
  const lines: string[] = []
  const problems = new Problems((line) => lines.push(line))
  problems.warn('a.txt', 'invalid UTF-8 at byte 3')
  t.is(problems.exitCode(0), 0)
  problems.report('evil\nname.txt', 'no such file or directory')
  t.is(problems.exitCode(0), 2)
  t.deepEqual(lines, ['kutip: a.txt: warning: invalid UTF-8 at byte 3', 'kutip: evil\\x0aname.txt: no such file or directory'])
  t.is(formatProblem('x', 'y'), 'kutip: x: y')
  t.is(describeError(Object.assign(new Error('EACCES: permission denied, open x'), {code: 'EACCES'})), 'permission denied')
})

test('orderedMap: results in source order whatever the finishing order, never more than window in flight', async (t) => {
  let running = 0
  let most = 0
  const work = async (n: number) => {
    running++
    most = Math.max(most, running)
    await new Promise((resolve) => setTimeout(resolve, (n * 7) % 5))
    running--
    if (n === 13) throw new Error('thirteen')
    return n * 2
  }
  async function* source() {
    for (let n = 0; n < 40; n++) yield n
  }
  const seen: unknown[] = []
  for await (const done of orderedMap(source(), work, 4)) seen.push('value' in done ? done.value : (done.error as Error).message)
  t.deepEqual(
    seen,
    Array.from({length: 40}, (_, n) => (n === 13 ? 'thirteen' : n * 2))
  )
  t.true(most <= 4)
  t.true(most >= 2)
})

test('orderedMap: a consumer that stops early stops pulling the source', async (t) => {
  let pulled = 0
  function* source() {
    for (let n = 0; n < 1000; n++) {
      pulled++
      yield n
    }
  }
  for await (const done of orderedMap(source(), async (n) => n, 3)) if ('value' in done && done.value === 5) break
  t.true(pulled <= 9, `pulled ${pulled}`)
})

const sleeperUrl = new URL('fixtures/cli/sleeper-worker.ts', import.meta.url)

test('pool: worker threads run tasks; a task over the timeout fails alone and the pool goes on', async (t) => {
  t.timeout(120_000)
  // The limit counts from submission, so it includes a thread's start-up (slow under tsx on a busy machine).
  const pool = await openPool<{ms: number; value: string}, string>(sleeperUrl, {jobs: 2, timeoutMs: 10_000})
  try {
    t.is(pool.threads, 2)
    await Promise.all([pool.run({ms: 0, value: 'warm'}), pool.run({ms: 0, value: 'warm'})])
    const results = await Promise.allSettled([pool.run({ms: 0, value: 'a'}), pool.run({ms: -1, value: 'hang'}), pool.run({ms: 10, value: 'b'})])
    t.deepEqual(results[0], {status: 'fulfilled', value: 'a'})
    t.is(results[1].status, 'rejected')
    t.true((results[1] as PromiseRejectedResult).reason instanceof TaskTimeoutError)
    t.deepEqual(results[2], {status: 'fulfilled', value: 'b'})
    t.is(await pool.run({ms: 0, value: 'after'}), 'after')
  } finally {
    await pool.close()
  }
})

test('pool: jobs 1 without a timeout runs in this thread', async (t) => {
  const pool = await openPool<{ms: number; value: string}, string>(sleeperUrl, {jobs: 1})
  t.is(pool.threads, 1)
  t.is(await pool.run({ms: 0, value: 'here'}), 'here')
  await pool.close()
})

test('jsonChunks: the pieces join to exactly JSON.stringify, compact or indented', (t) => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.constantFrom(0, 2), fc.integer({min: 1, max: 64}), (value, indent, size) => {
      const pieces = jsonChunks(value, indent, size)
      return pieces.join('') === JSON.stringify(value, null, indent)
    }),
    {numRuns: 500}
  )
  const graph = {version: 1, quotes: Array.from({length: 50}, (_, n) => ({id: `q${n}`, content: {start: n, end: n + 1, text: 'x\n"y"'}}))}
  const pieces = jsonChunks(graph, 2, 200)
  t.true(pieces.length > 5, `${pieces.length} pieces`)
  t.is(pieces.join(''), JSON.stringify(graph, null, 2))
  t.deepEqual(jsonChunks({a: undefined, b: [undefined, () => 1]}), ['{"b":[null,null]}'])
  // Long arrays deeper down (an entity's mentions) are taken apart too, with the same bytes.
  const entities = {entities: [{id: 'e1', mentions: Array.from({length: 300}, (_, n) => ({start: n, end: n + 1, text: n % 7 ? 'a' : undefined}))}, {id: 'e2', mentions: [[1, [2, 3]], {}, []]}]}
  for (const indent of [0, 2]) {
    const deep = jsonChunks(entities, indent, 100)
    t.true(deep.length > 20, `${deep.length} pieces`)
    t.is(deep.join(''), JSON.stringify(entities, null, indent))
  }
})

test('jsonlLines: a batch answered in this thread gives the bytes of the jsonl task, line by line, large records streamed', async (t) => {
  const {default: runExtractTask, jsonlLines} = await import('../src/cli/worker.ts')
  const article = 'JAKARTA, KOMPAS.com - Cuaca cerah.\n\n"Kami siap menghadapi musim hujan," kata Budi Santoso, Kepala Dinas Pekerjaan Umum, Senin (2/1/2023).\n'
  const lines = [JSON.stringify({id: 'a', text: article}), 'not json', JSON.stringify({id: 2}), '', JSON.stringify({text: article.repeat(3), id: {n: 3}})]
  const batch = () => ({first: 5, count: lines.length, bytes: new Uint8Array(Buffer.from(lines.join('\r\n') + '\n'))})
  const expected = Buffer.from(runExtractTask({kind: 'jsonl', ...batch()}) as Uint8Array).toString('utf8')
  t.is(expected.split('\n').length, lines.length + 1)
  t.regex(expected, /^\{"id":"a","version":1,/)
  t.regex(expected.split('\n')[1]!, /^\{"id":null,"error":"line 6: /)
  for (const largeText of [4_000_000, 0]) {
    const given = batch()
    const pieces = [...jsonlLines(given, largeText)]
    t.is(pieces.join(''), expected, `large text from ${largeText} characters`)
    // Each line's last piece ends with its LF, and no other piece holds one.
    t.is(pieces.filter((piece) => piece.endsWith('\n')).length, lines.length)
    t.true(pieces.every((piece) => piece.indexOf('\n') === -1 || piece.indexOf('\n') === piece.length - 1))
    t.is(given.bytes.byteLength, 0, 'the batch lets its bytes go')
  }
})
