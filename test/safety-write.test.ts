/**
 * Never lose a user's text, when writing (issue 13): every command writes
 * files one way (a temporary file renamed over the target), `-o` never names
 * an input, a failed or interrupted run leaves existing files as they were,
 * a full disk or a closed pipe on stdout is one line or nothing, never a
 * stack trace. Every test works on a temp copy (helpers/temp-folder.ts).
 */
import {spawn} from 'node:child_process'
import {chmodSync, linkSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import test from 'ava'
import {AtomicFile, replaceFile, WriteError} from '../src/cli/io/write-file.ts'
import {bin, kutip} from './helpers/kutip-cli.ts'
import {tempFolder} from './helpers/temp-folder.ts'

const draft = '"Kami tidak tahu," kata Ketua RT Budi Santoso.\n'
const fixable = '"Kami tidak tahu", kata Ketua RT Budi Santoso.\n'
const record = (id: number) => JSON.stringify({id, text: draft}) + '\n'
const onPosix = process.platform !== 'win32'

/** The names in a folder, to see that no temporary file was left behind. */
const names = (dir: string) => readdirSync(dir).sort()

test('-o naming an input is refused, the input untouched: same path, hard link, symbolic link, stdin redirected from it', async (t) => {
  t.timeout(120_000)
  const dir = tempFolder('kutip-safe-', {'a.txt': draft, 'r.jsonl': record(1), 'src.txt': draft})
  const at = (name: string) => path.join(dir, name)
  linkSync(at('a.txt'), at('hard.txt'))
  symlinkSync('a.txt', at('link.txt'))

  const same = await kutip(['extract', at('a.txt'), '-o', at('a.txt')])
  t.is(same.code, 2)
  t.is(same.stderr, `kutip: ${at('a.txt')}: is also an input (${at('a.txt')}); -o never overwrites an input (nothing written)\n`)
  t.is(readFileSync(at('a.txt'), 'utf8'), draft)

  const stdin = await kutip(['extract', '--jsonl', '-o', at('r.jsonl')], {stdinFile: at('r.jsonl')})
  t.is(stdin.code, 2)
  t.regex(stdin.stderr, /^kutip: .*r\.jsonl: is also an input \(stdin is redirected from it\); -o never overwrites an input \(nothing written\)\n$/)
  t.is(readFileSync(at('r.jsonl'), 'utf8'), record(1))

  for (const input of ['hard.txt', 'link.txt']) {
    const run = await kutip(['extract', at(input), '-o', at('a.txt')])
    t.is(run.code, 2, input)
    t.regex(run.stderr, /is also an input/, input)
  }
  t.is(readFileSync(at('a.txt'), 'utf8'), draft)

  // The output file inside a folder given as input is met while reading: refused, nothing written.
  const inFolder = await kutip(['extract', dir, '-o', at('src.txt')])
  t.is(inFolder.code, 2)
  t.regex(inFolder.stderr, /src\.txt: is also an input/)
  t.is(readFileSync(at('src.txt'), 'utf8'), draft)

  const report = await kutip(['report', at('a.txt'), '-o', at('a.txt')])
  t.is(report.code, 2)
  const verify = await kutip(['verify', at('a.txt'), '--sources', at('src.txt'), '-o', at('src.txt')])
  t.is(verify.code, 2)
  const lint = await kutip(['lint', 'a.txt', '--report', 'json', '-o', 'hard.txt'], {cwd: dir})
  t.is(lint.code, 2)
  t.is(lint.stderr, 'kutip lint: hard.txt: is also an input (a.txt); -o never overwrites an input (nothing written)\n')
  t.is(readFileSync(at('a.txt'), 'utf8'), draft)
  t.is(readFileSync(at('src.txt'), 'utf8'), draft)
  t.deepEqual(names(dir), ['a.txt', 'hard.txt', 'link.txt', 'r.jsonl', 'src.txt'])
})

test('a failed run leaves an existing output file exactly as it was', async (t) => {
  t.timeout(120_000)
  const dir = tempFolder('kutip-safe-', {'prev.json': '{"old": true}\n', 'a.txt': draft})
  const prev = path.join(dir, 'prev.json')
  const run = await kutip(['extract', path.join(dir, 'nope.txt'), '-o', prev])
  t.is(run.code, 2)
  t.deepEqual(run.stderr.split('\n'), [
    `kutip: ${path.join(dir, 'nope.txt')}: no such file or directory`,
    `kutip: ${prev}: not written because of the problems above; the file is as it was`,
    ''
  ])
  t.is(readFileSync(prev, 'utf8'), '{"old": true}\n')
  const report = await kutip(['report', path.join(dir, 'nope.txt'), '-f', 'json', '-o', prev])
  t.is(report.code, 2)
  t.is(readFileSync(prev, 'utf8'), '{"old": true}\n')
  // A run that ends well replaces it, keeping its permission bits.
  chmodSync(prev, 0o640)
  const ok = await kutip(['extract', path.join(dir, 'a.txt'), '-o', prev])
  t.is(ok.code, 0, ok.stderr)
  t.is(JSON.parse(readFileSync(prev, 'utf8')).version, 1)
  if (onPosix) t.is(statSync(prev).mode & 0o777, 0o640)
  t.deepEqual(names(dir), ['a.txt', 'prev.json'])
})

test('a full disk while writing: the draft (lint --fix) and the old -o file stay whole; one line, exit 2', async (t) => {
  t.timeout(120_000)
  if (!onPosix) return t.pass('ulimit -f is POSIX')
  // 600 lines whose fix makes them longer; the file-size limit (ulimit -f 40 = 20 KB) is hit mid-write, as on a full disk.
  const text = draft.repeat(600)
  const dir = tempFolder('kutip-safe-', {'draft.txt': text, 'prev.json': '{"old": true}\n'})
  const fix = await kutip(['lint', 'draft.txt', '--fix', '--rule', 'quote-style=["warn",{"preferred":"smart"}]'], {cwd: dir, fileSizeLimitBlocks: 40})
  t.is(fix.code, 2)
  t.regex(fix.stderr, /\nkutip lint: draft\.txt: not fixed: file too large\n$/)
  t.regex(fix.stderr, /⚠ 1200 warnings/, 'the fixes not made are still reported')
  t.is(readFileSync(path.join(dir, 'draft.txt'), 'utf8'), text)

  const out = await kutip(['extract', 'draft.txt', '-o', 'prev.json'], {cwd: dir, fileSizeLimitBlocks: 1})
  t.is(out.code, 2)
  t.is(out.stderr, 'kutip: prev.json: file too large\nkutip: prev.json: not written because of the problems above; the file is as it was\n')
  t.is(readFileSync(path.join(dir, 'prev.json'), 'utf8'), '{"old": true}\n')
  t.deepEqual(names(dir), ['draft.txt', 'prev.json'])
})

test('a full disk behind stdout (> /dev/full): one line and exit 2 for every command', async (t) => {
  t.timeout(120_000)
  if (!onPosix) return t.pass('/dev/full is Linux')
  const dir = tempFolder('kutip-safe-', {'a.txt': draft, 'src.txt': 'Budi Santoso mengatakan, "Kami tidak tahu."\n'})
  const commands = [
    ['extract', 'a.txt'],
    ['lint', 'a.txt', '--report', 'json'],
    ['report', 'a.txt', '-f', 'json'],
    ['verify', 'a.txt', '--sources', 'src.txt'],
    ['--help']
  ]
  for (const args of commands) {
    const run = await kutip(args, {cwd: dir, stdoutFile: '/dev/full'})
    t.is(run.code, 2, args.join(' '))
    t.regex(run.stderr, /^kutip( lint)?: stdout: no space left on device\n$/, args.join(' '))
  }
})

/** Runs kutip with its stdout read by a consumer that leaves after the first chunk, like `| head -c 1`. */
function readFirstChunkOnly(args: string[], cwd: string): Promise<{code: number | null; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd, env: {...process.env, NO_COLOR: '1'}})
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdout.once('data', () => child.stdout.destroy())
    child.on('close', (code) => resolve({code, stderr}))
    child.stdin.end()
  })
}

test('a reader that leaves early (kutip … | head): no message, no stack trace', async (t) => {
  t.timeout(120_000)
  const files: Record<string, string> = {}
  for (let index = 0; index < 120; index++) files[`d${String(index).padStart(3, '0')}.txt`] = fixable.repeat(40)
  const dir = tempFolder('kutip-safe-', files)
  for (const args of [['lint', '.', '--report', 'sarif'], ['lint', '.', '--diff'], ['extract', '.'], ['report', '.', '-f', 'json']]) {
    const run = await readFirstChunkOnly(args, dir)
    t.is(run.stderr.includes('EPIPE') || run.stderr.includes('    at '), false, `${args.join(' ')}: ${run.stderr.slice(0, 300)}`)
    t.is(run.code, 0, args.join(' '))
  }
})

test('lint --fix keeps permission bits; a symbolic link stays a link; a file with several hard links is refused, untouched', async (t) => {
  t.timeout(120_000)
  if (!onPosix) return t.pass('modes and links are POSIX')
  const dir = tempFolder('kutip-safe-', {'mode.txt': fixable, 'target.txt': fixable, 'linked.txt': fixable})
  const at = (name: string) => path.join(dir, name)
  chmodSync(at('mode.txt'), 0o640)
  symlinkSync('target.txt', at('symlink.txt'))
  linkSync(at('linked.txt'), at('other-name.txt'))
  const run = await kutip(['lint', 'mode.txt', 'symlink.txt', 'linked.txt', '--fix'], {cwd: dir})
  t.is(run.code, 2)
  t.regex(run.stderr, /\nkutip lint: linked\.txt: not fixed: has 2 hard links; kutip writes by replacing a file, which would split it from its other names \(not written\)\n$/)
  t.is(readFileSync(at('mode.txt'), 'utf8'), draft)
  t.is(statSync(at('mode.txt')).mode & 0o777, 0o640)
  t.true((await import('node:fs')).lstatSync(at('symlink.txt')).isSymbolicLink())
  t.is(readFileSync(at('target.txt'), 'utf8'), draft)
  t.is(readFileSync(at('linked.txt'), 'utf8'), fixable)
  t.is(statSync(at('linked.txt')).ino, statSync(at('other-name.txt')).ino)
  t.deepEqual(names(dir), ['linked.txt', 'mode.txt', 'other-name.txt', 'symlink.txt', 'target.txt'])
})

test('write path: nothing reaches the target before commit; abort leaves it; a file changed since it was read is not overwritten', async (t) => {
  t.timeout(120_000)
  const dir = tempFolder('kutip-safe-', {'t.txt': 'old\n'})
  const target = path.join(dir, 't.txt')
  const file = await AtomicFile.open(target)
  await file.write('new\n')
  t.is(readFileSync(target, 'utf8'), 'old\n')
  await file.abort()
  t.is(readFileSync(target, 'utf8'), 'old\n')
  t.deepEqual(names(dir), ['t.txt'])

  const {identityOf} = await import('../src/cli/io/write-file.ts')
  const read = identityOf(statSync(target))
  writeFileSync(target, 'edited meanwhile\n')
  const error = await t.throwsAsync(replaceFile(target, Buffer.from('fixed\n'), {expect: {...read, mtimeMs: read.mtimeMs - 1000}}))
  t.true(error instanceof WriteError)
  t.is((error as WriteError).problem, 'changed on disk since kutip read it; not overwritten (run kutip again)')
  t.is(readFileSync(target, 'utf8'), 'edited meanwhile\n')
  await replaceFile(target, Buffer.from('fixed\n'))
  t.is(readFileSync(target, 'utf8'), 'fixed\n')
  t.deepEqual(names(dir), ['t.txt'])
})

/** Starts `extract --jsonl` on many records, sends `signal` once output has begun, and collects what it wrote. */
function interruptedExtract(signal: NodeJS.Signals, args: string[], cwd: string): Promise<{code: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'extract', '--jsonl', '--jobs', '2', ...args], {cwd, env: {...process.env, NO_COLOR: '1'}})
    let stdout = ''
    let stderr = ''
    let sent = false
    const send = () => {
      if (sent) return
      sent = true
      child.kill(signal)
    }
    child.stdout.on('data', (chunk) => {
      stdout += chunk
      if (stdout.length > 10_000) send()
    })
    child.stderr.on('data', (chunk) => (stderr += chunk))
    // With -o nothing reaches stdout: interrupt once the output's temporary file beside the target holds records
    // (kutip is then writing, its handlers set), however slow a loaded machine makes the start.
    const watch = args.includes('-o')
      ? setInterval(() => {
          const partial = readdirSync(cwd).filter((name) => name !== args[args.indexOf('-o') + 1])
          const size = (name: string): number => statSync(path.join(cwd, name), {throwIfNoEntry: false})?.size ?? 0
          if (partial.some((name) => size(name) > 10_000)) send()
        }, 50)
      : undefined
    child.on('close', (code) => {
      clearInterval(watch)
      resolve({code, stdout, stderr})
    })
    const body = record(0).repeat(1)
    let written = 0
    const pump = () => {
      while (written < 20_000) {
        written++
        if (!child.stdin.write(body.replace('"id":0', `"id":${written}`))) return void child.stdin.once('drain', pump)
      }
      child.stdin.end()
    }
    child.stdin.on('error', () => {})
    pump()
  })
}

test('extract --jsonl cut short by SIGINT or SIGTERM says so, exits 128+N, and its output ends on a whole line', async (t) => {
  t.timeout(120_000)
  if (!onPosix) return t.pass('signals are POSIX')
  const dir = tempFolder('kutip-safe-', {'keep.jsonl': '{"id": "old"}\n'})
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    const run = await interruptedExtract(signal, [], dir)
    t.is(run.code, code, run.stderr)
    const lines = run.stdout.split('\n')
    t.is(lines.pop(), '', 'ends with a newline')
    for (const line of lines) t.is(JSON.parse(line).version, 1)
    t.is(run.stderr, `kutip extract: interrupted by ${signal}; ${lines.length} records written (the output ends on a whole line)\n`)
  }
  const toFile = await interruptedExtract('SIGINT', ['-o', 'keep.jsonl'], dir)
  t.is(toFile.code, 130)
  t.is(toFile.stderr, 'kutip extract: interrupted by SIGINT; nothing written to keep.jsonl (left as it was)\n')
  t.is(readFileSync(path.join(dir, 'keep.jsonl'), 'utf8'), '{"id": "old"}\n')
  t.deepEqual(names(dir), ['keep.jsonl'])
})

test('-o a device is written where it is (/dev/null, /dev/stdout), a folder refused, a dangling link creates the file it names', async (t) => {
  t.timeout(120_000)
  if (!onPosix) return t.pass('devices and links are POSIX')
  const dir = tempFolder('kutip-safe-', {'a.txt': draft, 'folder/x.json': '{}'})
  symlinkSync('made.json', path.join(dir, 'dangling.json'))
  const devNull = await kutip(['extract', 'a.txt', '-o', '/dev/null'], {cwd: dir})
  t.is(devNull.code, 0, devNull.stderr)
  const devStdout = await kutip(['extract', 'a.txt', '--compact', '-o', '/dev/stdout'], {cwd: dir})
  t.is(devStdout.code, 0, devStdout.stderr)
  t.is(JSON.parse(devStdout.stdout).version, 1)
  const folder = await kutip(['extract', 'a.txt', '-o', 'folder'], {cwd: dir})
  t.is(folder.code, 2)
  t.is(folder.stderr, 'kutip: folder: is a directory\n')
  const dangling = await kutip(['extract', 'a.txt', '-o', 'dangling.json'], {cwd: dir})
  t.is(dangling.code, 0, dangling.stderr)
  t.true((await import('node:fs')).lstatSync(path.join(dir, 'dangling.json')).isSymbolicLink())
  t.is(JSON.parse(readFileSync(path.join(dir, 'made.json'), 'utf8')).version, 1)
  t.deepEqual(names(dir), ['a.txt', 'dangling.json', 'folder', 'made.json'])
})
