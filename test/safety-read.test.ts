/**
 * Never lose a user's text, when reading (issue 13): `lint`, `extract`,
 * `verify` and `report` read files one way — binary files, FIFOs and devices
 * refused on one line (never a hang), UTF-16 and BOMs decoded, invalid UTF-8
 * one warning per file — and a folder walk never leaves the folder given
 * through a symbolic link, nor loops on one. Every test works on temp copies.
 */
import {execFileSync} from 'node:child_process'
import {readFileSync, symlinkSync} from 'node:fs'
import path from 'node:path'
import test from 'ava'
import {kutip} from './helpers/kutip-cli.ts'
import {tempFolder} from './helpers/temp-folder.ts'

const onPosix = process.platform !== 'win32'
const fixable = '“Kami tidak tahu”, kata Ketua RT Budi Santoso.\n"Kami siap," kata Budi.\n'
const utf16 = (text: string, endian: 'le' | 'be') => {
  const body = Buffer.from(text, 'utf16le')
  if (endian === 'be') body.swap16()
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body])
}

interface JsonReport {
  path: string
  messages: Array<{ruleId: string; startLine: number; startColumn: number}>
}
const findings = (stdout: string) =>
  Object.fromEntries((JSON.parse(stdout) as JsonReport[]).map((file) => [file.path, file.messages.map((m) => `${m.ruleId} ${m.startLine}:${m.startColumn}`)]))

test('lint: UTF-16 LE/BE and a UTF-8 BOM are decoded; the findings are those of the same text in UTF-8', async (t) => {
  t.timeout(120_000)
  const dir = tempFolder('kutip-read-', {
    'utf8.txt': fixable,
    'le.txt': utf16(fixable, 'le'),
    'be.txt': utf16(fixable, 'be'),
    'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixable)])
  })
  const run = await kutip(['lint', '.', '--report', 'json'], {cwd: dir})
  t.is(run.stderr, '')
  const expected = ['quote-punctuation 1:17', 'quote-style 2:1', 'quote-style 2:12']
  t.deepEqual(findings(run.stdout), {'be.txt': expected, 'bom.txt': expected, 'le.txt': expected, 'utf8.txt': expected})
})

test('lint: a binary file is refused on one line (exit 2), the other files are linted', async (t) => {
  t.timeout(120_000)
  const dir = tempFolder('kutip-read-', {'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'draft.txt': fixable})
  const run = await kutip(['lint', 'image.txt', 'draft.txt', '--report', 'json'], {cwd: dir})
  t.is(run.code, 2)
  t.is(run.stderr, 'kutip lint: image.txt: binary file (NUL byte at 8), not text; kutip reads UTF-8 or UTF-16 text\n')
  t.deepEqual(Object.keys(findings(run.stdout)), ['draft.txt'])
})

test('lint: invalid UTF-8 is one warning line per file; the findings are still reported', async (t) => {
  t.timeout(120_000)
  const dir = tempFolder('kutip-read-', {'old.txt': Buffer.concat([Buffer.from(fixable), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a, 0xff, 0x0a])])})
  const run = await kutip(['lint', 'old.txt', '--report', 'json'], {cwd: dir})
  t.is(run.code, 0)
  t.is(run.stderr, `kutip lint: old.txt: warning: invalid UTF-8 at byte ${Buffer.byteLength(fixable) + 3}; bad bytes were replaced with U+FFFD (offsets count the replacements)\n`)
  t.deepEqual(findings(run.stdout)['old.txt'], ['quote-punctuation 1:17', 'quote-style 2:1', 'quote-style 2:12'])
})

test('a FIFO with no writer, a device, or /dev/zero on stdin: one line and exit 2 at once, never a hang', async (t) => {
  t.timeout(120_000)
  if (!onPosix) return t.pass('FIFOs and /dev/zero are POSIX')
  const dir = tempFolder('kutip-read-', {'draft.txt': fixable})
  execFileSync('mkfifo', [path.join(dir, 'pipe.txt')])
  const fifo = 'a FIFO (named pipe), not a regular file or directory; kutip reads files, folders or stdin (-)'
  const cases: Array<[string[], string | undefined, RegExp]> = [
    [['lint', 'pipe.txt'], undefined, /^kutip lint: pipe\.txt: a FIFO \(named pipe\)/],
    [['extract', 'pipe.txt'], undefined, /^kutip: pipe\.txt: a FIFO \(named pipe\)/],
    [['verify', 'draft.txt', '--sources', 'pipe.txt'], undefined, /^kutip: pipe\.txt: a FIFO \(named pipe\)/],
    [['report', 'draft.txt', '--sources', 'pipe.txt', '-f', 'json'], undefined, /^kutip: pipe\.txt: a FIFO \(named pipe\)/],
    [['lint', '/dev/zero'], undefined, /^kutip lint: \/dev\/zero: a device, not a regular file or directory/],
    [['lint'], '/dev/zero', /^kutip lint: <stdin>: binary file \(NUL byte at 0\)/],
    [['extract'], '/dev/zero', /^kutip: -: binary file \(NUL byte at 0\)/]
  ]
  for (const [args, stdinFile, line] of cases) {
    const run = await kutip(args, {cwd: dir, stdinFile, timeoutMs: 60_000})
    const name = args.join(' ') + (stdinFile ? ` < ${stdinFile}` : '')
    t.false(run.timedOut, `${name} hung`)
    t.is(run.code, 2, name)
    t.regex(run.stderr, line, name)
    t.true(run.stderr.includes(fifo) || !args.includes('pipe.txt'), name)
  }
})

test('folder walks do not follow symbolic links out of the folder, nor loop; lint --fix never writes outside it', async (t) => {
  t.timeout(120_000)
  if (!onPosix) return t.pass('symbolic links need privileges on Windows')
  const outside = '"Kami tidak tahu", kata Ketua RT Budi Santoso.\n'
  const root = tempFolder('kutip-read-', {'outside/secret.txt': outside, 'dir/ok.txt': '"Kami siap," kata Budi.\n', 'dir/sub/inner.txt': '"Ya," kata Budi.\n'})
  const dir = path.join(root, 'dir')
  symlinkSync('../outside', path.join(dir, 'link')) // a folder outside
  symlinkSync('../outside/secret.txt', path.join(dir, 'out.txt')) // a file outside
  symlinkSync('..', path.join(dir, 'loop')) // the parent: outside, and a loop
  symlinkSync('.', path.join(dir, 'self')) // itself: a loop
  symlinkSync('sub', path.join(dir, 'again')) // inside, walked once
  const lint = await kutip(['lint', 'dir', '--fix', '--report', 'json'], {cwd: root, timeoutMs: 60_000})
  t.is(lint.code, 0, lint.stderr)
  t.deepEqual(Object.keys(findings(lint.stdout)), ['dir/again/inner.txt', 'dir/ok.txt'])
  t.is(readFileSync(path.join(root, 'outside', 'secret.txt'), 'utf8'), outside)
  const extract = await kutip(['extract', 'dir'], {cwd: root})
  t.is(extract.code, 0, extract.stderr)
  t.deepEqual(
    extract.stdout.trim().split('\n').map((line) => JSON.parse(line).file),
    ['dir/again/inner.txt', 'dir/ok.txt']
  )
  // A glob does not leave its fixed folder (dir/) through a link, and enters no link to a folder (no loop): globby.
  const glob = await kutip(['extract', 'dir/*/*.txt', 'dir/*.txt'], {cwd: root, timeoutMs: 60_000})
  t.false(glob.timedOut)
  t.deepEqual(
    glob.stdout.trim().split('\n').map((line) => JSON.parse(line).file),
    ['dir/sub/inner.txt', 'dir/ok.txt']
  )
})

test('verify reads its sources through the same reader: a UTF-16 source is decoded, not read as bytes', async (t) => {
  t.timeout(120_000)
  const source = 'Dalam jumpa pers, Budi Santoso mengatakan, "Kami akan menaikkan harga beras bulan depan karena biaya angkut naik."\n'
  const dir = tempFolder('kutip-read-', {
    'pers.txt': utf16(source, 'le'),
    'draft.txt': 'Ketua Asosiasi Pedagang Beras Budi Santoso hadir. "Kami akan menaikkan harga beras bulan depan karena biaya angkut naik," kata Budi Santoso.\n'
  })
  const run = await kutip(['verify', 'draft.txt', '--sources', 'pers.txt', '--format', 'json'], {cwd: dir})
  t.is(run.stderr, '')
  t.is(run.code, 0)
  t.deepEqual(
    (JSON.parse(run.stdout) as {quotes: Array<{verification: {verdict: string}}>}).quotes.map((quote) => quote.verification.verdict),
    ['verbatim']
  )
})
